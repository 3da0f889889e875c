import { catalogueArguments } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../test/helpers.js";
import type { Summary } from "../summary/summary.js";
import { REPORT_TEXTS } from "./report-texts.js";
import { formatTextReport } from "./text-report.js";

describe("the report catalogue", () => {
  const english = catalogueArguments(REPORT_TEXTS.en);

  it("is valid ICU MessageFormat in English", () => {
    expect(english.more).toEqual(["count:number"]);
    expect(english.truncated).toEqual(["count:number"]);
  });

  for (const lang of ["es", "fr", "pt"] as const) {
    it(`${lang} has the same keys as English, each with the same ICU arguments`, () => {
      expect(catalogueArguments(REPORT_TEXTS[lang])).toEqual(english);
    });
  }
});

describe("counts in a text report", () => {
  const big: Summary = {
    total: 1234567,
    valid: 1234566,
    invalid: 1,
    skipped: 0,
    errors: 1,
    byCode: { required: 1 },
    byRecordType: {},
    issues: [{ code: "required", path: "/sex", severity: "error", message: "", params: {}, line: 2 }],
    truncated: true,
  };

  it("group digits the way of each language", () => {
    expect(formatTextReport(big, { locale: MESSAGES.en })).toContain(
      "Records: 1,234,567 · valid 1,234,566 · invalid 1",
    );
    expect(formatTextReport(big, { locale: MESSAGES.es })).toContain(
      "Registros: 1.234.567 · válidos 1.234.566",
    );
    expect(formatTextReport(big, { locale: MESSAGES.fr })).toContain(
      "Enregistrements: 1\u202f234\u202f567 · valides 1\u202f234\u202f566",
    );
    expect(formatTextReport(big, { locale: MESSAGES.pt })).toContain(
      "Registros: 1.234.567 · válidos 1.234.566",
    );
  });

  it("say one issue kept in the singular, in each language", () => {
    expect(formatTextReport(big, { locale: MESSAGES.en })).toContain("Only the first issue was kept;");
    expect(formatTextReport(big, { locale: MESSAGES.es })).toContain("Solo se conservó el primer problema;");
    expect(formatTextReport(big, { locale: MESSAGES.fr })).toContain(
      "Seul le premier problème a été conservé ;",
    );
    expect(formatTextReport(big, { locale: MESSAGES.pt })).toContain("Só o primeiro problema foi mantido;");
  });

  it("say several issues kept in the plural, in each language", () => {
    const two = { ...big, issues: [...big.issues, ...big.issues] };
    expect(formatTextReport(two, { locale: MESSAGES.en })).toContain("Only the first 2 issues were kept;");
    expect(formatTextReport(two, { locale: MESSAGES.es })).toContain(
      "Solo se conservaron los primeros 2 problemas;",
    );
    expect(formatTextReport(two, { locale: MESSAGES.fr })).toContain(
      "Seuls les 2 premiers problèmes ont été conservés ;",
    );
    expect(formatTextReport(two, { locale: MESSAGES.pt })).toContain(
      "Só os primeiros 2 problemas foram mantidos;",
    );
  });
});
