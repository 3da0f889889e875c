import type { Locale } from "@tip/schema";
import type { RefusalCode } from "../envelope/open-refusal.js";
import type { SealProblemCode } from "../envelope/seal-problem.js";
import type { KeyProblemCode } from "../keys/key-problem.js";

/**
 * Everything @tip/exchange says to people, in one language: the package's catalogue, one file per language
 * (`locales/<lang>.ts`), in ICU MessageFormat (rendered by `formatIcu` of @tip/schema). Arguments: `{kid}` (a
 * public key's id) in refusals; `{option}`, `{agency}` (an agency id), `{index}` (1-based position), `{count}` in
 * seal problems; `{place}` (a JSON Pointer, or `wholeDocument`) in key problems. Never a value of the data or of
 * a key.
 */
export interface ExchangeTexts {
  readonly locale: Locale;
  readonly refusals: Readonly<Record<RefusalCode, string>>;
  readonly sealProblems: Readonly<Record<SealProblemCode, string>>;
  readonly keyProblems: Readonly<Record<KeyProblemCode, string>>;
  /** Stands for the pointer `""`: the document as a whole. */
  readonly wholeDocument: string;
}
