import type { VectorSpec } from "../vector.js";

const recordType = "preventionActivity";

/** Structural mistakes and one vector per cross-field rule of a prevention activity record. */
export const PREVENTION_ACTIVITY_SPECS: readonly VectorSpec[] = [
  {
    recordType,
    name: "invalid_code",
    description: "`myspace` is not a platform of the list",
    from: "example",
    patch: [{ op: "replace", path: "/platforms/0", value: "myspace" }],
    expected: [{ code: "invalid_code", path: "/platforms/0" }],
  },
  {
    recordType,
    name: "too_small",
    description: "A negative number of people reached",
    from: "example",
    patch: [{ op: "replace", path: "/peopleReached", value: -10 }],
    expected: [{ code: "too_small", path: "/peopleReached" }],
  },
  {
    recordType,
    name: "dates_out_of_order",
    description: "A campaign that ends before it starts",
    from: "example",
    patch: [{ op: "replace", path: "/endedOn", value: "2024-07-01" }],
    expected: [{ code: "dates_out_of_order", path: "/endedOn" }],
  },
  {
    recordType,
    name: "platforms_without_online_channel",
    description: "Social media platforms listed for a campaign run on the radio only",
    from: "example",
    patch: [{ op: "replace", path: "/channels", value: ["radio"] }],
    expected: [{ code: "platforms_without_online_channel", path: "/channels" }],
  },
  {
    recordType,
    name: "former_country_code",
    description: "A campaign in the Netherlands Antilles (AN): kept, with a warning",
    from: "example",
    patch: [{ op: "replace", path: "/country", value: "AN" }],
    expected: [{ code: "former_country_code", path: "/country" }],
  },
];
