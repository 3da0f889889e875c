#!/usr/bin/env node
// The `tip` binary: runs the command on the process's argv and io.
import { detectLang } from "./lang.js";
import { messagesFor } from "./messages/messages.js";
import { describeOutputError, errorCode, OutputError } from "./output/output-error.js";
import { removeTempFilesSync } from "./output/temp-files.js";
import { run } from "./run.js";
import { removeSpills } from "./spill-clean-up.js";
import { commandStopsItself, STOP_SIGNALS } from "./stop-signals.js";
import { writeErrors } from "./write-error.js";

const argv = process.argv.slice(2);

/** Removes what an unfinished run leaves on disk: half-written outputs and the validator's spilled runs. */
function cleanUp(): void {
  removeTempFilesSync();
  try {
    removeSpills();
  } catch {
    // Exiting anyway; the temporary outputs were removed first.
  }
}

// Stopped by a signal: nothing half-written may stay behind; exit as a shell reports it (128 + signal number).
// A command that stops by itself (`tip serve`) gets the first SIGINT or SIGTERM, and its exit code; a second ends
// the process here.
let stopping = false;
for (const [signal, code] of STOP_SIGNALS) {
  process.on(signal, () => {
    if (signal !== "SIGHUP" && commandStopsItself() && !stopping) {
      stopping = true;
      return;
    }
    cleanUp();
    process.exit(code);
  });
}
process.once("exit", cleanUp);

// A closed pipe (`tip validate big.ndjson | head`) is not a failure worth a message. Any other failure to write
// standard output (a full disk) is an output error: exit 2 with one line, never a stack trace.
process.stdout.on("error", async (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  const messages = await messagesFor(detectLang(argv, process.env));
  const problem = new OutputError({ kind: "stdout", code: errorCode(error) });
  writeErrors({ stdout: process.stderr, stderr: process.stderr, env: process.env }, messages, [
    describeOutputError(problem, messages),
  ]);
  process.exit(2);
});

/** Settles once `stream` has taken everything written to it before (a failed write settles it too). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write("", () => resolve()));
}

// Each command awaits its own work, so once standard output and error have taken all of it (a long report may
// still be draining to a pipe), the process ends at once rather than when its event loop empties: V8 may by
// then have begun a garbage collection that a short run would otherwise wait for.
const code = await run(argv);
// Also for the closed-pipe handler above, should standard output close while it drains.
process.exitCode = code;
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
