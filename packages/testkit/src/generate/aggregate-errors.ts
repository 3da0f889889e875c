import type { Aggregate } from "@tip/schema";
import type { InjectedError } from "./injected-error.js";

interface AggregateRecipe extends InjectedError {
  /** Whether the mistake makes sense for (and is detectable in) this valid figure. */
  readonly applies: (figure: Aggregate) => boolean;
  /** Returns a copy of the figure with the mistake. */
  readonly apply: (figure: Aggregate) => Record<string, unknown>;
}

const without = (figure: Aggregate, ...keys: (keyof Aggregate)[]): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...figure };
  for (const key of keys) delete copy[key];
  return copy;
};

/** The mistakes a published figure can carry, each breaking one rule of the aggregate record. */
const AGGREGATE_RECIPES: readonly AggregateRecipe[] = [
  {
    kind: "figure_without_value",
    recordType: "aggregate",
    code: "aggregate_value_missing",
    path: "/value",
    description: "A figure with neither a value nor a withheld marker (an empty cell of the table)",
    applies: () => true,
    apply: (figure) => without(figure, "value", "suppressed"),
  },
  {
    kind: "withheld_figure_with_value",
    recordType: "aggregate",
    code: "aggregate_value_and_suppressed",
    path: "/suppressed",
    description: "A figure withheld as <5 that also gives its value",
    applies: (figure) => figure.suppressed !== undefined,
    apply: (figure) => ({ ...figure, value: 3 }),
  },
  {
    kind: "form_in_citizenship_breakdown",
    recordType: "aggregate",
    code: "aggregate_category_mismatch",
    path: "/exploitationForm",
    description: "A form of exploitation under the breakdown by citizenship (the Dimension column mistyped)",
    applies: (figure) => figure.breakdown === "exploitation_form" && figure.exploitationForm !== undefined,
    apply: (figure) => ({ ...figure, breakdown: "citizenship" }),
  },
  {
    kind: "country_in_form_breakdown",
    recordType: "aggregate",
    code: "aggregate_category_mismatch",
    path: "/categoryCountry",
    description: "A country of citizenship under the breakdown by form of exploitation",
    applies: (figure) => figure.breakdown === "citizenship" && figure.categoryCountry !== undefined,
    apply: (figure) => ({ ...figure, breakdown: "exploitation_form" }),
  },
  {
    kind: "figure_as_text",
    recordType: "aggregate",
    code: "invalid_type",
    path: "/value",
    description: "A value given as text, as GLOTIP's txtVALUE column holds it",
    applies: (figure) => figure.value !== undefined,
    apply: (figure) => ({ ...figure, value: String(figure.value) }),
  },
];

/** Every kind of mistake put in aggregate records, with the issue it must produce. */
export const AGGREGATE_ERROR_KINDS: readonly InjectedError[] = AGGREGATE_RECIPES.map(
  ({ kind, recordType, code, path, description }) => ({ kind, recordType, code, path, description }),
);

/** The mistakes that make sense for a figure. */
export function applicableAggregateErrors(figure: Aggregate): readonly AggregateRecipe[] {
  return AGGREGATE_RECIPES.filter((recipe) => recipe.applies(figure));
}

/** Puts a mistake in a copy of a figure. */
export function injectAggregateError(
  figure: Aggregate,
  recipe: AggregateRecipe,
): { record: Record<string, unknown>; error: InjectedError } {
  const { kind, recordType, code, path, description } = recipe;
  return { record: recipe.apply(figure), error: { kind, recordType, code, path, description } };
}
