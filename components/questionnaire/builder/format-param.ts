// The builder's pages take the questionnaire format from ?format=, defaulting to Standard, so
// one set of pages serves both the Standard and the Easy Read questionnaire.
import { ZQuestionnaireFormat, type TQuestionnaireFormat } from "@/lib/validation/questionnaire";

export const formatFrom = (value: string | string[] | undefined): TQuestionnaireFormat =>
  ZQuestionnaireFormat.catch("STANDARD").parse(value);

export const builderPath = (consultationId: string, format: TQuestionnaireFormat, page = "") =>
  `/staff/consultations/${encodeURIComponent(consultationId)}/questionnaire${page ? `/${page}` : ""}?format=${format}`;
