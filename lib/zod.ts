// The one zod the app's schemas are built with. Zod 4 probes whether `new Function` works, to
// compile fast object parsers; in the browser our Content-Security-Policy blocks eval, so the
// probe itself is reported as a violation on every form page (issue #15). Jitless parsing is
// as correct and fast enough for forms, so it is on everywhere, server and browser alike.
// Schemas import z from here, so this runs before any of them is built.
import { z } from "zod";

z.config({ jitless: true });

export { z };
