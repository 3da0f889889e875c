import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { readHtcds } from "./read-htcds.js";

const TEMPLATE = new URL(
  "./assets/HTCDS-Excel-Spreadsheet-single-select-with-validation-v2.0.xlsx",
  import.meta.url,
);
const XLSFORM = new URL("./fixtures/official/htcds_xlsform.xlsx", import.meta.url);

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The error a read throws: a ConvertInputError whose message quotes no cell. */
async function inputError(read: Promise<unknown>, secret?: string): Promise<ConvertInputError> {
  const error = await read.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConvertInputError);
  if (secret) expect((error as Error).message).not.toContain(secret);
  return error as ConvertInputError;
}

describe("readHtcds on input it cannot read", () => {
  it("counts the sheets, never naming one, when the sheet asked for is not there", async () => {
    const error = await inputError(
      readHtcds(readFileSync(TEMPLATE), { format: "xlsx", sheet: "Cases" }),
      "Case Sheet",
    );
    expect(error.code).toBe("missing_header_row");
    expect(error.message).toMatch(/has \d+ sheets/);
    expect(error.message).not.toContain("Cases");
  });

  it("refuses a workbook without HTCDS headers on any sheet (the XLSForm definition is not data)", async () => {
    const error = await inputError(readHtcds(readFileSync(XLSFORM), { format: "xlsx" }), "survey");
    expect(error.code).toBe("missing_header_row");
    expect(error.message).toContain("3 sheets");
  });

  it("reads the sheet asked for by name, whatever it holds, and prints neither it nor its headers", async () => {
    const name = "\u001b[2JDatos";
    const bytes = await workbook((book) => {
      book.addWorksheet("First").addRow(["prs_FirstName", "prs_Gender"]);
      const sheet = book.addWorksheet("Second");
      sheet.addRow(["prs_FirstName", "prs_Gender", "__proto__", "constructor"]);
      sheet.addRow(["Ola", "Feminine", "polluted", "x"]);
    });
    const result = await readHtcds(bytes, { format: "xlsx", sheet: "second" });
    expect(result.report.sheet).toBe(2);
    // `__proto__` and `constructor` headers are never made keys: their cells are refused by column number.
    expect(result.report.rows).toEqual({ total: 1, converted: 0, invalid: 1, skipped: 0 });
    expect(result.report.invalidValues.map((value) => [value.column, value.code])).toEqual([
      ["column 3", "forbidden_key"],
      ["column 4", "forbidden_key"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    const error = await inputError(readHtcds(bytes, { format: "xlsx", sheet: name }), "Datos");
    expect(error.message).not.toContain("\u001b");
  });

  it("reads a workbook with one value at XFD2 (a column without header: the row invalid, the cell located)", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Data");
      sheet.addRow(["prs_FirstName", "prs_Gender"]);
      sheet.addRow(["Ola", "Feminine"]);
      sheet.getCell("XFD2").value = "far";
    });
    const result = await readHtcds(bytes, { format: "xlsx" });
    expect(result.report.rows).toEqual({ total: 1, converted: 0, invalid: 1, skipped: 0 });
    expect(result.report.invalidValues).toEqual([
      { row: 2, column: "column 16384", code: "value_without_header" },
    ]);
    expect(result.report.fields).toContainEqual(expect.objectContaining({ field: "column 16384", rows: 1 }));
    expect(JSON.stringify(result.report)).not.toContain("far");
  });

  it("never drops a value without a header: beside the header, under an empty header cell, alone at XFD4", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Data");
      sheet.addRow(["prs_FirstName", "prs_Gender", "", "prs_Citizenship"]);
      sheet.addRow(["Ola", "Feminine", "secret-a", "CO", "secret-b"]);
      sheet.getCell("XFD4").value = 1;
      sheet.addRow(["Ana", "Feminine", "", "VE"]);
    });
    const result = await readHtcds(bytes, { format: "xlsx" });
    expect(result.report.rows).toEqual({ total: 3, converted: 1, invalid: 1, skipped: 1 });
    expect(result.report.invalidValues).toEqual([
      { row: 2, column: "column 3", code: "value_without_header" },
      { row: 2, column: "column 5", code: "value_without_header" },
      { row: 4, column: "column 16384", code: "value_without_header" },
    ]);
    expect(result.report.skipped).toEqual([{ row: 4, reason: "value_without_header" }]);
    expect(result.report.sheet).toBe(1);
    expect(JSON.stringify(result)).not.toContain("secret");
  });

  it("reads a whole number in column A without a header as the template's row counter, and nothing else", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Data");
      sheet.addRow(["", "prs_FirstName", "prs_Gender"]);
      sheet.addRow([1, "Ola", "Feminine"]);
      sheet.addRow([2]);
      sheet.addRow(["x3", "Ana", "Feminine"]);
    });
    const result = await readHtcds(bytes, { format: "xlsx" });
    expect(result.report.rows).toEqual({ total: 2, converted: 1, invalid: 1, skipped: 0 });
    expect(result.report.invalidValues).toEqual([
      { row: 4, column: "column 1", code: "value_without_header" },
    ]);
  });

  it("never drops a value without a header in CSV or an XLSForm export, and never fails on a long row", async () => {
    const csv = "prs_FirstName,,prs_Gender\nOla,secret-a,Feminine,secret-b\n,,,secret-c\n";
    for (const format of ["csv", "xlsform-csv"] as const) {
      const result = await readHtcds(csv, { format });
      expect(result.report.rows, format).toEqual({ total: 2, converted: 0, invalid: 1, skipped: 1 });
      expect(
        result.report.invalidValues.map((value) => [value.row, value.column, value.code]),
        format,
      ).toEqual([
        [1, "column 2", "value_without_header"],
        [1, "column 4", "value_without_header"],
        [2, "column 4", "value_without_header"],
      ]);
      expect(JSON.stringify(result), format).not.toContain("secret");
    }
    const json = JSON.stringify([{ prs_FirstName: "Ola", "": "secret-a", prs_Gender: "Feminine" }]);
    const result = await readHtcds(json, { format: "xlsform-json" });
    expect(result.report.rows).toEqual({ total: 1, converted: 0, invalid: 1, skipped: 0 });
    expect(result.report.invalidValues).toEqual([
      { row: 1, column: "column 2", code: "value_without_header" },
    ]);
  });

  it("refuses a damaged workbook as unreadable, naming no value", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Data");
      sheet.addRow(["prs_FirstName", "prs_Gender"]);
      sheet.addRow(["Secret Person", "Feminine"]);
    });
    const cut = bytes.subarray(0, Math.floor(bytes.byteLength / 2));
    expect((await inputError(readHtcds(cut, { format: "xlsx" }), "Secret")).code).toMatch(
      /^(unknown_format|xlsx_malformed)$/,
    );
  });

  it("reads the empty official template as no rows (its 1,000 numbered rows are blank)", async () => {
    const result = await readHtcds(readFileSync(TEMPLATE), { format: "xlsx" });
    expect(result.report.rows.total).toBe(0);
  });

  it("finds the data sheet when another sheet comes first", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("Instructions").getCell("A1").value = "Fill in the next sheet";
      const sheet = book.addWorksheet("Data");
      sheet.addRow(["prs_FirstName", "prs_Gender"]);
      sheet.addRow(["Ola", "Feminine"]);
    });
    const result = await readHtcds(bytes, { format: "xlsx" });
    expect(result.report.rows).toEqual({ total: 1, converted: 1, invalid: 0, skipped: 0 });
  });

  it("refuses a sheet whose header row is missing (data from row 1)", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Sheet1");
      sheet.addRow(["Secret Person", "Feminine", "AR"]);
      sheet.addRow(["Other Person", "Masculine", "BO"]);
    });
    const error = await inputError(readHtcds(bytes, { format: "xlsx" }), "Secret Person");
    expect(error.code).toBe("missing_header_row");
  });

  it("refuses CSV without a header row, empty CSV, malformed CSV, bytes that are not a workbook, and bad JSON", async () => {
    expect(
      (await inputError(readHtcds("Secret Person,Feminine\nOther,Masculine\n", { format: "csv" }), "Secret"))
        .code,
    ).toBe("missing_header_row");
    expect((await inputError(readHtcds("", { format: "csv" }))).code).toBe("empty_input");
    expect((await inputError(readHtcds(new Uint8Array([1, 2, 3]), { format: "xlsx" }))).code).toBe(
      "unknown_format",
    );
    expect(
      (await inputError(readHtcds('[{"prs_First_Name": "Secret"', { format: "xlsform-json" }), "Secret"))
        .code,
    ).toBe("invalid_json");
  });

  it("skips a CSV row whose quote never closes, reads the rows after it, and quotes no value", async () => {
    const text = 'prs_First_Name,prs_Gender\n"Secret Person,Feminine\nAna,Feminine\n';
    const { records, report } = await readHtcds(text, { format: "csv" });
    expect(report.skipped).toEqual([{ row: 1, reason: "csv_quote_not_closed" }]);
    expect(report.rows).toEqual({ total: 2, converted: 1, invalid: 0, skipped: 1 });
    expect(records.filter((record) => record.recordType === "victim")).toHaveLength(1);
    expect(JSON.stringify(report)).not.toContain("Secret");
  });

  it("refuses __proto__, constructor and prototype headers of HTCDS CSV and XLSForm JSON by column number", async () => {
    const csv = await readHtcds(
      "prs_First_Name,prs_Gender,__proto__,constructor,prototype\nAna,Feminine,a,b,c\n",
      { format: "csv" },
    );
    expect(csv.report.invalidValues.map((value) => [value.column, value.code])).toEqual([
      ["column 3", "forbidden_key"],
      ["column 4", "forbidden_key"],
      ["column 5", "forbidden_key"],
    ]);
    const json = await readHtcds(
      '[{"prs_First_Name":"Ana","prs_Gender":"Feminine","__proto__":{"sex":"f"},"g":{"constructor":1}}]',
      {
        format: "xlsform-json",
      },
    );
    expect(json.report.invalidValues.map((value) => value.code)).toEqual(["forbidden_key", "forbidden_key"]);
    for (const { records } of [csv, json]) {
      expect(JSON.stringify(records)).not.toMatch(/__proto__|"constructor"|"prototype"/);
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).sex).toBe(undefined);
  });

  it("rejects options that cannot be honoured (a programming error)", async () => {
    await expect(readHtcds("prs_FirstName\nA\n", { format: "csv", country: "Narnia" })).rejects.toThrow(
      RangeError,
    );
    await expect(readHtcds("text", { format: "xlsx" })).rejects.toThrow(TypeError);
  });
});

describe("readHtcds on values it cannot read", () => {
  const csv = [
    "prs_FirstName,prs_Gender,vic_TypeOfExploitation,prs_Birthdate,cas_OutgoingReferralDate",
    "Secret Person,Martian,ForcedLabour;Slavery of the seas,03/04/2021,44197",
  ].join("\n");

  it("reports unknown picklist values by row and column, keeps them under extensions.htcds, and marks the row invalid", async () => {
    const result = await readHtcds(csv, { format: "csv", organisation: "Keeper" });
    expect(result.report.invalidValues).toEqual([
      { row: 1, column: "prs_Gender", code: "unknown_code", expected: "gender" },
      { row: 1, column: "vic_TypeOfExploitation", code: "unknown_code", expected: "exploitation_form" },
      { row: 1, column: "prs_Birthdate", code: "invalid_date", expected: "YYYY-MM-DD" },
    ]);
    const victim = result.records.find((record) => record.recordType === "victim");
    expect(victim?.extensions?.htcds).toEqual({
      prs_Gender: "Martian",
      vic_TypeOfExploitation: "ForcedLabour;Slavery of the seas",
      prs_Birthdate: "03/04/2021",
    });
    expect(victim).toMatchObject({ exploitation: { forms: ["forced_labour"] } });
    expect(result.report.rows.invalid).toBe(1);
    expect(JSON.stringify(result.report)).not.toContain("Martian");
    expect(JSON.stringify(result.report)).not.toContain("Secret");
  });

  it("names a column matched by its label by its HTCDS field, never by the header's extra word (a name)", async () => {
    // A label fits with one word more than the field's: that word can be anything, a person's name too.
    const header = [
      "First Name Zorblax",
      "Second Name",
      "Gender",
      "Type of Exploitation zorblax",
      "Citizenship",
    ];
    const row = ["Ana", "Mock", "Feminine", "Slavery of the seas", "MX"];
    const fromCsv = await readHtcds([header, row].map((cells) => cells.join(",")).join("\n"), {
      format: "csv",
    });
    // The template's layout: a row of field names, some left empty, over a row of labels.
    const fromXlsx = await readHtcds(
      await workbook((book) => {
        const sheet = book.addWorksheet("Cases");
        sheet.addRow(["", "prs_SecondName", "prs_Gender", "", "prs_Citizenship"]);
        sheet.addRow(header);
        sheet.addRow(row);
      }),
      { format: "xlsx" },
    );
    for (const [result, column] of [
      [fromCsv, "vic_TypeOfExploitation"],
      [fromXlsx, "D"],
    ] as const) {
      expect(result.report.fields.map((field) => field.field)).toEqual([
        "prs_FirstName",
        "prs_SecondName",
        "prs_Gender",
        "vic_TypeOfExploitation",
        "prs_Citizenship",
      ]);
      expect(result.report.invalidValues).toEqual([
        { row: result === fromCsv ? 1 : 3, column, code: "unknown_code", expected: "exploitation_form" },
      ]);
      expect(JSON.stringify(result.report)).not.toMatch(/zorblax/i);
    }
    expect(fromCsv.report.fields[0]?.note).toBe("Column 1 has no field name; read by its label");
    expect(fromXlsx.report.fields[0]?.note).toBe("Column A has no field name; read by its label");
  });

  it("reads Excel serial numbers in date columns and says so", async () => {
    const result = await readHtcds(csv, { format: "csv", organisation: "Keeper" });
    expect(result.records.find((record) => record.recordType === "referral")).toMatchObject({
      sentOn: "2021-01-01",
    });
    expect(result.report.fields.find((field) => field.field === "cas_OutgoingReferralDate")?.note).toContain(
      "1 dates were Excel serial numbers",
    );
  });

  it("reads formula cells' cached results with a warning, and reports formulas without one", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Cases");
      sheet.addRow(["prs_FirstName", "prs_SecondName", "prs_Birthdate", "vic_AgeWhenTrafficked"]);
      sheet.addRow([
        { formula: '"Al"&"ex"', result: "Alex" },
        { formula: "A2" },
        32874,
        { formula: "1/0", result: { error: "#DIV/0!" } },
      ]);
    });
    const result = await readHtcds(bytes, { format: "xlsx" });
    const victim = result.records.find((record) => record.recordType === "victim");
    expect(victim).toMatchObject({ givenName: "Alex", birthDate: "1990-01-01" });
    expect(result.report.issues.filter((issue) => issue.code === "formula_cached_result")).toEqual([
      expect.objectContaining({ row: 2, path: "/victim/givenName", severity: "warning" }),
    ]);
    expect(result.report.invalidValues).toEqual([
      { row: 2, column: "B", code: "cell_error", expected: "victim.familyName" },
      { row: 2, column: "D", code: "cell_error", expected: "victim.ageAtRecruitment" },
    ]);
    expect(JSON.stringify(result.report)).not.toContain("Alex");
  });

  it("reads the template's dropdown labels and row 2 labels back to codes", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("Case Sheet");
      sheet.addRow([null, "vic_MethodsOfControl", "vic_ForcedLabourIndustry", null]);
      sheet.addRow([null, "Methods of Control", "Forced Labour Industry", "Reason for Outgoing Referral"]);
      sheet.addRow([
        1,
        "Physical threats;Debt bondage ",
        "Water supply; sewerage, waste management and remediation",
        "Other",
      ]);
    });
    const result = await readHtcds(bytes, { format: "xlsx", organisation: "Keeper" });
    expect(result.records.find((record) => record.recordType === "victim")).toMatchObject({
      exploitation: { meansOfControl: ["threats", "debt_bondage"], labourIndustry: "E" },
    });
    expect(result.records.find((record) => record.recordType === "referral")).toMatchObject({
      reasons: ["other"],
    });
  });
});
