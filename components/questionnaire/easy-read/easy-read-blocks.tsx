// Blocks of Easy Read words, each with its picture on the left and optional bold heading: the
// Easy Read summary and the Easy Read start page's introduction are both written this way.
import type { TEasyReadBlock } from "@/lib/questionnaire/easy-read/summary";
import { PictureRow } from "./easy-read-question";

export const EasyReadBlocks = ({
  blocks,
  showPictures,
}: Readonly<{ blocks: readonly TEasyReadBlock[]; showPictures: boolean }>) =>
  blocks.map((block, i) => (
    <p key={i} className="govuk-body app-easy-read__block">
      <PictureRow image={block.picture} showPictures={showPictures}>
        {block.heading && (
          <strong className="app-easy-read__key-words app-easy-read__paragraph">{block.heading}</strong>
        )}
        {block.text}
      </PictureRow>
    </p>
  ));
