import type { TipRecord } from "@tip/schema";
import type { Random } from "../random/random.js";
import type { InjectedError } from "./injected-error.js";
import { PROSECUTION_RECIPES } from "./prosecution-errors.js";
import { PROTECTION_RECIPES } from "./protection-errors.js";
import type { RecordRecipe } from "./record-recipe.js";

/**
 * The mistakes of the protection, prosecution and prevention records, by record type. Each breaks one rule of
 * severity `error` (a warning does not make a record invalid) and leaves ids and links as they are, so the
 * records that point at a broken one still find it.
 */
const RECIPES_BY_TYPE: ReadonlyMap<string, readonly RecordRecipe<TipRecord>[]> = groupByType([
  ...PROTECTION_RECIPES,
  ...PROSECUTION_RECIPES,
]);

function groupByType(recipes: readonly RecordRecipe<TipRecord>[]) {
  const byType = new Map<string, RecordRecipe<TipRecord>[]>();
  for (const recipe of recipes) {
    const list = byType.get(recipe.recordType) ?? [];
    list.push(recipe);
    byType.set(recipe.recordType, list);
  }
  return byType;
}

/** Every kind of mistake put in protection, prosecution and prevention records, with the issue it must produce. */
export const RECORD_ERROR_KINDS: readonly InjectedError[] = [
  ...PROTECTION_RECIPES,
  ...PROSECUTION_RECIPES,
].map(({ kind, recordType, code, path, description }) => ({ kind, recordType, code, path, description }));

/** The mistakes that make sense for a protection, prosecution or prevention record (none for other types). */
export function applicableRecordErrors(record: TipRecord): readonly RecordRecipe<TipRecord>[] {
  return (RECIPES_BY_TYPE.get(record.recordType) ?? []).filter((recipe) => recipe.applies(record));
}

/**
 * With probability `errorRate`, a copy of the record with one of the mistakes that make sense for it, drawn
 * from `mistakes`; otherwise the record itself. One draw per record whatever it becomes, then one more for a
 * broken record, as for victims.
 */
export function maybeBroken(
  mistakes: Random,
  errorRate: number,
  record: TipRecord,
): { readonly record: TipRecord; readonly error?: InjectedError } {
  const faulty = mistakes.chance(errorRate);
  const recipes = applicableRecordErrors(record);
  if (!faulty || recipes.length === 0) return { record };
  const recipe = mistakes.pick(recipes);
  const { kind, recordType, code, path, description } = recipe;
  const copy = structuredClone(record) as TipRecord & Record<string, unknown>;
  recipe.apply(copy);
  return { record: copy, error: { kind, recordType, code, path, description } };
}
