import type { LocaleBundle } from "@tip/schema";
import { type Dimension, TOTAL, UNKNOWN } from "../aggregate/dimensions.js";
import { NO_STAGE } from "../aggregate/perpetrator-values.js";
import { MULTIPLE_FORMS } from "../aggregate/victim-values.js";
import type { PrivacyTexts } from "./privacy-texts.js";

type CodeTable = Readonly<Record<string, { readonly label: string } | undefined>>;

/** The code list whose labels a dimension's values take from @tip/schema's locale bundles. */
function schemaCodesOf(dimension: Dimension, codes: LocaleBundle["codes"]): CodeTable | undefined {
  switch (dimension) {
    case "sex":
      return codes.sex;
    case "age_group":
      return codes.majority_status;
    case "exploitation":
      return codes.exploitation_form;
    case "citizenship":
    case "country":
      return codes.country;
    case "channel":
      return codes.helpline_channel;
    case "outcome":
      return codes.helpline_outcome;
    case "compensation_source":
      return codes.compensation_source;
    default:
      return undefined;
  }
}

function ownLabelsOf(
  dimension: Dimension,
  texts: PrivacyTexts,
): Readonly<Record<string, string>> | undefined {
  if (dimension === "glotip_group") return texts.values.glotipGroups;
  if (dimension === "glotip_form") return texts.values.glotipForms;
  if (dimension === "stage") return texts.values.stages;
  return undefined;
}

/**
 * The label of a dimension's value in one language: `total`, `unknown`, GLOTIP groups, forms and stages from
 * this package's texts; sex, age group, forms of exploitation and countries from @tip/schema's locale bundle
 * when given (else the code itself).
 */
export function valueLabel(
  dimension: Dimension,
  value: string,
  texts: PrivacyTexts,
  bundle?: LocaleBundle,
): string {
  if (value === TOTAL) return texts.values.total;
  if (value === UNKNOWN) return texts.values.unknown;
  if (value === "stateless" && (dimension === "citizenship" || dimension === "country"))
    return texts.values.stateless;
  if (value === NO_STAGE && dimension === "stage") return texts.values.noStage;
  if (value === MULTIPLE_FORMS && dimension === "exploitation") return texts.values.multipleForms;
  const own = ownLabelsOf(dimension, texts)?.[value];
  if (own !== undefined) return own;
  const fromSchema = bundle ? schemaCodesOf(dimension, bundle.codes)?.[value]?.label : undefined;
  return fromSchema ?? value;
}
