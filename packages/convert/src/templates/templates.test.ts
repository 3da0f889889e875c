import {
  CODE_LISTS,
  checkRecord,
  LOCALES,
  type Locale,
  loadProfile,
  type Profile,
  type TipRecord,
} from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { fr } from "@tip/schema/locales/fr";
import { pt } from "@tip/schema/locales/pt";
import { generate } from "@tip/testkit";
import { stringify } from "csv-stringify/sync";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { htcdsRows } from "../standards/htcds/htcds-rows.js";
import { readHtcds } from "../standards/htcds/read-htcds.js";
import {
  fillXlsxTemplate,
  loadBook,
  said,
  sheetRows,
  xlsformSubmissions,
} from "../testing/template-answers.js";
import { templateQuestions } from "./template-questions.js";
import { writeXlsformTemplate } from "./xlsform-template.js";
import { writeXlsxTemplate } from "./xlsx-template.js";

/** Generated records and the answers a person would give in a template: one row of cells per victim. */
const generated = generate({ count: 25, seed: 11 }).records;
const answers = htcdsRows(generated, "htcds").rows;

function expectValid(records: readonly TipRecord[]) {
  const errors = records.flatMap((record) =>
    checkRecord(record, { locale: en })
      .issues.filter((issue) => issue.severity === "error")
      .map((issue) => `${record.recordType} ${issue.code} ${issue.path}`),
  );
  expect(errors).toEqual([]);
}

describe("template questions", () => {
  const questions = templateQuestions();

  it("has a question for every column the HTCDS writer fills from generated records", () => {
    const names = new Set(questions.map((question) => question.name));
    const columns = new Set(answers.flatMap((row) => [...row.keys()]));
    expect(columns.size).toBeGreaterThan(30);
    expect([...columns].filter((column) => !names.has(column))).toEqual([]);
  });

  it("offers every code of each list with a label in the four languages", () => {
    const gender = questions.find((question) => question.name === "prs_Gender");
    expect(gender?.choices.map((choice) => choice.code)).toEqual([...CODE_LISTS.gender.codes]);
    for (const choice of gender?.choices ?? []) {
      for (const locale of LOCALES) expect(choice.labels[locale]).not.toBe("");
    }
    expect(gender?.labels).toMatchObject({ en: "Gender", es: "Género", fr: "Genre", pt: "Gênero" });
  });

  it("makes the sexual exploitation type relevant only when sexual exploitation is selected", () => {
    const sexual = questions.find((question) => question.name === "vic_TypeOfSexExploitation");
    expect(sexual?.relevance).toEqual({
      name: "vic_TypeOfExploitation",
      codes: ["sexual_exploitation"],
      rule: "sexual_exploitation_type_without_sexual_exploitation",
    });
    const industry = questions.find((question) => question.name === "vic_ForcedLabourIndustry");
    expect(industry?.relevance?.codes).toContain("forced_labour");
    expect(industry?.relevance?.codes).not.toContain("sexual_exploitation");
  });
});

describe("template questions under a profile", () => {
  const document = {
    id: "template-test",
    title: { en: "Template test", es: "Prueba", fr: "Essai", pt: "Teste" },
    version: "1.0.0",
    basedOn: "core",
    sources: [{ title: "A test law" }],
    required: [{ field: "/victim/gender", clause: "Art. 1" }],
    codeLists: { gender: { restrictTo: ["feminine", "masculine"], clause: "Art. 2" } },
  };
  const loaded = loadProfile(document);
  const profile = (loaded.ok ? loaded.profile : undefined) as Profile;

  it("requires the profile's required fields, offers only its codes and keeps the rules' relevance", () => {
    expect(loaded.ok).toBe(true);
    const questions = templateQuestions({ profile });
    const gender = questions.find((question) => question.name === "prs_Gender");
    expect(gender?.required).toBe(true);
    expect(gender?.choices.map((choice) => choice.code)).toEqual(["feminine", "masculine"]);
    expect(questions.find((question) => question.name === "prs_MaritalStatus")?.required).toBe(false);
    expect(
      questions.find((question) => question.name === "vic_TypeOfSexExploitation")?.relevance,
    ).toBeDefined();
    expect(
      questions.find((question) => question.name === "vic_ForcedLabourIndustry")?.relevance,
    ).toBeDefined();
  });

  it("writes the profile's choices and required flag into the XLSForm", async () => {
    const book = await loadBook(await writeXlsformTemplate({ profile }));
    const survey = sheetRows(book.getWorksheet("survey") as ExcelJS.Worksheet);
    const choices = sheetRows(book.getWorksheet("choices") as ExcelJS.Worksheet);
    expect(survey.find((row) => row.name === "prs_Gender")?.required).toBe("yes");
    expect(choices.filter((row) => row.list_name === "gender").map((row) => row.name)).toEqual([
      "feminine",
      "masculine",
    ]);
  });
});

describe("XLSForm questionnaire", () => {
  it("has survey, choices and settings sheets with labels in the four languages", async () => {
    const book = await loadBook(await writeXlsformTemplate({ lang: "es" }));
    const survey = sheetRows(book.getWorksheet("survey") as ExcelJS.Worksheet);
    const choices = sheetRows(book.getWorksheet("choices") as ExcelJS.Worksheet);
    const settings = sheetRows(book.getWorksheet("settings") as ExcelJS.Worksheet);
    expect(Object.keys(survey[0] ?? {})).toEqual(
      expect.arrayContaining([
        "label::English (en)",
        "label::Español (es)",
        "label::Français (fr)",
        "label::Português (pt)",
        "hint::Español (es)",
        "constraint",
        "relevant",
      ]),
    );
    expect(settings[0]?.default_language).toBe("Español (es)");
    const lists = new Set(choices.map((choice) => choice.list_name));
    for (const row of survey) {
      const [type, list] = (row.type ?? "").split(" ");
      if (type === "select_one" || type === "select_multiple") expect(lists.has(list as string)).toBe(true);
    }
    const gender = survey.find((row) => row.name === "prs_Gender");
    expect(gender?.type).toBe("select_one gender");
    expect(gender?.["label::Español (es)"]).toBe("Género");
    expect(survey.find((row) => row.name === "prs_Citizenship")?.type).toBe("select_multiple country");
    expect(survey.find((row) => row.name === "vic_TypeOfSexExploitation")?.relevant).toBe(
      `selected(\${vic_TypeOfExploitation}, 'sexual_exploitation')`,
    );
    expect(survey.find((row) => row.name === "hte_Date")?.constraint).toContain("regex(.");
    const feminine = choices.find((row) => row.list_name === "gender" && row.name === "feminine");
    expect(feminine?.["label::Français (fr)"]).toBe(fr.codes.gender.feminine.label);
    expect(feminine?.["label::Português (pt)"]).toBe(pt.codes.gender.feminine.label);
  });

  it("filled with generated answers, its JSON and CSV exports read back as valid records saying the same", async () => {
    const submissions = await xlsformSubmissions(await writeXlsformTemplate(), answers, (column) =>
      expect.fail(`the form does not ask ${column}`),
    );
    const read = await readHtcds(JSON.stringify(submissions), { format: "xlsform-json" });
    expect(read.report.rows).toMatchObject({ total: answers.length, invalid: 0, skipped: 0 });
    expectValid(read.records);
    expect(htcdsRows(read.records, "htcds").rows.map(said)).toEqual(answers.map(said));
    // The same answers as a KoboToolbox CSV export: one column per question, group paths as headers.
    const columns = [...new Set(submissions.flatMap((submission) => Object.keys(submission)))];
    const csv = stringify([
      columns,
      ...submissions.map((submission) => columns.map((key) => submission[key] ?? "")),
    ]);
    const fromCsv = await readHtcds(csv, { format: "xlsform-csv" });
    expect(fromCsv.report.rows).toMatchObject({ total: answers.length, invalid: 0, skipped: 0 });
    expect(htcdsRows(fromCsv.records, "htcds").rows.map(said)).toEqual(answers.map(said));
  });
});

describe("Excel workbook", () => {
  it.each(LOCALES)("in %s, has drop-downs, input messages and validation on the data rows", async (lang) => {
    const book = await loadBook(await writeXlsxTemplate({ lang, rows: 50 }));
    const data = book.getWorksheet("data") as ExcelJS.Worksheet;
    const questions = templateQuestions();
    const column = questions.findIndex((question) => question.name === "prs_Gender") + 1;
    const letter = data.getColumn(column).letter;
    expect(data.getCell(`${letter}2`).value).toBe("prs_Gender");
    expect(data.getRow(2).hidden).toBe(true);
    const titles = { en: "Gender", es: "Género", fr: "Genre", pt: "Gênero" } satisfies Record<Locale, string>;
    expect(data.getCell(`${letter}1`).value).toBe(titles[lang]);
    const validation = data.getCell(`${letter}3`).dataValidation;
    expect(validation.type).toBe("list");
    expect(validation.showInputMessage).toBe(true);
    expect(validation.prompt).not.toBe("");
    const formula = validation.formulae?.[0] as string;
    const [sheetName, range] = formula.split("!");
    const lists = book.getWorksheet(sheetName?.replace(/'/g, "") ?? "") as ExcelJS.Worksheet;
    const [first] = (range ?? "").replace(/\$/g, "").split(":");
    const gender = questions[column - 1];
    expect(lists.getCell(first as string).value).toBe(gender?.choices[0]?.labels[lang]);
    const age = questions.findIndex((question) => question.name === "vic_AgeWhenTrafficked") + 1;
    expect(data.getCell(`${data.getColumn(age).letter}3`).dataValidation.type).toBe("whole");
    expect(data.getCell(`${letter}52`).dataValidation.type).toBe("list");
  });

  it.each(LOCALES)(
    "filled in %s with generated answers, reads back as valid records saying the same",
    async (lang) => {
      const template = await writeXlsxTemplate({ lang, rows: answers.length });
      const filled = await fillXlsxTemplate(template, answers, templateQuestions(), lang);
      const read = await readHtcds(filled, { format: "xlsx" });
      expect(read.report.rows).toMatchObject({ total: answers.length, invalid: 0, skipped: 0 });
      expectValid(read.records);
      expect(htcdsRows(read.records, "htcds").rows.map(said)).toEqual(answers.map(said));
    },
  );
});
