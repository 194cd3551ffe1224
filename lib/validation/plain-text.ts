// Free text typed into a staff or public form: no control characters (issue #15). Forms behind
// createAction are checked there for every field; this is for the forms route handlers read.
import { z } from "@/lib/zod";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@/lib/text/control-characters";

export const plainText = () => z.string().refine((value) => !hasControlCharacters(value), CONTROL_CHARACTER_MESSAGE);
