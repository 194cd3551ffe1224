"use client";
// The questionnaire builder (issue #5): react-hook-form with useFieldArray for pages, questions
// and options, checked by the same zod schema the save action re-checks on the server. The
// whole definition is posted as one JSON field with the draft's concurrency token.
import { useState, useSyncExternalStore } from "react";
import { FormProvider, useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/govuk";
import type { ServerAction } from "@/lib/actions/action-result";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { BUNDLED_LIBRARY, type TLibraryPicture } from "@/lib/questionnaire/easy-read/pictures";
import { formatTime } from "@/lib/text/dates";
import { ZQuestionnaireDraft, type TQuestionnaireFormat } from "@/lib/validation/questionnaire";
import { SmallButton, TextAreaField, TextField, errorAt } from "./builder-fields";
import {
  blankSection,
  duplicateSection,
  keysIn,
  uniqueKey,
  canonicalJson,
  withoutFalseFlags,
} from "./question-defaults";
import { CounterpartNote } from "./counterpart-note";
import { IntroBlocksEditor } from "./intro-blocks-editor";
import { StandardDefinition } from "./link-editor";
import { PictureLibrary } from "./picture-picker";
import { SectionEditor } from "./section-editor";
import type { TTopic } from "./question-editor";
import { useUnsavedGuard } from "./use-unsaved-guard";
import { BuilderPageList } from "./builder-page-list";
import { builderPageHref, type TBuilderPaging } from "./builder-pages";

const noSubscription = () => () => undefined;

type Props = {
  consultationId: string;
  format: TQuestionnaireFormat;
  initial: TQuestionnaireDefinition;
  updatedAt: string;
  topics: readonly TTopic[];
  previewBase: string;
  saveAction: ServerAction<{ updatedAt: string }>;
  /** Easy Read: the pictures the picker offers (bundled plus the consultation's uploads). */
  pictures?: readonly TLibraryPicture[];
  /** Easy Read: the standard questionnaire its questions can answer (newest version, else draft). */
  standard?: TQuestionnaireDefinition | null;
  /** One page at a time (builderPaging), starting at `paging.page`; `editPath` is this builder's address. */
  paging?: TBuilderPaging;
  editPath?: string;
};

export const BuilderForm = ({
  consultationId,
  format,
  initial,
  updatedAt: loadedAt,
  topics,
  previewBase,
  saveAction,
  pictures = BUNDLED_LIBRARY,
  standard = null,
  paging = { paged: false, page: 0 },
  editPath = "",
}: Readonly<Props>) => {
  const form = useForm<TQuestionnaireDefinition>({
    defaultValues: initial,
    resolver: zodResolver(ZQuestionnaireDraft) as never,
    mode: "onSubmit",
  });
  const { control, register, handleSubmit, formState, getValues } = form;
  const sections = useFieldArray({ control, name: "sections" });
  const watched = useWatch({ control, name: "sections" });
  const counts = watched.map((s) => s.questions.length);
  const [current, setCurrent] = useState(paging.page);
  // Switch page in place, keeping unsaved edits, and keep the address in step so a reload
  // (or a link) opens the same page.
  const goTo = (page: number) => {
    if (!paging.paged) return;
    setCurrent(page);
    window.history.replaceState(window.history.state, "", builderPageHref(editPath, page));
    requestAnimationFrame(() => document.getElementById(`b-page-${page}`)?.focus());
  };
  const [token, setToken] = useState(loadedAt);
  const [status, setStatus] = useState<{ error?: string; saved?: string }>({});
  const [saving, setSaving] = useState(false);
  const [savedJson, setSavedJson] = useState(() => canonicalJson(initial));
  const dirty = canonicalJson(useWatch({ control }) as TQuestionnaireDefinition) !== savedJson;
  useUnsavedGuard(dirty);
  // The server-rendered builder is inert until React hydrates it: a choice made before then
  // would be silently reset by hydration, so the fields stay disabled until they can keep it.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const save = handleSubmit(
    async (values) => {
      setSaving(true);
      // What the form holds now; typing while the save is on its way stays unsaved.
      const submitted = canonicalJson(getValues());
      const body = new FormData();
      body.set("consultationId", consultationId);
      body.set("format", format);
      body.set("updatedAt", token);
      body.set("definition", JSON.stringify(withoutFalseFlags(values)));
      try {
        const result = await saveAction(null, body);
        if (result.ok) {
          setToken(result.data.updatedAt);
          setSavedJson(submitted);
          setStatus({ saved: `Saved at ${formatTime(new Date())}` });
        } else
          setStatus({
            error:
              result.formError ??
              Object.values(result.fieldErrors).flat()[0] ??
              "The questionnaire could not be saved.",
          });
      } finally {
        setSaving(false);
      }
    },
    (errors) => {
      setStatus({ error: "Some fields need fixing before the questionnaire can be saved. They are marked below." });
      // Show the first page with a problem, so "marked below" is true on a one-page builder.
      const bad = Array.isArray(errors.sections) ? Array.from(errors.sections, Boolean).indexOf(true) : -1;
      if (bad >= 0 && bad !== current) goTo(bad);
    },
  );

  // The number of each page's first question: numbering runs on across pages, as respondents see it.
  const firstNumbers = counts.map((_, s) => 1 + counts.slice(0, s).reduce((a, b) => a + b, 0));
  return (
    <FormProvider {...form}>
      <PictureLibrary value={pictures}>
        <StandardDefinition value={standard}>
          {status.error && <ErrorSummary errorList={[{ text: status.error }]} />}
          <form onSubmit={save} noValidate aria-label="Questionnaire builder">
            <fieldset className="govuk-fieldset" disabled={!hydrated}>
              <TextField
                label="Questionnaire title"
                field={register("title")}
                error={errorAt(formState.errors, "title")}
              />
              <TextAreaField
                label="Introduction (optional)"
                field={register("intro", { setValueAs: (v: string) => v || undefined })}
              />
              {format === "EASY_READ" && <IntroBlocksEditor />}
              {paging.paged && (
                <BuilderPageList
                  pages={watched.map((p, s) => ({ title: p.title, questions: counts[s] }))}
                  current={current}
                  hrefFor={(page) => builderPageHref(editPath, page)}
                  onGo={goTo}
                />
              )}
              {sections.fields.map((field, s) => {
                if (paging.paged && s !== current) return null;
                const firstNumber = firstNumbers[s] ?? 1;
                return (
                  <section key={field.id} className="govuk-!-margin-bottom-8" aria-labelledby={`b-page-${s}`}>
                    <h2 className="govuk-heading-m" id={`b-page-${s}`} tabIndex={-1}>
                      Page {s + 1}
                    </h2>
                    <SectionEditor
                      s={s}
                      firstNumber={firstNumber}
                      topics={topics}
                      previewHref={`${previewBase.replace("__SECTION__", encodeURIComponent(getValues(`sections.${s}.key`)))}`}
                    />
                    <div className="govuk-!-margin-top-4">
                      <SmallButton
                        onClick={() => {
                          sections.move(s, s - 1);
                          goTo(s - 1);
                        }}
                        disabled={s === 0}
                      >
                        Move page {s + 1} up
                      </SmallButton>
                      <SmallButton
                        onClick={() => {
                          sections.move(s, s + 1);
                          goTo(s + 1);
                        }}
                        disabled={s === sections.fields.length - 1}
                      >
                        Move page {s + 1} down
                      </SmallButton>
                      <SmallButton
                        onClick={() => {
                          sections.insert(s + 1, duplicateSection(getValues(`sections.${s}`), keysIn(getValues())));
                          goTo(s + 1);
                        }}
                      >
                        Duplicate page {s + 1}
                      </SmallButton>
                      <SmallButton
                        warning
                        onClick={() => {
                          sections.remove(s);
                          goTo(Math.max(0, s - 1));
                        }}
                        disabled={sections.fields.length === 1}
                      >
                        Delete page {s + 1}
                      </SmallButton>
                    </div>
                  </section>
                );
              })}
              <SmallButton
                onClick={() => {
                  sections.append(blankSection(uniqueKey(`page-${sections.fields.length + 1}`, keysIn(getValues()))));
                  goTo(sections.fields.length);
                }}
              >
                Add a page
              </SmallButton>
              {format === "EASY_READ" && <CounterpartNote />}
              <div className="govuk-button-group govuk-!-margin-top-6">
                <button type="submit" className="govuk-button" disabled={saving}>
                  Save draft
                </button>
                <p className="govuk-body" role="status" data-testid="save-status">
                  {saving ? "Saving…" : dirty ? "You have unsaved changes." : status.saved}
                </p>
              </div>
            </fieldset>
          </form>
        </StandardDefinition>
      </PictureLibrary>
    </FormProvider>
  );
};
