import { LOCALES } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { fr } from "@tip/schema/locales/fr";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../test/helpers.js";
import type { Lang } from "../shared/lang.js";
import { loadMessages } from "../shared/load-messages.js";
import type { Located, Summary } from "../summary/summary.js";
import { toJsonReport } from "./json-report.js";
import { REPORT_TEXTS } from "./report-texts.js";
import { formatTextReport } from "./text-report.js";

const issue = (code: string, line: number, severity: Located["severity"] = "error"): Located => ({
  code,
  path: "/sex",
  severity,
  message: `english message of ${code}`,
  params: { field: "victim.sex", codeList: "sex" },
  file: "export.ndjson",
  line,
  recordIndex: line - 1,
});

const summary: Summary = {
  total: 10,
  valid: 7,
  invalid: 2,
  skipped: 1,
  errors: 9,
  byCode: { implausible_age_for_labour: 1, invalid_code: 8, invalid_json: 1 },
  byRecordType: { victim: { total: 9, valid: 7, invalid: 2 } },
  issues: [
    issue("implausible_age_for_labour", 1, "warning"),
    ...[2, 3, 4, 5, 6, 7, 8].map((line) => issue("invalid_code", line)),
    { ...issue("invalid_json", 9), path: "", params: {} },
  ],
  truncated: true,
};

describe("formatTextReport", () => {
  it("gives counts, then issues grouped by code, errors first, with a few locations each", () => {
    const text = formatTextReport(summary, { maxLocations: 2 });
    expect(text).toContain("Records: 10 · valid 7 · invalid 2 · skipped 1");
    expect(text).toContain(`${en.objects.victim.label}: 9`);
    const codeLines = text.split("\n").filter((line) => / × \d+$/.test(line));
    expect(codeLines).toEqual([
      "error invalid_code × 8",
      "error invalid_json × 1",
      "warning implausible_age_for_labour × 1",
    ]);
    expect(text).toContain("export.ndjson · line 2 · /sex: Sex is not a code of its list.");
    expect(text).toContain("… and 6 more");
    expect(text).not.toContain("line 4 ");
    expect(text).toContain("Only the first 9 issues were kept");
  });

  it("writes headings and messages in the chosen language, whatever language the summary was made in", () => {
    const text = formatTextReport(summary, { locale: MESSAGES.fr });
    expect(text).toContain(REPORT_TEXTS.fr.title);
    expect(text).toContain(`${fr.fields["victim.sex"].label} : ce code ne figure pas dans la liste prévue.`);
    expect(text).toContain("ligne 2");
    expect(text).not.toContain("english message");
  });

  it("colours only when asked", () => {
    expect(formatTextReport(summary)).not.toContain("\u001b[");
    expect(formatTextReport(summary, { color: true })).toContain("\u001b[31merror invalid_code\u001b[0m");
  });

  it("says when there is nothing to report", () => {
    const clean: Summary = {
      ...summary,
      invalid: 0,
      skipped: 0,
      valid: 10,
      byCode: {},
      issues: [],
      truncated: false,
    };
    expect(formatTextReport(clean, { locale: MESSAGES.pt })).toContain(REPORT_TEXTS.pt.noIssues);
  });
});

describe("loadMessages", () => {
  it.each(LOCALES)("loads the texts of one language, which the report then speaks (%s)", async (lang) => {
    const messages = await loadMessages(lang);
    expect(messages).toBe(MESSAGES[lang]);
    const text = formatTextReport(summary, { locale: messages, maxLocations: 3 });
    expect(text).toContain(REPORT_TEXTS[lang].title);
    expect(text).toContain(`${messages.objects.victim.label}: 9`);
  });

  it("falls back to English texts for a language that is not supported", async () => {
    expect((await loadMessages("de" as Lang)).locale).toBe("en");
    expect((await loadMessages()).locale).toBe("en");
  });
});

describe("toJsonReport", () => {
  it("keeps counts and each issue's location, pointer, code, severity and message, without params", () => {
    const report = toJsonReport(summary);
    expect(Object.keys(report)).toEqual([
      "total",
      "valid",
      "invalid",
      "skipped",
      "errors",
      "byCode",
      "byRecordType",
      "truncated",
      "issues",
    ]);
    expect(report.issues[1]).toEqual({
      file: "export.ndjson",
      line: 2,
      path: "/sex",
      code: "invalid_code",
      severity: "error",
      message: "english message of invalid_code",
    });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
