import type { Issue, MessageLocale } from "@tip/schema";
import { inputIssue } from "../shared/input-issue.js";
import { own } from "./ref-fields.js";

/**
 * Checks that the sender and recipients of a bundle header agree with the agencies they name, when those
 * agencies are in the bundle: a header saying "sent by TT" for an agency of JM is contradictory.
 */
export function checkHeader(
  header: unknown,
  agencyCountries: ReadonlyMap<string, string>,
  locale: MessageLocale,
): Issue[] {
  const issues: Issue[] = [];
  const check = (party: unknown, path: string, field: string) => {
    const agencyId = own(party, "agencyId");
    const country = own(party, "country");
    if (typeof agencyId !== "string" || typeof country !== "string") return;
    const actual = agencyCountries.get(agencyId.toLowerCase());
    if (actual !== undefined && actual !== country) {
      issues.push(inputIssue("bundle_header_mismatch", `${path}/country`, { field }, locale));
    }
  };
  check(own(header, "sender"), "/sender", "bundle.sender");
  const recipients = own(header, "recipients");
  if (Array.isArray(recipients)) {
    recipients.forEach((party, index) => {
      check(party, `/recipients/${index}`, "bundle.recipients");
    });
  }
  return issues;
}
