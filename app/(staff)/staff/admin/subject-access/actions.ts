"use server";

// Subject access and erasure (issue #21, personalData.request): each search and erasure is
// audited with the reason given.
import { createAction } from "@/lib/actions/create-action";
import { eraseSubject } from "@/lib/services/personal-data/erase-subject";
import { searchSubject } from "@/lib/services/personal-data/subject-access";
import { ZSubjectErase, ZSubjectSearch } from "@/lib/validation/retention";

export const searchSubjectAction = createAction({
  schema: ZSubjectSearch,
  permission: "personalData.request",
  // The query and reason come back with the result, for the download and erasure forms.
  handler: async (input, { staff }) => ({ ...(await searchSubject(staff, input)), q: input.q, reason: input.reason }),
});

export const eraseSubjectAction = createAction({
  schema: ZSubjectErase,
  permission: "personalData.request",
  handler: (input, { staff }) => eraseSubject(staff, input),
});
