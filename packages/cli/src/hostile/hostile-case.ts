/**
 * A command of the `tip` binary that reads case data, a national profile, keys or envelopes, or writes files
 * (`docs`, `schema`, `keys`).
 */
export type HostileCommand =
  | "validate"
  | "convert"
  | "stats"
  | "anonymize"
  | "export"
  | "schema"
  | "docs"
  | "keys"
  | "seal"
  | "open";

/** The kinds of hazard the matrix tries, in the order the docs list them. */
export const HAZARD_FAMILIES = [
  "encodings",
  "dialects",
  "row shape",
  "JSON",
  "spreadsheets",
  "outputs",
  "signals",
  "profiles",
] as const;

/** One kind of hazard. */
export type HazardFamily = (typeof HAZARD_FAMILIES)[number];

/** The exit codes a case may expect: the contract's three, and a shell's 128 + signal number. */
export type ExpectedExit = 0 | 1 | 2 | 130 | 143;

/** How a case is run: in-process through `run(argv, io)` (the default), or as a process. */
export type HostileRun =
  | { readonly kind: "in-process" }
  /** The built binary, with standard output going to `/dev/full`. */
  | { readonly kind: "stdout-full" }
  /** The built binary, with `-o` a named pipe (`fifo`) that the test reads. */
  | { readonly kind: "fifo-output"; readonly fifo: string }
  /** The built binary reading a named pipe (`fifo`), stopped by `signal` while the pipe is still open. */
  | { readonly kind: "signal"; readonly fifo: string; readonly signal: "SIGINT" | "SIGTERM" };

/** The counts a case expects, computed from how its input was built (never from what the command says). */
export interface ExpectedCounts {
  /** `validate`: records (or rows or lines) counted; `convert`: records read. */
  readonly records?: number;
  /** `convert`: rows of the input (for CSV and spreadsheets). */
  readonly rows?: number;
}

/** One case of the hostile-input matrix: a command run on a hostile input or output, and what it must do. */
export interface HostileCase {
  readonly command: HostileCommand;
  /** The input format, as the docs name it (`ndjson`, `flat CSV`, `HTCDS xlsx`...). */
  readonly input: string;
  readonly family: HazardFamily;
  /** The hazard, in a few words. */
  readonly hazard: string;
  /** Files written into the case's own folder before the run; built when the case runs. */
  readonly files: () => Readonly<Record<string, string | Uint8Array>>;
  /** The arguments after `tip`, with file names relative to the case's folder. */
  readonly args: readonly string[];
  readonly exit: ExpectedExit;
  /** What happens, in plain words, for the docs. */
  readonly outcome: string;
  readonly counts?: ExpectedCounts;
  /** Text that must arrive intact in the data output (the file named), proving nothing was corrupted. */
  readonly keeps?: { readonly file: string; readonly text: string };
  /** A reason code that must be given, in what is printed or in the report (`forbidden_key`...). */
  readonly reason?: string;
  /** Files the command writes records to, which may hold personal values (so the canary may be there). */
  readonly dataOutputs?: readonly string[];
  /**
   * A folder the command writes (`tip docs --out`): on success, files under it are expected outputs, and the
   * case's own files under it may be replaced (what must stay is named by `keeps`).
   */
  readonly outputDir?: string;
  readonly run?: HostileRun;
}
