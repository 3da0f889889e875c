// The public surface of @tip/testkit/hostile: fast-check arbitraries of hostile values for property tests.
// A separate entry point so that users of @tip/testkit who do not use fast-check never load it.

export {
  anyValue,
  CANARY,
  isJsonPointer,
  mutatedRecord,
  prototypeNames,
  withCanary,
} from "./hostile/hostile-arbitraries.js";
