import type { SuppressedValue } from "@tip/schema";
import { SUPPRESSED_TEXT } from "./glotip-cells.js";

/** A number as GLOTIP writes it: plain (`12`, `0.5`) or with thousands separators (`1,757`). */
const NUMBER = /^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
/** A withheld figure: `<5`, `< 5`. */
const BELOW = /^<\s*(\d+(\.\d+)?)$/;

/** What a txtVALUE cell says: a number, a withheld figure, nothing (empty), or text that is neither. */
export type GlotipValue =
  | { readonly kind: "value"; readonly value: number }
  | { readonly kind: "suppressed"; readonly suppressed: SuppressedValue }
  | { readonly kind: "empty" }
  | { readonly kind: "unreadable" };

/** Reads a txtVALUE cell (trimmed). */
export function parseGlotipValue(cell: string): GlotipValue {
  const text = cell.trim();
  if (text === "") return { kind: "empty" };
  if (NUMBER.test(text)) return { kind: "value", value: Number(text.replace(/,/g, "")) };
  const below = BELOW.exec(text);
  if (below !== null) return { kind: "suppressed", suppressed: { below: Number(below[1]) } };
  if (text.toLowerCase() === SUPPRESSED_TEXT) return { kind: "suppressed", suppressed: {} };
  return { kind: "unreadable" };
}
