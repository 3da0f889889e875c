import type { PatchOperation } from "../json-patch.js";
import type { VectorSpec } from "../vector.js";

/** An identified adult victim with an act and a purpose but no means: the Done-when case of national law. */
const NO_MEANS: readonly PatchOperation[] = [
  { op: "remove", path: "/exploitation/palermoMeans" },
  { op: "remove", path: "/exploitation/meansOfControl" },
];

/** A form of exploitation only Mexican law names, without the labour detail of the example's forced labour. */
const MX_FORM: readonly PatchOperation[] = [
  { op: "replace", path: "/exploitation/forms", value: ["mx_illicit_biomedical_experimentation"] },
  { op: "remove", path: "/exploitation/labourIndustry" },
  { op: "remove", path: "/exploitation/labourSectors" },
];

/**
 * Vectors of the shipped national profiles, and the core vectors that show what a profile changes. Each names
 * the profile it is validated under; the core model when it names none.
 */
export const PROFILE_SPECS: readonly VectorSpec[] = [
  {
    recordType: "victim",
    profile: "palermo",
    name: "adult_victim_without_means",
    description:
      "An adult victim with act and purpose but no means: an error under the Palermo Protocol applied strictly (Art. 3(a))",
    from: "example",
    patch: NO_MEANS,
    expected: [{ code: "adult_victim_without_means", path: "/identification/status" }],
  },
  ...(["mx", "ar"] as const).map(
    (profile): VectorSpec => ({
      recordType: "victim",
      profile,
      name: "adult_victim_without_means",
      description: `An adult victim with act and purpose but no means: valid with no finding under ${
        profile === "mx"
          ? "Mexico's General Law (Art. 10)"
          : "Argentina's Law 26.364 as amended by Law 26.842 (Art. 2)"
      }, which requires no means`,
      from: "example",
      patch: NO_MEANS,
      expected: [],
    }),
  ),
  {
    recordType: "victim",
    profile: "palermo",
    name: "valid-full",
    description: "The example victim, with means, is valid under the Palermo Protocol applied strictly",
    from: "example",
    expected: [],
  },
  {
    recordType: "victim",
    profile: "mx",
    name: "federal-entity",
    description: "The federal entity where the victim was identified, as an ISO 3166-2:MX code (Oaxaca)",
    from: "example",
    patch: [{ op: "add", path: "/extensions", value: { mx: { identificationEntity: "MX-OAX" } } }],
    expected: [],
  },
  {
    recordType: "victim",
    profile: "mx",
    name: "federal-entity-unknown",
    description: "A federal entity code that ISO 3166-2:MX does not have",
    from: "example",
    patch: [{ op: "add", path: "/extensions", value: { mx: { identificationEntity: "MX-XXX" } } }],
    expected: [{ code: "invalid_code", path: "/extensions/mx/identificationEntity" }],
  },
  {
    recordType: "victim",
    profile: "mx",
    name: "extension-field-of-another-record-type",
    description: "The federal entities of the acts belong to the case record, not to the victim",
    from: "example",
    patch: [{ op: "add", path: "/extensions", value: { mx: { eventEntities: ["MX-CHP"] } } }],
    expected: [{ code: "unknown_field", path: "/extensions/mx", position: 1 }],
  },
  {
    recordType: "case",
    profile: "mx",
    name: "federal-entities",
    description: "A case whose acts took place in Chiapas and Oaxaca, as ISO 3166-2:MX codes",
    from: "example",
    patch: [{ op: "add", path: "/extensions", value: { mx: { eventEntities: ["MX-CHP", "MX-OAX"] } } }],
    expected: [],
  },
  {
    recordType: "victim",
    profile: "mx",
    name: "national-form-of-exploitation",
    description:
      "Illicit biomedical experimentation, a form of exploitation of Mexico's General Law (Art. 10), which folds to the core code other",
    from: "example",
    patch: MX_FORM,
    expected: [],
  },
  {
    recordType: "victim",
    name: "national-code-without-profile",
    description:
      "A national code of the mx profile (illicit biomedical experimentation) is not a code of the core model",
    from: "example",
    patch: MX_FORM,
    expected: [{ code: "invalid_code", path: "/exploitation/forms/0" }],
  },
];
