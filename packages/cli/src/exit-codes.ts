/** Exit codes of the `tip` command. */
export const EXIT_CODES = {
  /** Every record checked is valid. */
  ok: 0,
  /** At least one record (or line, or the input as a whole) has an error. */
  invalid: 1,
  /** The command line is wrong or an input could not be read. */
  usage: 2,
} as const;

/** One of the `tip` command's exit codes. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
