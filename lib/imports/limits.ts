// 20,000 rows of a long questionnaire is a few megabytes of CSV; 20 MB leaves room for long
// comments while refusing the wrong file (a photo archive, a whole database dump) at once.
export const IMPORT_MAX_MB = 20;
export const IMPORT_MAX_BYTES = IMPORT_MAX_MB * 1024 * 1024;
