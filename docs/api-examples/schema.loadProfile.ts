import { readFileSync } from "node:fs";
import { checkRecord, loadProfile } from "@tip/schema";

declare const record: unknown;

const loaded = loadProfile(readFileSync("lc.profile.json", "utf8"), { lang: "es" });
if (!loaded.ok) {
  for (const issue of loaded.issues) console.error(issue.pointer, issue.message);
} else {
  // The profile's required fields, rule severities and code lists apply.
  console.log(checkRecord(record, { profile: loaded.profile }).ok);
}
