// A consultation's documents with type and size (issue #4 §4). The public sees the latest
// version of each; officers also see earlier versions and can upload a new one.
import { formatFileSize } from "@/lib/storage/sniff";
import { formatDate } from "@/lib/text/dates";
import { documentKindLabel } from "@/lib/validation/document";

type TVersion = {
  id: string;
  versionLabel: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  changeNote: string | null;
};
type TDocument = { id: string; title: string; kind: string; versions: readonly TVersion[] };

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "application/vnd.oasis.opendocument.text": "OpenDocument text",
};

type Props = { documents: readonly TDocument[]; consultationId?: string; slug?: string; staffView?: boolean };

export const DocumentTable = ({ documents, consultationId, slug, staffView }: Readonly<Props>) => {
  const withFiles = documents.filter((d) => d.versions.length > 0);
  if (withFiles.length === 0) return <p className="govuk-body">No documents yet.</p>;
  const href = (v: TVersion) =>
    staffView ? `/staff/consultations/${consultationId}/documents/${v.id}` : `/consultations/${slug}/documents/${v.id}`;
  return (
    <ul className="govuk-list">
      {withFiles.map((d) => {
        const [latest, ...older] = d.versions;
        return (
          <li key={d.id} className="govuk-!-margin-bottom-4">
            <a className="govuk-link govuk-!-font-weight-bold" href={href(latest)}>
              {d.title}
            </a>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {documentKindLabel(d.kind)}, {TYPE_LABELS[latest.mimeType] ?? "File"}, {formatFileSize(latest.sizeBytes)}.{" "}
              {latest.versionLabel}, {formatDate(latest.createdAt)}.
            </p>
            {staffView && older.length > 0 && (
              <p className="govuk-body-s">
                Earlier versions:{" "}
                {older.map((v, i) => (
                  <span key={v.id}>
                    {i > 0 && ", "}
                    <a className="govuk-link" href={href(v)}>
                      {v.versionLabel}
                    </a>
                  </span>
                ))}
              </p>
            )}
            {staffView && (
              <a
                className="govuk-link govuk-body-s"
                href={`/staff/consultations/${consultationId}/documents/new?documentId=${d.id}`}
              >
                Upload a new version<span className="govuk-visually-hidden"> of {d.title}</span>
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
};
