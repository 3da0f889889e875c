import { defineRule } from "../../rules/define-rule.js";
import { SCHEMA_VERSION } from "../../version.js";
import type { ExchangeBundle } from "./bundle.schema.js";

const MAJOR = SCHEMA_VERSION.split(".")[0];

export const schemaVersionUnsupported = defineRule({
  code: "schema_version_unsupported",
  recordType: "bundle",
  severity: "error",
  clause: "Semantic versioning: a bundle of another major version of the model may not mean the same thing",
  fields: ["bundle.schemaVersion"],
  check(bundle: ExchangeBundle, found) {
    if (bundle.schemaVersion.split(".")[0] !== MAJOR) {
      found.push({
        path: ["schemaVersion"],
        params: { field: "bundle.schemaVersion", supported: SCHEMA_VERSION },
      });
    }
  },
});

/** Every cross-field rule of a bundle envelope (each record inside is checked with its own rules). */
export const bundleRules = [schemaVersionUnsupported] as const;
