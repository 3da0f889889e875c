/** One line of the node's log: what was done, never what was in it. */
export interface RequestLogLine {
  readonly time: string;
  readonly method: string;
  /** The route's pattern (`/v1/inbox/:messageId`), not the path asked: ids stay out of the log. */
  readonly route: string;
  readonly status: number;
  readonly ms: number;
  /** The calling agency, once its signature was checked. */
  readonly agency?: string;
  /** The error or refusal code answered. */
  readonly code?: string;
}

/** Where log lines go. The default writes one JSON object a line to standard error. */
export type RequestLogger = (line: RequestLogLine) => void;

export const stderrLogger: RequestLogger = (line) => {
  process.stderr.write(`${JSON.stringify(line)}\n`);
};
