import { EXAMPLES } from "@tip/schema";
import type { VectorSpec } from "../vector.js";

const recordType = "agency";

/** Structural mistakes and one vector per cross-field rule of an agency record. */
export const AGENCY_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "required",
    description: "An agency must have a name",
    from: "example",
    patch: [{ op: "remove", path: "/name" }],
    expected: [{ code: "required", path: "/name" }],
  },
  {
    recordType,
    name: "invalid_type",
    description: "`hotline` is a boolean, not the text `yes`",
    from: "example",
    patch: [{ op: "replace", path: "/hotline", value: "yes" }],
    expected: [{ code: "invalid_type", path: "/hotline" }],
  },
  {
    recordType,
    name: "unknown_field",
    description: "`town` is not a field of an address (it is `city`)",
    from: "example",
    patch: [{ op: "move", from: "/address/city", path: "/address/town" }],
    // A key moved or added by the patch comes last: the issue points at its object and numbers the key.
    expected: [
      {
        code: "unknown_field",
        path: "/address",
        position: Object.keys(EXAMPLES.agency.address ?? {}).length,
      },
    ],
  },
  {
    recordType,
    name: "invalid_code",
    description: "`police` is not a code of the agency_type list (it is `law_enforcement`)",
    from: "example",
    patch: [{ op: "replace", path: "/types/0", value: "police" }],
    expected: [{ code: "invalid_code", path: "/types/0" }],
  },
  {
    recordType,
    name: "invalid_format",
    description: "An e-mail address written with (at)",
    from: "example",
    patch: [{ op: "replace", path: "/email", value: "focal.point(at)example.org" }],
    expected: [{ code: "invalid_format", path: "/email" }],
  },
  {
    recordType,
    name: "too_small",
    description: "An empty name",
    from: "example",
    patch: [{ op: "replace", path: "/name", value: "" }],
    expected: [{ code: "too_small", path: "/name" }],
  },
  {
    recordType,
    name: "too_big",
    description: "A longitude beyond 180 degrees",
    from: "example",
    patch: [{ op: "add", path: "/address/longitude", value: 261.5 }],
    expected: [{ code: "too_big", path: "/address/longitude" }],
  },
  {
    recordType,
    name: "contact_point_unreachable",
    description: "A focal point with neither e-mail nor phone (a warning)",
    from: "example",
    patch: [{ op: "remove", path: "/contactPoints/0/email" }],
    expected: [{ code: "contact_point_unreachable", path: "/contactPoints/0" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "An agency that served the Netherlands Antilles (AN) before 2010: kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/areasServed/0", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/areasServed/0" }],
  },
];
