import * as z from "zod";

/**
 * Namespaced extra data: `{ "lc": {...} }` for a national profile, `{ "htcds": {...} }` for source fields a
 * converter could not map. The only place where unknown keys are allowed, so typos elsewhere never pass.
 */
export const Extensions = z.record(
  z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, "Extension namespaces are lower-case identifiers"),
  z.record(z.string(), z.unknown()),
);
