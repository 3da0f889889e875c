import type { SkipReason } from "@tip/validate";

/** Why an item was left out. */
export type LeftOutReason = SkipReason | "not_a_record" | "nested_bundle" | "failed" | "not_anonymizable";
