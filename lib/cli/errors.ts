/** CLI failures that end with exit code 2 and one line on stderr. */
export class CliInputError extends Error {
  override name = 'CliInputError';
}
