import { formatIcu } from "@tip/schema";
import type { Refusal } from "../envelope/open-refusal.js";
import type { SealProblem } from "../envelope/seal-problem.js";
import type { KeyProblem } from "../keys/key-problem.js";
import { en } from "../locales/en.js";
import type { ExchangeTexts } from "./exchange-texts.js";

/** A refusal as a sentence in one language (English by default). */
export function describeRefusal(refusal: Refusal, texts: ExchangeTexts = en): string {
  return formatIcu(texts.locale, texts.refusals[refusal.code], { kid: refusal.kid ?? "?" });
}

/**
 * A seal problem as a sentence. `option` replaces the option's name (a command shows its flag, `--agreement`).
 * The records refused by the export gate are counted here; `formatRefusal` of `@tip/privacy` names each.
 */
export function describeSealProblem(
  problem: SealProblem,
  texts: ExchangeTexts = en,
  option?: string,
): string {
  return formatIcu(texts.locale, texts.sealProblems[problem.code], {
    option: option ?? problem.option,
    agency: problem.agency,
    index: problem.index === undefined ? undefined : problem.index + 1,
    count: problem.refused?.length ?? 0,
  });
}

/** A key problem as a sentence, with its place (the document's position is the caller's to add). */
export function describeKeyProblem(problem: KeyProblem, texts: ExchangeTexts = en): string {
  return formatIcu(texts.locale, texts.keyProblems[problem.code], {
    place: problem.pointer === "" ? texts.wholeDocument : problem.pointer,
  });
}
