import type { TipRecord } from "@tip/schema";
import type { InjectedError } from "./injected-error.js";

/** A mistake that one record type can carry: when it makes sense, and how to put it in. */
export interface RecordRecipe<T extends TipRecord> extends InjectedError {
  /** Whether the mistake makes sense for (and is detectable in) this valid record. */
  readonly applies: (record: T) => boolean;
  /** Puts the mistake in `copy`, a deep copy of the record that the recipe may change. */
  readonly apply: (copy: T & Record<string, unknown>) => void;
}

/** Recipes of one record type, typed for it, listed among those of every type. */
export function recipesOf<T extends TipRecord>(
  recordType: T["recordType"],
  recipes: readonly Omit<RecordRecipe<T>, "recordType">[],
): RecordRecipe<TipRecord>[] {
  return recipes.map((recipe) => ({ ...recipe, recordType }) as unknown as RecordRecipe<TipRecord>);
}
