// Runs one streaming validation in its own process and prints its summary and peak memory as JSON.
import { validateStream } from "@tip/validate";

const file = process.argv[2];
// Extra options as JSON, e.g. '{"workers":0}'.
const options = JSON.parse(process.argv[3] ?? "{}");
const started = performance.now();
const summary = await validateStream(file, { format: "ndjson", maxIssues: 100, ...options });
const seconds = (performance.now() - started) / 1000;
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    total: summary.total,
    valid: summary.valid,
    invalid: summary.invalid,
    seconds,
    maxRssBytes,
  }),
);
