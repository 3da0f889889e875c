/** The signals that stop `tip`, with the exit code a shell reports for each (128 + the signal's number). */
export const STOP_SIGNALS = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const;

let stopsItself = false;

/**
 * For a command that runs until it is asked to stop (`tip serve`): settles on the first SIGINT or SIGTERM. From
 * this call on, `tip` leaves the first of those signals to the command, which closes what it holds and returns
 * its exit code, instead of ending the process at once; a second one still ends it.
 */
export function untilStopped(): Promise<void> {
  stopsItself = true;
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/** Whether the running command stops by itself on SIGINT and SIGTERM (see `untilStopped`). */
export function commandStopsItself(): boolean {
  return stopsItself;
}
