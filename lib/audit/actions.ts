// The names audit events may carry, with the label the audit page shows for each. Later
// issues use the reserved names; adding a name here is the only way to record a new kind.

export const AUDIT_ACTION_LABELS = {
  "auth.signIn": "Signed in",
  "auth.signOut": "Signed out",
  "auth.signInRefused": "Was refused sign-in",
  "auth.identityLinked": "Linked an account to the identity provider",
  "staff.createFromClaim": "Created an account from the identity provider",
  "staff.roleChangeFromClaim": "Changed a role from the identity provider",
  "staff.deactivateFromClaim": "Deactivated an account from the identity provider",
  "staff.invite": "Invited a staff member",
  "staff.create": "Created a staff account from the command line",
  "staff.roleChange": "Changed a role",
  "staff.deactivate": "Deactivated an account",
  "staff.reactivate": "Reactivated an account",
  "consultation.create": "Created a consultation",
  "consultation.edit": "Edited a consultation",
  "consultation.duplicate": "Duplicated a consultation",
  "consultation.publish": "Published a consultation",
  "consultation.editAfterOpen": "Edited an open consultation",
  "consultation.extend": "Extended a closing date",
  "consultation.closeEarly": "Closed a consultation early",
  "consultation.outcomeEdit": "Edited an outcome",
  "consultation.outcomePublish": "Published an outcome",
  "document.upload": "Uploaded a document",
  "questionnaire.publish": "Published a questionnaire version",
  "questionnaire.import": "Replaced a questionnaire draft (import or copy)",
  "questionnaire.bank.save": "Saved a question to the question bank",
  "analysis.themesRun": "Ran free-text themes on a question",
  "analysis.codebookEdit": "Edited a codebook",
  "analysis.themeReview": "Reviewed theme suggestions",
  "analysis.eventQuestion": "Chose the question an event's feedback is coded against",
  "analysis.eventPointReview": "Coded event feedback points to themes",
  "analysis.quoteStar": "Starred or unstarred a quote",
  "outcome.youSaidWeDid": 'Wrote a "You said, we did" entry',
  "import.upload": "Uploaded a file of responses to import",
  "import.run": "Imported responses from a file",
  "import.rollback": "Rolled back an import of responses",
  "import.continue": "Continued an import of responses after it stopped",
  "response.enter": "Entered a response on someone's behalf",
  "response.edit": "Changed an entered response",
  "response.attachOriginal": "Attached the scanned original of a response",
  "event.record": "Recorded an engagement event",
  "event.edit": "Changed an engagement event or its feedback",
  "event.delete": "Deleted an engagement event",
  "easyRead.pictureUpload": "Uploaded an Easy Read picture",
  "export.download": "Downloaded an export",
  "personalData.view": "Viewed personal data",
  "personalData.search": "Searched for a person's data (subject access)",
  "personalData.download": "Downloaded a person's data (subject access)",
  "personalData.erase": "Erased a person's data",
  "retention.settingsChange": "Changed the retention periods",
  "retention.run": "Applied the retention schedule",
  "retention.legalHold": "Placed a consultation under legal hold",
  "retention.legalHoldLift": "Lifted a consultation's legal hold",
  "record.delete": "Deleted a record",
  "access.refused": "Was refused access",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, value);
}
