// The columns of a responses export (CSV, XLSX sheets, JSON keys), one per question key of the
// consultation's standard questionnaire versions (Easy Read answers are stored under the same
// keys, so both formats share the columns). Multiple choice answers become one 0/1 column per
// option, grid statements and ranking options one column each; "other" texts their own column.
import type { TOption, TQuestion, TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { postcodeDistrict } from "@/lib/questionnaire/answers/postcode";
import { YES_NO_OPTIONS } from "@/lib/questionnaire/definition/question-shapes";
import { respondentTypeOptions } from "@/lib/questionnaire/definition/respondent-types";
import { CHANNEL_LABELS, COMPLETED_HOW_LABELS, FORMAT_LABELS } from "@/lib/respond/channels";
import { exportText } from "./export-text";
import type { TCell, TExportColumn, TExportColumnOptions, TExportResponse } from "./export-types";

const labelOf = (options: readonly TOption[], key: string | undefined): string | null =>
  key === undefined ? null : (options.find((o) => o.key === key)?.label ?? key);

const lookup = <T extends string>(labels: Readonly<Record<T, string>>, key: string | null): string | null =>
  key === null ? null : (labels[key as T] ?? key);

function questionColumns(q: TQuestion, options: TExportColumnOptions): TExportColumn[] {
  const text = (id: string, label: string, answerKey = q.key): TExportColumn => ({
    id,
    label,
    freeText: true,
    value: (r, answers, mode) => exportText(answers.get(answerKey), r, mode),
  });
  const otherColumn = (choices: readonly TOption[]): TExportColumn[] => {
    const other = choices.find((o) => o.other || o.organisation);
    return other
      ? [
          text(
            `${q.key}.other-text`,
            `${q.title}: ${other.organisation ? "organisation name" : "other (please specify)"}`,
          ),
        ]
      : [];
  };
  switch (q.type) {
    case "singleChoice":
    case "respondentType":
    case "likert":
    case "yesNo": {
      const choices = q.type === "yesNo" ? YES_NO_OPTIONS : q.options;
      const chosen: TExportColumn = {
        id: q.key,
        label: q.title,
        freeText: false,
        value: (_r, a) => labelOf(choices, a.get(q.key)?.optionKeys[0]),
      };
      return [chosen, ...otherColumn(choices)];
    }
    case "multipleChoice":
      return [
        ...q.options.map<TExportColumn>((o) => ({
          id: `${q.key}.${o.key}`,
          label: `${q.title}: ${o.label}`,
          freeText: false,
          // Blank when the question was not answered, 0/1 when it was.
          value: (_r, a) => {
            const answer = a.get(q.key);
            return answer ? (answer.optionKeys.includes(o.key) ? 1 : 0) : null;
          },
        })),
        ...otherColumn(q.options),
      ];
    case "likertGrid":
      return q.statements.map((s) => ({
        id: `${q.key}.${s.key}`,
        label: `${q.title}: ${s.label}`,
        freeText: false,
        value: (_r, a) => labelOf(q.options, a.get(`${q.key}.${s.key}`)?.optionKeys[0]),
      }));
    case "ranking":
      return q.options.map((o) => ({
        id: `${q.key}.${o.key}`,
        label: `${q.title}: rank of ${o.label}`,
        freeText: false,
        value: (_r, a) => {
          const position = a.get(q.key)?.optionKeys.indexOf(o.key) ?? -1;
          return position < 0 ? null : position + 1;
        },
      }));
    case "rating":
    case "number":
      return [{ id: q.key, label: q.title, freeText: false, value: (_r, a) => a.get(q.key)?.number ?? null }];
    case "date":
      return [{ id: q.key, label: q.title, freeText: false, value: (_r, a) => a.get(q.key)?.text ?? null }];
    case "postcode":
      // A full postcode can identify a household: only the district without personal data.
      return [
        {
          id: q.key,
          label: options.personalData ? q.title : `${q.title} (district)`,
          freeText: false,
          value: (_r, a) => {
            const stored = a.get(q.key)?.text ?? null;
            return stored === null || options.personalData ? stored : (postcodeDistrict(stored) ?? null);
          },
        },
      ];
    case "shortText":
    case "longText":
      return [text(q.key, q.title)];
    case "email":
    case "info":
      return [];
  }
}

const meta = (id: string, label: string, value: (r: TExportResponse) => TCell): TExportColumn => ({
  id,
  label,
  freeText: false,
  value,
});

/** Metadata first, then the questions of the newest version, then keys only older versions had. */
export function exportColumns(
  definitions: readonly TQuestionnaireDefinition[],
  options: TExportColumnOptions,
): TExportColumn[] {
  const questions = new Map<string, TQuestion>();
  for (const definition of definitions) {
    for (const q of definition.sections.flatMap((s) => s.questions)) if (!questions.has(q.key)) questions.set(q.key, q);
  }
  // The questionnaire's own list; a key no version offers is exported as the key itself.
  const typeOptions = respondentTypeOptions(definitions);
  const columns: TExportColumn[] = [
    meta("reference", "Reference", (r) => r.reference),
    meta("channel", "How the response reached us", (r) => lookup(CHANNEL_LABELS, r.channel)),
    meta("format", "Format", (r) => lookup(FORMAT_LABELS, r.format)),
    meta("respondent-type", "Respondent type", (r) => labelOf(typeOptions, r.respondentType ?? undefined)),
    meta("organisation", "Organisation", (r) => r.organisationName),
    meta("completed-how", "Who completed it", (r) => lookup(COMPLETED_HOW_LABELS, r.completedHow)),
    meta("submitted-at", "Submitted (UTC)", (r) => r.submittedAt?.toISOString() ?? null),
    meta("campaign", "Campaign", (r) => r.campaign),
    ...(options.personalData
      ? [
          meta("contact-email", "Respondent's email address", (r) => r.contact?.email ?? null),
          meta("contact-name", "Respondent's name", (r) => r.contact?.name ?? null),
        ]
      : []),
    ...[...questions.values()].flatMap((q) => questionColumns(q, options)),
  ];
  return options.freeText ? columns : columns.filter((c) => !c.freeText);
}
