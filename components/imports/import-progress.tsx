// While an import runs: a <progress> bar with the figures as text, and a Refresh link that
// works without JavaScript. With JavaScript the page refreshes itself every two seconds.
// (No <meta http-equiv="refresh">: a timed refresh fails WCAG 2.2.1, and axe says so.)
import { AutoRefresh } from "./auto-refresh";

// Background exports (issue #10) show the same bar with their own words.
type Props = { processed: number; total: number; href: string; doing?: string; unit?: string; job?: string };

export const ImportProgress = ({
  processed,
  total,
  href,
  doing = "Importing",
  unit = "rows",
  job = "import",
}: Readonly<Props>) => (
  <>
    <label className="govuk-label govuk-label--s" htmlFor="import-progress">
      {doing}: {processed.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")} {unit} done
    </label>
    <progress id="import-progress" className="app-progress" max={Math.max(total, 1)} value={processed}>
      {total === 0 ? 100 : Math.round((processed / total) * 100)}%
    </progress>
    <p className="govuk-body">
      You can leave this page: the {job} carries on.{" "}
      <a className="govuk-link" href={href}>
        Refresh to see progress
      </a>
    </p>
    <AutoRefresh />
  </>
);
