// Typed React versions of the GOV.UK Frontend macros. They render the same classes,
// ids and aria wiring as the Nunjucks templates, on the server, without JavaScript.
// The client initialiser lives in ./client and is imported by the root layout only.
export { cx } from "./class-names";
export { dateFieldId, describeField, errorId, fieldId, hintId, itemId, joinIds } from "./ids";
export type { Attributes, HeadingLevel } from "./types";

export { BackLink, type BackLinkProps } from "./back-link";
export {
  Button,
  ButtonGroup,
  type ButtonAsButtonProps,
  type ButtonAsLinkProps,
  type ButtonGroupProps,
  type ButtonProps,
} from "./button";
export { CharacterCount, type CharacterCountProps } from "./character-count";
export { Checkboxes, type CheckboxItem, type CheckboxesProps } from "./checkboxes";
export { DateInput, type DateInputProps, type DatePart } from "./date-input";
export { Details, type DetailsProps } from "./details";
export { ErrorMessage, type ErrorMessageProps } from "./error-message";
export { FileUpload, type FileUploadProps } from "./file-upload";
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from "./error-summary";
export { Fieldset, type FieldsetProps, type LegendOptions } from "./fieldset";
export { FormGroup, type FieldBaseProps, type FieldLabelProps } from "./form-group";
export { Hint, type HintProps } from "./hint";
export { InsetText, type InsetTextProps } from "./inset-text";
export { Label, type LabelProps } from "./label";
export { NotificationBanner, type NotificationBannerProps } from "./notification-banner";
export {
  Pagination,
  paginationItems,
  type PaginationEllipsis,
  type PaginationItem,
  type PaginationLink,
  type PaginationPage,
  type PaginationProps,
} from "./pagination";
export { ListPagination } from "./list-pagination";
export { Panel, type PanelProps } from "./panel";
export { Radios, type ChoiceDivider, type ChoiceEntry, type ChoiceItem, type RadiosProps } from "./radios";
export { Select, type SelectItem, type SelectProps } from "./select";
export { SkipLink, type SkipLinkProps } from "./skip-link";
export {
  SummaryList,
  type SummaryCardOptions,
  type SummaryListAction,
  type SummaryListProps,
  type SummaryListRow,
} from "./summary-list";
export { Table, type TableCell, type TableProps } from "./table";
export { Tag, type TagColour, type TagProps } from "./tag";
export { TextInput, inputWidthClass, type InputWidth, type TextInputProps } from "./text-input";
export { Textarea, type TextareaProps } from "./textarea";
export { WarningText, type WarningTextProps } from "./warning-text";
