/** Default deepest nesting of objects and arrays in a record (a flat object has depth 1). */
export const DEFAULT_MAX_DEPTH = 64;

/** Default size limit of one NDJSON line, JSON record or CSV row, in bytes (16 MiB). */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

/** Default number of issues a stream keeps in its summary and hands to `onIssue`; counting goes on. */
export const DEFAULT_MAX_ISSUES = 1000;
