import {
  ALL_RULES,
  CODE_LISTS,
  type CodeListId,
  compileProfile,
  LOCALES,
  type Locale,
  type LocaleBundle,
  type Profile,
} from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { es } from "@tip/schema/locales/es";
import { fr } from "@tip/schema/locales/fr";
import { pt } from "@tip/schema/locales/pt";
import * as z from "zod";
import { HTCDS_SLOTS, type HtcdsSlot, type SlotKind, sourceNames } from "../standards/htcds/htcds-slots.js";
import { directionOf } from "../standards/htcds/referral-direction.js";
import { TEMPLATE_TEXTS } from "./template-texts.js";

const BUNDLES: Readonly<Record<Locale, LocaleBundle>> = { en, es, fr, pt };

/** Text in each of the four languages. */
export type Texts = Readonly<Record<Locale, string>>;

/** One code a question offers, with its label in each language. */
export interface TemplateChoice {
  readonly code: string;
  readonly labels: Texts;
}

/** When a question applies: only when `field` holds one of `codes` (a cross-field rule of the model). */
export interface TemplateRelevance {
  /** Column name of the question it depends on. */
  readonly name: string;
  readonly codes: readonly string[];
  /** The rule that says so. */
  readonly rule: string;
}

/**
 * One question of a collection template: one HTCDS column, so that what is collected reads back with the
 * HTCDS readers. Built from the model (`mappings.htcds`), its labels in four languages and, with a profile,
 * the profile's required fields and code-list restrictions.
 */
export interface TemplateQuestion {
  /** The HTCDS field name, used as the XLSForm question name and the workbook column's field name. */
  readonly name: string;
  readonly recordType: HtcdsSlot["recordType"];
  readonly fieldId: string;
  readonly kind: SlotKind;
  readonly many: boolean;
  readonly codeList?: CodeListId;
  /** The codes offered (a profile may restrict them and add national codes, which come last). */
  readonly choices: readonly TemplateChoice[];
  /** Whether an answer is required (a profile's required fields). */
  readonly required: boolean;
  readonly labels: Texts;
  readonly hints: Texts;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly relevance?: TemplateRelevance;
}

const textsOf = (pick: (bundle: LocaleBundle, locale: Locale) => string | undefined): Texts =>
  Object.fromEntries(LOCALES.map((locale) => [locale, pick(BUNDLES[locale], locale) ?? ""])) as Texts;

/** The label of a record type (`Victim`) in each language. */
export function recordTypeLabels(recordType: HtcdsSlot["recordType"]): Texts {
  return textsOf((bundle) => bundle.objects[recordType]?.label);
}

/** Bounds the field's own schema declares, as JSON Schema says them. */
function boundsOf(slot: HtcdsSlot): Pick<TemplateQuestion, "minimum" | "maximum" | "maxLength"> {
  let json: Record<string, unknown>;
  try {
    json = z.toJSONSchema(slot.schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  } catch {
    return {};
  }
  const number = (key: string) => (typeof json[key] === "number" ? { [key]: json[key] as number } : {});
  const safe = (value: number) => Math.abs(value) < Number.MAX_SAFE_INTEGER;
  const bounds = { ...number("minimum"), ...number("maximum"), ...number("maxLength") };
  return Object.fromEntries(Object.entries(bounds).filter(([, value]) => safe(value)));
}

/** The label of one column: the field's label, with the referral direction or the case-worker part added. */
function labelOf(slot: HtcdsSlot, name: string, source: number): Texts {
  return textsOf((bundle, locale) => {
    const texts = TEMPLATE_TEXTS[locale];
    const field = bundle.fields[slot.fieldId as keyof typeof bundle.fields]?.label ?? slot.fieldId;
    const part = slot.kind === "party" && source === 1 ? `${field} (${texts.caseWorker})` : field;
    if (slot.recordType !== "referral") return part;
    const direction = directionOf(name);
    return direction === undefined ? part : `${texts[direction]}: ${part}`;
  });
}

/**
 * The codes of `condition` for which a rule lets `target` be filled, found by running the rule on a record
 * holding the target and each code in turn (the rule is the only place that knows them).
 */
function enablingCodes(ruleCode: string, target: string[], conditionList: CodeListId): string[] | undefined {
  const rule = ALL_RULES.find((candidate) => candidate.code === ruleCode);
  if (rule === undefined) return undefined;
  return (CODE_LISTS[conditionList].codes as readonly string[]).filter((code) => {
    const found: unknown[] = [];
    const exploitation: Record<string, unknown> = { forms: [code] };
    exploitation[target[1] as string] = target[2] === "many" ? ["x"] : "x";
    (rule.check as (record: unknown, found: unknown[]) => void)({ exploitation }, found);
    return found.length === 0;
  });
}

/** The cross-field rules a questionnaire can say as relevance: a detail only for some forms of exploitation. */
const RELEVANCE_RULES = [
  {
    rule: "sexual_exploitation_type_without_sexual_exploitation",
    field: "exploitation.sexualExploitationTypes",
    target: ["exploitation", "sexualExploitationTypes", "many"],
  },
  {
    rule: "labour_detail_without_forced_labour",
    field: "exploitation.labourIndustry",
    target: ["exploitation", "labourIndustry", "one"],
  },
] as const;

const FORMS_FIELD = "exploitation.forms";

/**
 * The national codes a profile adds to a core list, after the core codes, labelled in each language the
 * profile gives (English where it gives none, else the code).
 */
function nationalChoices(profile: Profile | undefined, listId: CodeListId | undefined): TemplateChoice[] {
  if (profile === undefined || listId === undefined || !Object.hasOwn(profile.codeLists, listId)) return [];
  const national = (profile.codeLists[listId] as Profile["codeLists"][string]).national;
  return Object.entries(national).map(([code, { labels }]) => ({
    code,
    labels: textsOf((_, locale) => labels[locale] ?? labels.en ?? code),
  }));
}

/** Options of the template builders. */
export interface TemplateOptions {
  /**
   * A national profile: its required fields become required, its code-list restrictions apply and the national
   * codes it adds are offered with their labels.
   */
  readonly profile?: Profile;
}

/**
 * The questions of a collection template, one per HTCDS column the model maps, in the model's order. Rules that
 * make a field apply only for some forms of exploitation become relevance conditions (unless a profile turns the
 * rule off); numeric bounds and text lengths come from the field's schema.
 */
export function templateQuestions(options: TemplateOptions = {}): readonly TemplateQuestion[] {
  const compiled = options.profile === undefined ? undefined : compileProfile(options.profile);
  const formsName = sourceNames(
    HTCDS_SLOTS.find((slot) => slot.fieldId === FORMS_FIELD) as HtcdsSlot,
  )[0] as string;
  const questions: TemplateQuestion[] = [];
  for (const slot of HTCDS_SLOTS) {
    const modelPath = slot.path.filter((part) => typeof part === "string").join("/");
    const required =
      compiled?.required
        .get(slot.recordType)
        ?.some((entry) => [...entry.parents, entry.key].filter((p) => p !== "*").join("/") === modelPath) ??
      false;
    const site = compiled?.sites.get(slot.recordType)?.find((candidate) => candidate.field === slot.fieldId);
    const codes = slot.codeList === undefined ? [] : (CODE_LISTS[slot.codeList].codes as readonly string[]);
    const allowed = site?.allowed;
    const choices = [
      ...codes
        .filter((code) => allowed === undefined || allowed.has(code))
        .map((code) => ({
          code,
          labels: textsOf((bundle) => {
            const list = bundle.codes[slot.codeList as CodeListId] as Record<string, { label: string }>;
            return list[code]?.label ?? code;
          }),
        })),
      ...nationalChoices(options.profile, slot.codeList),
    ];
    const relevanceRule = RELEVANCE_RULES.find((entry) => entry.field === slot.fieldId);
    const ruleOff = relevanceRule && compiled?.severities.get(relevanceRule.rule) === "off";
    const enabling =
      relevanceRule === undefined || ruleOff
        ? undefined
        : enablingCodes(relevanceRule.rule, [...relevanceRule.target], "exploitation_form");
    sourceNames(slot).forEach((name, source) => {
      questions.push({
        name,
        recordType: slot.recordType,
        fieldId: slot.fieldId,
        kind: slot.kind,
        many: slot.many,
        ...(slot.codeList === undefined ? {} : { codeList: slot.codeList }),
        choices,
        required: required && source === 0,
        labels: labelOf(slot, name, source),
        hints: textsOf((bundle) => bundle.fields[slot.fieldId as keyof typeof bundle.fields]?.description),
        ...boundsOf(slot),
        ...(enabling === undefined || enabling.length === 0
          ? {}
          : { relevance: { name: formsName, codes: enabling, rule: relevanceRule?.rule as string } }),
      });
    });
  }
  return questions;
}
