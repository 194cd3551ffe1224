// The library consultation's questionnaires (tests/support/library-consultation.ts), parsed as
// the services read them.
import { type TQuestionnaireDefinition, ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { LIBRARY_STANDARD, libraryEasyRead } from "../../support/library-consultation";

export const LIBRARY: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse(LIBRARY_STANDARD);
export const LIBRARY_EASY_READ: TQuestionnaireDefinition = ZQuestionnaireDefinition.parse(libraryEasyRead());
