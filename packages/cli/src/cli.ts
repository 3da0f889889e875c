#!/usr/bin/env node
// The `tip` binary: runs the command on the process's argv and io.
import { run } from "./run.js";

// A closed pipe (`tip validate big.ndjson | head`) is not a failure worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// exitCode, not exit(): lets a long report drain to a pipe before the process ends.
process.exitCode = await run(process.argv.slice(2));
