import { loadProfile } from "../profiles/load-profile.js";
import type { Profile } from "../profiles/profile.js";
import { defineProfile } from "../profiles/profile-document.js";
import { SHIPPED_PROFILES } from "../profiles/shipped/shipped-profiles.js";

const title = { en: "Test", es: "Prueba", fr: "Essai", pt: "Teste" };
const labels = (text: string) => ({ en: text, es: text, fr: text, pt: text });

/**
 * A made-up national profile that uses every kind of change: required fields (one in array items), a restricted
 * core list, a national code, a stricter rule, a national code list and extension fields of every type.
 */
export const LC_PROFILE = defineProfile({
  id: "lc",
  title,
  country: "LC",
  version: "1.0.0",
  basedOn: "core",
  sources: [{ title: "Trafficking Act 2020", url: "https://example.org/lc/act" }],
  rules: { adult_victim_without_means: { severity: "error", clause: "s. 2" } },
  required: [
    { field: "/victim/sex", clause: "s. 3" },
    { field: "/victim/assistance/*/startDate", clause: "s. 4" },
  ],
  codeLists: {
    sex: { restrictTo: ["female", "male", "unknown"], clause: "s. 5" },
    labour_sector: {
      clause: "s. 6",
      add: { lc_street_vending: { foldsTo: "begging", labels: labels("Street vending") } },
    },
  },
  nationalCodeLists: {
    lc_district: {
      title: labels("Districts"),
      source: "Districts Act",
      codes: { "LC-01": { labels: labels("North") }, "LC-02": { labels: labels("South") } },
    },
  },
  extensions: {
    lc: {
      title: labels("Lc"),
      fields: {
        note: { type: "string", pii: "direct", labels: labels("Note") },
        count: { type: "integer", pii: "none", labels: labels("Count") },
        share: { type: "number", pii: "none", labels: labels("Share") },
        flag: { type: "boolean", pii: "none", labels: labels("Flag") },
        registered: { type: "date", pii: "quasi", labels: labels("Registered") },
        district: { type: "code", codeList: "lc_district", pii: "quasi", labels: labels("District") },
        districts: {
          type: "codes",
          codeList: "lc_district",
          pii: "quasi",
          recordTypes: ["case"],
          labels: labels("Districts"),
        },
        sex: { type: "code", codeList: "sex", pii: "quasi", recordTypes: ["victim"], labels: labels("Sex") },
      },
    },
  },
});

/** A loaded profile, shipped (by id) or given; fails the test when it does not load. */
export function testProfile(input: string | unknown): Profile {
  const document = typeof input === "string" ? SHIPPED_PROFILES[input] : input;
  const result = loadProfile(document);
  if (!result.ok) throw new Error(`Test profile does not load: ${JSON.stringify(result.issues)}`);
  return result.profile;
}
