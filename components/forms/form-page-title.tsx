"use client";
// The <title> a form page renders itself (why: form-title.tsx), with the council's name from
// the layout, built by the one documentTitle().
import { useCouncilName } from "@/components/layout/council-name";
import { documentTitle } from "@/lib/text/document-title";

export const FormPageTitle = ({ title, hasError }: Readonly<{ title: string; hasError: boolean }>) => (
  <title>{documentTitle({ page: title, councilName: useCouncilName(), hasError })}</title>
);
