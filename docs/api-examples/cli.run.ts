import { run } from "@tip/cli";

// The `tip` command in-process: resolves to its exit code (0 ok, 1 invalid data, 2 usage or unreadable input).
const exitCode = await run(["validate", "records.ndjson", "--lang", "es"]);
process.exitCode = exitCode;
