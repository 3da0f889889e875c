import * as z from "zod";
import type { Text } from "../i18n/locale.js";
import type { Mappings } from "../meta/mappings.js";

/**
 * The codes of a list without their mappings: all that a field taking codes of the list (and so a check) needs.
 * A record schema names this, so a bundle that only checks records leaves large mapping tables out.
 */
export interface CodeSet<C extends string = string> {
  /** Stable snake_case id of the list, e.g. `exploitation_form`. */
  readonly id: string;
  /** The codes in documentation order. */
  readonly codes: readonly C[];
  /** A zod enum accepting exactly these codes. */
  readonly schema: z.ZodEnum<{ [K in C]: K }>;
  /** Whether a code belongs to the list. */
  has(value: unknown): value is C;
}

/** A versioned list of codes with their mappings to outside standards. Labels live in locale files. */
export interface CodeList<C extends string = string> extends CodeSet<C> {
  /** Mappings of each code to HTCDS / CTDC / ICCS / IC-TIP / GLOTIP. */
  readonly mappings: Readonly<Record<C, Mappings>>;
}

/** Declares a code list from an object whose keys are the codes and whose values are their mappings. */
export function defineCodeList<const C extends string>(
  id: string,
  entries: Readonly<Record<C, Mappings>>,
): CodeList<C> {
  return withMappings(defineCodeSet(id, Object.keys(entries) as C[]), entries);
}

/** Declares the codes of a list, in documentation order, without their mappings. */
export function defineCodeSet<const C extends string>(id: string, codes: readonly C[]): CodeSet<C> {
  const set = new Set<string>(codes);
  return {
    id,
    codes,
    schema: z.enum(codes as [C, ...C[]]) as unknown as z.ZodEnum<{ [K in C]: K }>,
    has: (value: unknown): value is C => typeof value === "string" && set.has(value),
  };
}

/**
 * The code list of a code set with the mappings of its codes (keyed in the set's order). The list shares the
 * set's zod enum, so fields declared with the set and with the list accept the same codes through one schema.
 */
export function withMappings<C extends string>(
  set: CodeSet<C>,
  mappings: Readonly<Record<C, Mappings>>,
): CodeList<C> {
  return { id: set.id, codes: set.codes, mappings, schema: set.schema, has: set.has };
}

/** The codes of a code list. */
export type CodeOf<L> = L extends CodeList<infer C> ? C : never;

/** One locale's texts for every code of a list; each locale file `satisfies` this type. */
export type CodeTexts<L> = { readonly [K in CodeOf<L>]: Text };
