import { Tag } from "@/components/govuk/tag";
import { STATUS_LABELS, STATUS_TAG_COLOURS, type ConsultationStatus } from "@/lib/consultations/status";

type Props = { status: ConsultationStatus };

/** The consultation's lifecycle status as a GOV.UK tag. */
export const StatusTag = ({ status }: Readonly<Props>) => (
  <Tag colour={STATUS_TAG_COLOURS[status]}>{STATUS_LABELS[status]}</Tag>
);
