import { defineCodeSet } from "../define-code-list.js";
import { languageCodes } from "./language.codes.generated.js";

/**
 * The codes of the `language` list without their HTCDS mappings: what the language fields of a record take. The
 * schemas name this, so a bundle that checks records leaves the ISO 639 tables out.
 */
export const languageCodeSet = defineCodeSet("language", languageCodes);
