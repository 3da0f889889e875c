import type { Locale, RecordType } from "@tip/schema";
import type { Derivation, UnclassifiedReason } from "../aggregate/classification.js";
import type { Dimension, Unit } from "../aggregate/dimensions.js";
import type { GlotipGroup } from "../aggregate/glotip-categories.js";
import type { RefusalCode } from "../gate/refusal.js";

/**
 * Everything @tip/privacy shows people, in one language: the package's catalogue, one file per language
 * (`locales/<lang>.ts`), in ICU MessageFormat (rendered by `formatIcu` of @tip/schema). Refusal templates take
 * `{id}`, `{type}`, `{purpose}`, `{recipient}`; they name a record by `{id}` (its id, or where it sits when the
 * caller prefers) and never the victim a record concerns.
 */
export interface PrivacyTexts {
  readonly locale: Locale;
  readonly refusals: Readonly<Record<RefusalCode, string>>;
  /** Record types as a bare noun (`victim`), used in refusals. */
  readonly recordTypes: Readonly<Record<Exclude<RecordType, "aggregate">, string>>;
  readonly dimensions: Readonly<Record<Dimension, string>>;
  readonly values: {
    readonly total: string;
    readonly unknown: string;
    readonly stateless: string;
    /** A perpetrator who reached none of GLOTIP's criminal-justice stages. */
    readonly noStage: string;
    /** A victim with several forms of exploitation, counted once (the `multiple` rule). */
    readonly multipleForms: string;
    readonly glotipGroups: Readonly<Record<GlotipGroup, string>>;
    /** Labels of GLOTIP's forms of exploitation, keyed by the glotip mapping values of exploitation_form. */
    readonly glotipForms: Readonly<Record<string, string>>;
    /** Labels of GLOTIP's criminal-justice categories, keyed by the glotip mappings of criminal_justice_stage. */
    readonly stages: Readonly<Record<string, string>>;
  };
  readonly table: {
    /** The mark of a suppressed cell (statistical offices use `x`). */
    readonly suppressedMark: string;
    /** Explains the mark; `{minCell}`. */
    readonly suppressedLegend: string;
    /** Says how persons with several values are counted. */
    readonly multiCountNote: string;
    /** A count in a cell: `{count, number}` groups its digits the language's way. */
    readonly count: string;
    /** A count with its rate; `{count}` and `{rate}`. */
    readonly rateNote: string;
    /** Explains the rate shown beside a count. */
    readonly rateLegend: string;
    /** Units of the table. */
    readonly units: Readonly<Record<Unit, string>>;
    /** Says how victims with several forms are counted under the `multiple` rule. */
    readonly multipleFormsNote: string;
  };
  /** What a table could not classify, derived, or left out, per dimension. */
  readonly classification: {
    /** Heading of the persons counted under Unknown, by reason. */
    readonly unclassifiedHeading: string;
    /** Heading of the values derived, by source. */
    readonly derivedHeading: string;
    /** Heading of the persons left out of the table. */
    readonly outsideHeading: string;
    /** One dimension's line: `{dimension}` and `{items}` (the counts, joined). */
    readonly line: string;
    /** A count with what it counts: `{count}` and `{what}`. */
    readonly item: string;
    /** What persons left out of the table are: none of their values is among the table's. */
    readonly outside: string;
    readonly reasons: Readonly<Record<UnclassifiedReason, string>>;
    readonly derivations: Readonly<Record<Derivation, string>>;
  };
  /** Tables of operations and of actions on assets (`ProsecutionTally`). */
  readonly prosecution: {
    readonly operationsTitle: string;
    readonly assetsTitle: string;
    readonly columns: Readonly<
      Record<
        | "country"
        | "year"
        | "operations"
        | "arrests"
        | "victimsRescued"
        | "source"
        | "action"
        | "currency"
        | "actions"
        | "totalValue",
        string
      >
    >;
    /** Where actions on assets were recorded, by record type. */
    readonly sources: Readonly<Record<"case" | "financialInquiry" | "criminalGroup", string>>;
    readonly total: string;
    readonly unknown: string;
  };
}
