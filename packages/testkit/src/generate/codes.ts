import type { CODE_LISTS, CodeListId, CodeOf } from "@tip/schema";

/** The codes of one code list of @tip/schema, e.g. `Code<"exploitation_form">`. */
export type Code<K extends CodeListId> = CodeOf<(typeof CODE_LISTS)[K]>;
