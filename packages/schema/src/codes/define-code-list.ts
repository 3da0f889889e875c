import * as z from "zod";
import type { Text } from "../i18n/locale.js";
import type { Mappings } from "../meta/mappings.js";

/** A versioned list of codes with their mappings to outside standards. Labels live in locale files. */
export interface CodeList<C extends string = string> {
  /** Stable snake_case id of the list, e.g. `exploitation_form`. */
  readonly id: string;
  /** The codes in documentation order. */
  readonly codes: readonly C[];
  /** Mappings of each code to HTCDS / CTDC / ICCS / IC-TIP / GLOTIP. */
  readonly mappings: Readonly<Record<C, Mappings>>;
  /** A zod enum accepting exactly these codes. */
  readonly schema: z.ZodEnum<{ [K in C]: K }>;
  /** Whether a code belongs to the list. */
  has(value: unknown): value is C;
}

/** Declares a code list from an object whose keys are the codes and whose values are their mappings. */
export function defineCodeList<const C extends string>(
  id: string,
  entries: Readonly<Record<C, Mappings>>,
): CodeList<C> {
  const codes = Object.keys(entries) as C[];
  const set = new Set<string>(codes);
  return {
    id,
    codes,
    mappings: entries,
    schema: z.enum(codes as [C, ...C[]]) as unknown as z.ZodEnum<{ [K in C]: K }>,
    has: (value: unknown): value is C => typeof value === "string" && set.has(value),
  };
}

/** The codes of a code list. */
export type CodeOf<L> = L extends CodeList<infer C> ? C : never;

/** One locale's texts for every code of a list; each locale file `satisfies` this type. */
export type CodeTexts<L> = { readonly [K in CodeOf<L>]: Text };
