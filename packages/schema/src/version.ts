/** Version of the canonical model these schemas describe (semver; majors break compatibility). */
export const SCHEMA_VERSION = "1.2.0";

/** Base of the `$id` of every published JSON Schema. */
export const SCHEMA_ID_BASE = `https://tip-sdk.org/schema/${SCHEMA_VERSION}`;
