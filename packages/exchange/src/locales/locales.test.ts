import { catalogueArguments } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { REFUSAL_CODES } from "../envelope/open-refusal.js";
import { SEAL_PROBLEM_CODES } from "../envelope/seal-problem.js";
import { describeKeyProblem, describeRefusal, describeSealProblem } from "../i18n/describe.js";
import { KEY_PROBLEM_CODES } from "../keys/key-problem.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { pt } from "./pt.js";

const LOCALES = [en, es, fr, pt];

describe("locales", () => {
  const english = catalogueArguments(en);

  it("are valid ICU MessageFormat, with a text for every code", () => {
    for (const code of REFUSAL_CODES) expect(english[`refusals.${code}`], code).toBeDefined();
    for (const code of SEAL_PROBLEM_CODES) expect(english[`sealProblems.${code}`], code).toBeDefined();
    for (const code of KEY_PROBLEM_CODES) expect(english[`keyProblems.${code}`], code).toBeDefined();
    expect(english["sealProblems.export_refused"]).toEqual(["count:number"]);
  });

  for (const texts of [es, fr, pt]) {
    it(`${texts.locale} has the same keys as English, each with the same ICU arguments`, () => {
      expect(catalogueArguments(texts)).toEqual(english);
      expect(texts.wholeDocument).toBeTruthy();
    });
  }

  it("count records in the plural form of each language, with digits grouped its way", () => {
    const refused = (count: number) => ({
      code: "export_refused" as const,
      refused: Array.from({ length: count }, () => ({}) as never),
    });
    expect(describeSealProblem(refused(1), en)).toMatch(/^Not sealed: 1 record may not be sent/);
    expect(describeSealProblem(refused(2), en)).toMatch(/^Not sealed: 2 records may not be sent/);
    expect(describeSealProblem(refused(1), es)).toMatch(/^No sellado: 1 registro no puede enviarse/);
    expect(describeSealProblem(refused(0), fr)).toMatch(
      /^Non scellé : 0 enregistrement ne peut pas être envoyé/,
    );
    expect(describeSealProblem(refused(0), pt)).toMatch(/^Não selado: 0 registro não pode ser enviado/);
    expect(describeSealProblem(refused(1234), en)).toMatch(/^Not sealed: 1,234 records/);
    expect(describeSealProblem(refused(12345), es)).toMatch(/^No sellado: 12\.345 registros no pueden/);
    expect(describeSealProblem(refused(1234), fr)).toMatch(
      /^Non scellé : 1\u202f234 enregistrements ne peuvent/,
    );
    expect(describeSealProblem(refused(1234), pt)).toMatch(/^Não selado: 1\.234 registros não podem/);
  });

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
