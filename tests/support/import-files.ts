// Files for the bulk import tests (issue #8 part 2), for the children's Short Breaks
// questionnaire: 3 good rows and 2 bad ones (an answer that is no option, a formula), with a
// BOM, CRLF line ends and quoted fields, as Excel's "CSV UTF-8" writes them.
export const GOOD_AND_BAD_CSV =
  "\uFEFF" +
  [
    "Respondent type,postcode,How much do you agree with this vision for short breaks?,more-of,anything-else",
    'A parent or carer of a disabled child or young person,HP20 1UA,Agree,"care-at-home; holiday-activities","Keep the clubs, please"',
    "young-person,HP19,strongly-agree,,",
    'professional,,Disagree,,"She said ""more"" money"',
    "parent-carer,HP21,Maybe,,",
    'professional,HP22,Agree,,"=HYPERLINK(""http://evil.example"",""Click"")"',
  ].join("\r\n") +
  "\r\n";

export const GOOD_ROWS = 3;

/** The rows a spreadsheet shows for the two bad rows, and what the dry run says about them. */
export const BAD_ROWS = [
  {
    row: 5,
    column: "How much do you agree with this vision for short breaks?",
    value: "Maybe",
    problem: "\u201cMaybe\u201d is not one of the answers",
  },
  {
    row: 6,
    column: "anything-else",
    value: '=HYPERLINK("http://evil.example","Click")',
    problem: "so a spreadsheet would treat it as a formula",
  },
] as const;
