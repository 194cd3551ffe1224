// The hub's search and filters: a GET form, so results have a shareable address and the
// form works without JavaScript.
import { Button, Select, TextInput } from "@/components/govuk";
import { AUDIENCES } from "@/lib/validation/consultation";

type Props = { q: string; topic: string; audience: string; status: string; topics: readonly string[] };

export const HubSearch = ({ q, topic, audience, status, topics }: Readonly<Props>) => (
  <form method="get" action="/" role="search" aria-label="Consultations">
    <TextInput name="q" label="Search consultations" labelClassName="govuk-label--s" type="search" defaultValue={q} />
    <Select
      name="status"
      label="Status"
      defaultValue={status}
      items={[
        { value: "", text: "Any status" },
        { value: "open", text: "Open" },
        { value: "scheduled", text: "Opening soon" },
        { value: "closed", text: "Closed" },
      ]}
    />
    <Select
      name="topic"
      label="Topic"
      defaultValue={topic}
      items={[{ value: "", text: "Any topic" }, ...topics.map((t) => ({ value: t, text: t }))]}
    />
    <Select
      name="audience"
      label="Who it is for"
      defaultValue={audience}
      items={[{ value: "", text: "Anyone" }, ...AUDIENCES.map(([value, text]) => ({ value, text }))]}
    />
    <Button variant="secondary">Search</Button>
  </form>
);
