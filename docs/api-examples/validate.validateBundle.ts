import { readFileSync } from "node:fs";
import { validateBundle } from "@tip/validate";

const bundle: unknown = JSON.parse(readFileSync("bundle.json", "utf8"));
const { ok, issues, summary } = validateBundle(bundle);
console.log(ok, summary.total, issues.length);
