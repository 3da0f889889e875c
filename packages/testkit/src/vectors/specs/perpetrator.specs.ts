import { EXAMPLES } from "@tip/schema";
import type { VectorSpec } from "../vector.js";

const recordType = "perpetrator";

/** Structural mistakes and one vector per cross-field rule of a perpetrator record. */
export const PERPETRATOR_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "A relation to a victim must name the victim",
    from: "example",
    patch: [{ op: "remove", path: "/victimRelations/0/victimId" }],
    expected: [{ code: "required", path: "/victimRelations/0/victimId" }],
  },
  {
    recordType,
    name: "invalid_type",
    description: "A birth year given as text",
    from: "example",
    patch: [{ op: "replace", path: "/birthYear", value: "1985" }],
    expected: [{ code: "invalid_type", path: "/birthYear" }],
  },
  {
    recordType,
    name: "unknown_field",
    description: "`nationality` is not a field of the model (it is `citizenships`)",
    from: "example",
    patch: [{ op: "move", from: "/citizenships", path: "/nationality" }],
    // A key moved or added by the patch comes last: the issue points at its object and numbers the key.
    expected: [{ code: "unknown_field", path: "", position: Object.keys(EXAMPLES.perpetrator).length }],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`trafficker` is not a code of the perpetrator_role list",
    from: "example",
    patch: [{ op: "replace", path: "/roles/0", value: "trafficker" }],
    expected: [{ code: "invalid_code", path: "/roles/0" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "A verdict date written DD/MM/YYYY",
    from: "example",
    patch: [{ op: "replace", path: "/proceedings/verdictDate", value: "03/03/2025" }],
    expected: [{ code: "invalid_format", path: "/proceedings/verdictDate" }],
  },
  {
    recordType,
    name: "too_small",
    description: "A birth year before 1900 (1885 typed for 1985)",
    from: "example",
    patch: [{ op: "replace", path: "/birthYear", value: 1885 }],
    expected: [{ code: "too_small", path: "/birthYear" }],
  },
  {
    recordType,
    name: "too_big",
    description: "A prison sentence longer than 1,200 months",
    from: "example",
    patch: [{ op: "replace", path: "/proceedings/penalties/0/months", value: 9600 }],
    expected: [{ code: "too_big", path: "/proceedings/penalties/0/months" }],
  },
  {
    recordType,
    name: "sentence_without_conviction",
    description: "Penalties kept after the perpetrator was acquitted",
    from: "example",
    patch: [
      { op: "replace", path: "/proceedings/stage", value: "acquitted" },
      { op: "replace", path: "/proceedings/verdict", value: "acquitted" },
    ],
    expected: [{ code: "sentence_without_conviction", path: "/proceedings/penalties" }],
  },
  {
    recordType,
    name: "amount_without_currency",
    description: "A fine without its currency",
    from: "example",
    patch: [{ op: "remove", path: "/proceedings/penalties/1/currency" }],
    expected: [{ code: "amount_without_currency", path: "/proceedings/penalties/1/amount" }],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "The verdict comes before the prosecution started",
    from: "example",
    patch: [{ op: "replace", path: "/proceedings/verdictDate", value: "2023-12-01" }],
    expected: [{ code: "dates_out_of_order", path: "/proceedings/verdictDate" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "A perpetrator recorded as a citizen of the Netherlands Antilles (AN): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/citizenships/0", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/citizenships/0" }],
  },
];
