"use client";
// The Easy Read picture picker (issue #7, "Pictures"): the officer searches the bundled OpenMoji
// set and their own uploaded pictures by keyword and chooses one with radio buttons, each
// showing the picture and its name. Results render only while the picker is open, so a long
// questionnaire does not carry thousands of radios. The chosen picture's address is stored in
// the question's or option's `image`, which is what the Easy Read pages and the checker read.
import { createContext, useContext, useId, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { BUNDLED_LIBRARY, searchLibrary, type TLibraryPicture } from "@/lib/questionnaire/easy-read/pictures";
import { SmallButton } from "./builder-fields";

/** Bundled pictures plus the consultation's uploaded ones, provided by the builder page. */
export const PictureLibrary = createContext<readonly TLibraryPicture[]>(BUNDLED_LIBRARY);

type Props = {
  /** The form path of the `image` field, for example sections.0.questions.2.image. */
  name: string;
  /** What the picture is for, as officers read it: "question 3", "answer 'Happy'". */
  owner: string;
  /** The checker's missing-picture message, shown until a picture is chosen. */
  warning?: string;
  /** Info blocks need alt text; the picture's name is a sensible start the officer can edit. */
  altName?: string;
};

export const PicturePicker = ({ name, owner, warning, altName }: Readonly<Props>) => {
  const library = useContext(PictureLibrary);
  const { control, setValue, getValues } = useFormContext();
  const current = useWatch({ control, name }) as string | undefined;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const id = useId();
  const chosen = current ? library.find((p) => p.src === current) : undefined;
  const results = open ? searchLibrary(library, query) : [];
  const choose = (picture: TLibraryPicture) => {
    setValue(name, picture.src, { shouldDirty: true });
    if (altName && !getValues(altName)) setValue(altName, picture.name, { shouldDirty: true });
  };
  return (
    <div className="govuk-form-group app-picture-picker" data-picture-picker={name}>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>Picture for {owner}: </strong>
        {current ? (
          <span className="app-picture-picker__current">
            {/* eslint-disable-next-line @next/next/no-img-element -- local SVGs and uploads at a fixed size */}
            <img src={current} alt="" width={40} height={40} /> {chosen?.name ?? "Picture chosen"}
          </span>
        ) : (
          "none"
        )}
      </p>
      {!current && warning && (
        <p className="govuk-hint govuk-!-font-size-16" data-easy-read-warnings={name}>
          Easy Read checks: {warning}
        </p>
      )}
      <SmallButton onClick={() => setOpen(!open)}>
        {open ? "Close pictures" : current ? "Change picture" : "Choose a picture"}
        <span className="govuk-visually-hidden"> for {owner}</span>
      </SmallButton>
      {current && (
        <SmallButton warning onClick={() => setValue(name, undefined, { shouldDirty: true })}>
          Remove picture<span className="govuk-visually-hidden"> for {owner}</span>
        </SmallButton>
      )}
      {open && (
        <div className="app-picture-picker__panel">
          <label className="govuk-label govuk-label--s" htmlFor={`${id}-search`}>
            Search pictures for {owner}
          </label>
          <div className="govuk-hint" id={`${id}-hint`}>
            For example: happy, school, bus, money
          </div>
          <input
            id={`${id}-search`}
            type="search"
            className="govuk-input govuk-input--width-20"
            aria-describedby={`${id}-hint`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="govuk-body govuk-!-margin-top-2" role="status">
            {results.length === 1 ? "1 picture found" : `${results.length} pictures found`}
          </p>
          {results.length > 0 && (
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Pictures for {owner}</legend>
              <div className="govuk-radios govuk-radios--small app-picture-picker__results">
                {results.map((picture, i) => (
                  <div className="govuk-radios__item" key={picture.src}>
                    <input
                      className="govuk-radios__input"
                      id={`${id}-r${i}`}
                      type="radio"
                      name={`${id}-picture`}
                      checked={picture.src === current}
                      onChange={() => choose(picture)}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`${id}-r${i}`}>
                      {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
                      <img src={picture.src} alt="" width={40} height={40} /> {picture.name}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
        </div>
      )}
    </div>
  );
};
