import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { found, ndjson, uuid, validateText, victim } from "./helpers.js";

const counts = (s: { total: number; valid: number; invalid: number; skipped: number }) => [
  s.total,
  s.valid,
  s.invalid,
  s.skipped,
];

/** A flat CSV of victims, as a comma / UTF-8 file. */
const CSV = `recordType,id,sex,ageAtIdentification,givenName\r\nvictim,${uuid(1)},female,16.0,José\r\nvictim,${uuid(2)},male,17,Muñoz\r\n`;
/** The same file as Excel saves it in a Spanish locale: semicolons, decimal commas, windows-1252, CRLF. */
const SPANISH = Buffer.from(
  `recordType;id;sex;ageAtIdentification;givenName\r\nvictim;${uuid(1)};female;16,0;Jos\u00e9\r\nvictim;${uuid(2)};male;17;Mu\u00f1oz\r\n`,
  "latin1",
);
const utf16le = (text: string, bom = true) => Buffer.from(`${bom ? "\ufeff" : ""}${text}`, "utf16le");
const utf16be = (text: string, bom = true) => utf16le(text, bom).swap16();

describe("text encodings", () => {
  it("reads UTF-16 LE and BE, with and without a byte order mark, in CSV and NDJSON", async () => {
    const lines = ndjson([victim(uuid(1)), victim(uuid(2))]);
    for (const encode of [utf16le, utf16be]) {
      for (const bom of [true, false]) {
        const csv = await validateText(encode(CSV, bom), { format: "csv" }, 7);
        expect(found(csv)).toEqual([]);
        expect(counts(csv)).toEqual([2, 2, 0, 0]);
        const records = await validateText(encode(lines, bom), { format: "ndjson" }, 1001);
        expect(found(records)).toEqual([]);
        expect(counts(records)).toEqual([2, 2, 0, 0]);
      }
    }
  });

  it("UTF-16 read as declared UTF-8 is refused once, as before", async () => {
    const summary = await validateText(utf16le(CSV), { format: "csv", encoding: "utf-8" });
    expect(summary.issues.map((issue) => [issue.code, issue.params.detected])).toEqual([
      ["not_declared_format", "utf-16"],
    ]);
  });

  it("windows-1252 without --encoding: the row is reported at its line and skipped, never read with U+FFFD", async () => {
    // LF here: a skipped row in a CRLF file is a row-accounting matter of the CSV reader, tested there.
    const lf = Buffer.from(SPANISH.toString("latin1").replaceAll("\r\n", "\n"), "latin1");
    const summary = await validateText(lf, { format: "csv" });
    expect(found(summary)).toEqual([
      ["invalid_utf8", "", 2],
      ["invalid_utf8", "", 3],
    ]);
    expect(counts(summary)).toEqual([2, 0, 0, 2]);
    expect(summary.issues[0]?.message).toContain("windows-1252");
  });

  it("a Spanish Excel file checks exactly as its comma / UTF-8 twin once its encoding is given", async () => {
    const twin = await validateText(CSV, { format: "csv" });
    const spanish = await validateText(SPANISH, { format: "csv", encoding: "windows-1252" }, 5);
    expect(counts(twin)).toEqual([2, 2, 0, 0]);
    expect(counts(spanish)).toEqual(counts(twin));
    expect(found(spanish)).toEqual(found(twin));
  });

  it("reads Latin-1 header names as the characters they are", async () => {
    const file = Buffer.from(`recordType;id;se\u00f1a\nvictim;${uuid(1)};x\n`, "latin1");
    const summary = await validateText(file, { format: "csv", encoding: "latin1" });
    // Decoded, the header is one unknown column (named by number, never by its text), not an encoding error.
    expect(summary.issues.map((issue) => [issue.code, issue.params.column])).toEqual([
      ["csv_extra_column", 3],
    ]);
  });

  it("decimal commas are numbers in a semicolon file; a point there is not read as one", async () => {
    const ok = await validateText(`recordType;id;ageAtIdentification\nvictim;${uuid(1)};16,0\n`, {
      format: "csv",
    });
    expect(counts(ok)).toEqual([1, 1, 0, 0]);
    const point = await validateText(`recordType;id;ageAtIdentification\nvictim;${uuid(1)};16.0\n`, {
      format: "csv",
    });
    expect(counts(point)).toEqual([1, 0, 1, 0]);
    expect(found(point)).toEqual([["invalid_type", "/ageAtIdentification", 2]]);
    const told = await validateText(`recordType;id;ageAtIdentification\nvictim;${uuid(1)};16.0\n`, {
      format: "csv",
      decimalComma: false,
    });
    expect(counts(told)).toEqual([1, 1, 0, 0]);
  });

  it("a forced delimiter wins over the header", async () => {
    const tab = `recordType\tid\tsex\nvictim\t${uuid(1)}\tfemale\n`;
    expect(counts(await validateText(tab, { format: "csv" }))).toEqual([1, 1, 0, 0]);
    const forced = await validateText(tab, { format: "csv", delimiter: "," });
    expect(forced.valid).toBe(0);
  });

  it("invalid UTF-8 deep in a large CSV, across chunk boundaries: that row only, at its line", async () => {
    const row = (n: number) => `victim,${uuid(n)},female,16,Ana\n`;
    const head = `recordType,id,sex,ageAtIdentification,givenName\n`;
    const rows = Array.from({ length: 3000 }, (_, i) => row(i + 1));
    const bad = Buffer.from(rows[1499] as string);
    bad[bad.length - 3] = 0xff;
    const file = Buffer.concat([
      Buffer.from(head + rows.slice(0, 1499).join("")),
      bad,
      Buffer.from(rows.slice(1500).join("")),
    ]);
    for (const size of [65_536, 4096, 13]) {
      const summary = await validateText(file, { format: "csv" }, size);
      expect(found(summary)).toEqual([["invalid_utf8", "", 1501]]);
      expect(counts(summary)).toEqual([3000, 2999, 0, 1]);
    }
  });

  it("a multi-byte character split across chunks is read whole, in every encoding", async () => {
    const text = `recordType,id,givenName\nvictim,${uuid(1)},\u00c9lodie \u{1d11e}\n`;
    for (const [bytes, encoding] of [
      [Buffer.from(text), "auto"],
      [utf16le(text), "auto"],
      [utf16be(text, false), "auto"],
    ] as const) {
      for (let size = 1; size < 9; size++) {
        const summary = await validateText(bytes, { format: "csv", encoding }, size);
        expect(found(summary)).toEqual([]);
        expect(summary.valid).toBe(1);
      }
    }
  });

  it("UTF-16 with an unpaired surrogate stops at its line with invalid_encoding", async () => {
    const head = Buffer.from(`\ufeffrecordType,id\nvictim,${uuid(1)}\nvictim,`, "utf16le");
    const file = Buffer.concat([head, Buffer.from([0x00, 0xd8]), Buffer.from(`x\n`, "utf16le")]);
    const summary = await validateText(file, { format: "csv" });
    expect(found(summary)).toEqual([["invalid_encoding", "", 3]]);
    expect(summary.issues[0]?.params).toEqual({ encoding: "utf-16le" });
    expect(summary.valid).toBe(1);
  });

  it("NUL bytes in a windows-1252 file are reported by row", async () => {
    const file = Buffer.from(`recordType;id\nvictim;${uuid(1)}\nvictim;a\u0000b\n`, "latin1");
    const summary = await validateText(file, { format: "csv", encoding: "windows-1252" });
    expect(found(summary)).toEqual([["nul_byte", "", 3]]);
    expect(counts(summary)).toEqual([2, 1, 0, 1]);
  });

  it("refuses an unknown encoding or delimiter as a usage error", async () => {
    await expect(validateText(CSV, { format: "csv", encoding: "ebcdic" })).rejects.toThrow(TypeError);
    await expect(validateText(CSV, { format: "csv", delimiter: "|" })).rejects.toThrow(TypeError);
  });
});
