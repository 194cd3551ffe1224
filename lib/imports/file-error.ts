// A file the import cannot read at all (wrong encoding, no rows, too big). Its message is shown
// to the officer as it is, so it says what is wrong and what to do about it.
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}
