import { checkRecord, LOCALES, loadProfile, type Profile, type TipRecord } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { generate } from "@tip/testkit";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { htcdsRows } from "../standards/htcds/htcds-rows.js";
import { readHtcds } from "../standards/htcds/read-htcds.js";
import type { WriteCell } from "../standards/htcds/row-cells.js";
import {
  type AnswerRow,
  fillXlsxTemplate,
  loadBook,
  said,
  sheetRows,
  xlsformSubmissions,
} from "../testing/template-answers.js";
import { templateQuestions } from "./template-questions.js";
import { writeXlsformTemplate } from "./xlsform-template.js";
import { writeXlsxTemplate } from "./xlsx-template.js";

// A profile's national codes are offered by the templates made for it, with their labels, and what is
// collected with them reads back, under the profile, as valid records holding those codes.

const TWO_SPIRIT = "xx_two_spirit";
const EXPERIMENTS = "xx_biomedical_experiments";
const document = {
  id: "national-codes-test",
  title: { en: "National codes", es: "Códigos nacionales", fr: "Codes nationaux", pt: "Códigos nacionais" },
  version: "1.0.0",
  basedOn: "core",
  sources: [{ title: "A test law" }],
  codeLists: {
    gender: {
      clause: "Art. 1",
      add: {
        [TWO_SPIRIT]: {
          foldsTo: "non_conforming",
          labels: { en: "Two-spirit", es: "Dos espíritus", fr: "Bispirituel", pt: "Dois espíritos" },
        },
      },
    },
    exploitation_form: {
      clause: "Art. 2",
      // English and Spanish only: French and Portuguese templates show the English label.
      add: {
        [EXPERIMENTS]: {
          foldsTo: "other",
          labels: { en: "Illicit biomedical experiments", es: "Experimentos biomédicos ilícitos" },
        },
      },
    },
  },
};
const loaded = loadProfile(document);
const profile = (loaded.ok ? loaded.profile : undefined) as Profile;

const generated = generate({ count: 20, seed: 5 }).records;
/** Generated answers, every other victim of the national gender, every exploitation adding the national form. */
const answers: AnswerRow[] = htcdsRows(generated, "htcds").rows.map((row, index) => {
  const changed = new Map<string, WriteCell>(row);
  if (index % 2 === 0) changed.set("prs_Gender", { codes: [TWO_SPIRIT] } as WriteCell);
  const forms = row.get("vic_TypeOfExploitation");
  if (forms?.codes !== undefined)
    changed.set("vic_TypeOfExploitation", { ...forms, codes: [...forms.codes, EXPERIMENTS] } as WriteCell);
  return changed;
});

function expectValidUnderProfile(records: readonly TipRecord[]) {
  const errors = records.flatMap((record) =>
    checkRecord(record, { locale: en, profile })
      .issues.filter((issue) => issue.severity === "error")
      .map((issue) => `${record.recordType} ${issue.code} ${issue.path}`),
  );
  expect(errors).toEqual([]);
}

/** The national codes the answers use, counted by hand from the way they were made. */
function nationalCodesUsed(rows: readonly AnswerRow[]) {
  const codes = rows.flatMap((row) => [
    ...(row.get("prs_Gender")?.codes ?? []),
    ...(row.get("vic_TypeOfExploitation")?.codes ?? []),
  ]);
  return {
    twoSpirit: codes.filter((code) => code === TWO_SPIRIT).length,
    experiments: codes.filter((code) => code === EXPERIMENTS).length,
  };
}

/** The columns the national codes went into: the HTCDS writer folds them, so they are compared on the records. */
const NATIONAL_COLUMNS = ["prs_Gender", "vic_TypeOfExploitation"];

/** What a row says, but for the columns holding national codes. */
const saidElsewhere = (row: AnswerRow) =>
  said(new Map([...row].filter(([column]) => !NATIONAL_COLUMNS.includes(column))));

/**
 * The records read back say what the answers say: each victim (one per row, in order) holds the gender and
 * forms of exploitation answered, national codes included; every other column reads back as written.
 */
function expectSameAnswers(records: readonly TipRecord[]) {
  const victims = records.filter((record) => record.recordType === "victim") as Record<string, unknown>[];
  expect(victims).toHaveLength(answers.length);
  const answered = answers.map((row) => ({
    gender: row.get("prs_Gender")?.codes?.[0],
    forms: [...(row.get("vic_TypeOfExploitation")?.codes ?? [])].sort(),
  }));
  const read = victims.map((victim) => ({
    gender: victim.gender,
    forms: [...(((victim.exploitation as { forms?: string[] } | undefined)?.forms ?? []) as string[])].sort(),
  }));
  expect(read).toEqual(answered);
  expect(htcdsRows(records, "htcds").rows.map(saidElsewhere)).toEqual(answers.map(saidElsewhere));
}

describe("templates made for a profile that adds national codes", () => {
  it("loads the profile", () => {
    expect(loaded.ok).toBe(true);
    const used = nationalCodesUsed(answers);
    expect(used.twoSpirit).toBe(Math.ceil(answers.length / 2));
    expect(used.experiments).toBeGreaterThan(5);
  });

  it("offers them after the core codes, labelled in each language", () => {
    const gender = templateQuestions({ profile }).find((question) => question.name === "prs_Gender");
    expect(gender?.choices.at(-1)).toEqual({
      code: TWO_SPIRIT,
      labels: { en: "Two-spirit", es: "Dos espíritus", fr: "Bispirituel", pt: "Dois espíritos" },
    });
    const forms = templateQuestions({ profile }).find((q) => q.name === "vic_TypeOfExploitation");
    expect(forms?.choices.at(-1)?.labels).toEqual({
      en: "Illicit biomedical experiments",
      es: "Experimentos biomédicos ilícitos",
      fr: "Illicit biomedical experiments",
      pt: "Illicit biomedical experiments",
    });
    // Without the profile, they are not offered.
    const core = templateQuestions().find((question) => question.name === "prs_Gender");
    expect(core?.choices.map((choice) => choice.code)).not.toContain(TWO_SPIRIT);
  });

  it("lists them in the XLSForm choices with their labels", async () => {
    const book = await loadBook(await writeXlsformTemplate({ profile }));
    const choices = sheetRows(book.getWorksheet("choices") as ExcelJS.Worksheet);
    expect(choices.find((row) => row.list_name === "gender" && row.name === TWO_SPIRIT)).toMatchObject({
      "label::English (en)": "Two-spirit",
      "label::Español (es)": "Dos espíritus",
      "label::Français (fr)": "Bispirituel",
      "label::Português (pt)": "Dois espíritos",
    });
    expect(choices.some((row) => row.list_name === "exploitation_form" && row.name === EXPERIMENTS)).toBe(
      true,
    );
  });

  it.each(LOCALES)("puts them in the workbook's drop-down lists (%s)", async (lang) => {
    const book = await loadBook(await writeXlsxTemplate({ lang, profile, rows: 5 }));
    const lists = book.getWorksheet("lists") as ExcelJS.Worksheet;
    const texts = new Set<string>();
    lists.eachRow((row) => {
      for (const value of row.values as unknown[]) if (typeof value === "string") texts.add(value);
    });
    const expected = { en: "Two-spirit", es: "Dos espíritus", fr: "Bispirituel", pt: "Dois espíritos" };
    expect(texts.has(expected[lang])).toBe(true);
    expect(
      texts.has(lang === "es" ? "Experimentos biomédicos ilícitos" : "Illicit biomedical experiments"),
    ).toBe(true);
  });

  it("filled as XLSForm submissions, reads back under the profile: none invalid, the national codes kept", async () => {
    const form = await writeXlsformTemplate({ profile });
    const submissions = await xlsformSubmissions(form, answers, (column) =>
      expect.fail(`the form does not ask ${column}`),
    );
    const read = await readHtcds(JSON.stringify(submissions), { format: "xlsform-json", profile });
    expect(read.report.rows).toMatchObject({ total: answers.length, invalid: 0, skipped: 0 });
    expectValidUnderProfile(read.records);
    expectSameAnswers(read.records);
  });

  it.each(LOCALES)("filled in %s, the workbook reads back under the profile: none invalid", async (lang) => {
    const template = await writeXlsxTemplate({ lang, profile, rows: answers.length });
    const filled = await fillXlsxTemplate(template, answers, templateQuestions({ profile }), lang, profile);
    const read = await readHtcds(filled, { format: "xlsx", profile });
    expect(read.report.rows).toMatchObject({ total: answers.length, invalid: 0, skipped: 0 });
    expectValidUnderProfile(read.records);
    expectSameAnswers(read.records);
  });

  it("without the profile, the national labels are not read as codes", async () => {
    const template = await writeXlsxTemplate({ lang: "en", profile, rows: answers.length });
    const filled = await fillXlsxTemplate(template, answers, templateQuestions({ profile }), "en", profile);
    const read = await readHtcds(filled, { format: "xlsx" });
    expect(read.report.rows.invalid).toBeGreaterThan(0);
  });
});
