import { describe, expect, it } from "vitest";
import { REFUSAL_CODES } from "../envelope/open-refusal.js";
import { SEAL_PROBLEM_CODES } from "../envelope/seal-problem.js";
import { describeKeyProblem, describeRefusal, describeSealProblem } from "../i18n/describe.js";
import { KEY_PROBLEM_CODES } from "../keys/key-problem.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { pt } from "./pt.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const LOCALES = [en, es, fr, pt];

describe("locales", () => {
  for (const texts of LOCALES) {
    it(`${texts.locale} has every text, with the same placeholders as English`, () => {
      for (const code of REFUSAL_CODES)
        expect(placeholders(texts.refusals[code]), code).toEqual(placeholders(en.refusals[code]));
      for (const code of SEAL_PROBLEM_CODES)
        expect(placeholders(texts.sealProblems[code]), code).toEqual(placeholders(en.sealProblems[code]));
      for (const code of KEY_PROBLEM_CODES)
        expect(placeholders(texts.keyProblems[code]), code).toEqual(placeholders(en.keyProblems[code]));
      expect(texts.wholeDocument).toBeTruthy();
    });
  }

  it("are told apart, and leave no placeholder unfilled", () => {
    for (const code of REFUSAL_CODES) {
      const texts = LOCALES.map((locale) => describeRefusal({ code, kid: "key-1" }, locale));
      expect(new Set(texts).size).toBe(4);
      for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
    }
    const problem = { code: "recipient_has_no_key", agency: "0e1d2c3b-4a59-4687-b6a5-9c8d7e6f5a4b" } as const;
    expect(describeSealProblem(problem, fr)).toContain("0e1d2c3b-4a59-4687-b6a5-9c8d7e6f5a4b");
    expect(describeSealProblem({ code: "option_invalid", option: "agreement" }, es, "--agreement")).toBe(
      "No sellado: la opción --agreement no es válida.",
    );
    expect(describeSealProblem({ code: "marking_invalid", index: 0 }, en)).toContain("marking 1 ");
    expect(describeKeyProblem({ code: "duplicate_kid", pointer: "/keys/1/kid" }, pt)).toBe(
      "Um identificador de chave é usado duas vezes (/keys/1/kid).",
    );
    expect(describeKeyProblem({ code: "not_a_key_file", pointer: "" }, en)).toBe(
      "The key file is not in the exchange's format (the whole document).",
    );
  });
});
