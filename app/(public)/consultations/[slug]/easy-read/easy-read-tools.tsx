// The tools at the top of every Easy Read page (issue #7): "Read this page aloud" (shown only
// when the browser has a voice for the page's language) and pictures on or off (a form, so it
// works without JavaScript).
import { ReadAloud } from "@/components/questionnaire/easy-read/read-aloud";
import { setPicturesAction } from "./actions";

export const EASY_READ_CONTENT_ID = "easy-read-content";

export const EasyReadTools = ({
  slug,
  backTo,
  showPictures,
}: Readonly<{ slug: string; backTo: string; showPictures: boolean }>) => (
  <div className="app-easy-read__tools">
    <ReadAloud targetId={EASY_READ_CONTENT_ID} lang="en" />
    <form action={setPicturesAction.bind(null, slug, backTo)}>
      <input type="hidden" name="pictures" value={showPictures ? "off" : "on"} />
      <button type="submit" className="govuk-button govuk-button--secondary">
        {showPictures ? "Hide the pictures" : "Show the pictures"}
      </button>
    </form>
  </div>
);
