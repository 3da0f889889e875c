import { Buffer } from "node:buffer";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectFile } from "../detect/detect-file.js";
import { readCtdc, readCtdcStream } from "../standards/ctdc/read-ctdc.js";
import { readFlatCsv, readFlatCsvStream } from "../standards/flat-csv/read-flat-csv.js";
import { readHtcds } from "../standards/htcds/read-htcds.js";
import { readTipNdjsonStream } from "../standards/tip/read-tip-ndjson.js";
import { asSpanishExcel, inChunks } from "../testing/spanish-excel.js";
import { ConvertInputError } from "./convert-input-error.js";

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../standards/${path}`, import.meta.url)), "utf8");

/** A CTDC file with the numbers pandas writes (`2019.0`, `1.0`) and an accented column and value. */
const CTDC = [
  "yearOfRegistration,Datasource,gender,ageBroad,majorityStatus,citizenship,isForcedLabour,isSexualExploit,Observación",
  "2019.0,Case Management,Female,9--17,Minor,CO,1.0,0.0,José Muñoz",
  "2020.0,Hotline,Male,18--20,Adult,VE,0.0,1.0,Ñandú",
  "",
].join("\n");

const FLAT = fixture("flat-csv/fixtures/victim-read/input.csv");
const FLAT_AGES = `recordType,id,ageAtIdentification,givenName,citizenships\nvictim,3f2b8c1e-7d4a-4e9b-9c2d-1a2b3c4d5e01,16.0,Zoë,VE;CO\n`;
/** The HTCDS spellings fixture, with an accented name and a decimal age so that encoding and decimal mark matter. */
const HTCDS = fixture("htcds/fixtures/csv-spellings/input.csv")
  .replace("\nAna,Testa,", "\nAná,Téstà,")
  .replace(",ActualVictimOfTrafficking,29,", ",ActualVictimOfTrafficking,29.0,");

async function all<T>(records: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const record of records) out.push(record);
  return out;
}

function failure(run: () => unknown): ConvertInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConvertInputError) return error;
    throw error;
  }
  throw new Error("no ConvertInputError");
}

async function streamFailure(records: AsyncIterable<unknown>): Promise<ConvertInputError> {
  try {
    await all(records);
  } catch (error) {
    if (error instanceof ConvertInputError) return error;
    throw error;
  }
  throw new Error("no ConvertInputError");
}

const utf16le = (text: string, bom = true) => Buffer.from(`${bom ? "\ufeff" : ""}${text}`, "utf16le");
const utf16be = (text: string, bom = true) => utf16le(text, bom).swap16();

describe("text inputs: encodings and CSV dialects", () => {
  it("a Spanish Excel CTDC file converts to exactly the records of its comma / UTF-8 twin", async () => {
    const twin = readCtdc(CTDC);
    expect(twin.records).toHaveLength(2);
    expect(twin.report.invalidValues).toEqual([]);
    const spanish = asSpanishExcel(CTDC);
    expect(spanish.includes(Buffer.from("2019,0;"))).toBe(true);
    const sync = readCtdc(spanish, { encoding: "windows-1252" });
    expect(sync.records).toEqual(twin.records);
    expect(sync.report).toEqual(twin.report);
    const stream = readCtdcStream(inChunks(spanish, 7), { encoding: "windows-1252" });
    expect(await all(stream)).toEqual(twin.records);
    expect(stream.report()).toEqual(twin.report);
    // The accented column and value come through as written.
    expect(JSON.stringify(sync.records)).toContain("José Muñoz");
  });

  it("a Spanish Excel flat CSV converts to exactly the records of its twin, lists and decimals included", async () => {
    for (const csv of [FLAT, FLAT_AGES]) {
      const twin = readFlatCsv(csv);
      const spanish = asSpanishExcel(csv);
      expect(readFlatCsv(spanish, { encoding: "latin1" }).records).toEqual(twin.records);
      const stream = readFlatCsvStream(inChunks(spanish, 5), { encoding: "windows-1252" });
      expect(await all(stream)).toEqual(twin.records);
      expect(stream.report()).toEqual(twin.report);
    }
    const ages = readFlatCsv(asSpanishExcel(FLAT_AGES), { encoding: "windows-1252" }).records;
    expect(ages[0]).toMatchObject({ ageAtIdentification: 16, givenName: "Zoë", citizenships: ["VE", "CO"] });
  });

  it("a Spanish Excel HTCDS CSV converts to exactly the records of its twin", async () => {
    const twin = await readHtcds(HTCDS, { format: "csv" });
    expect(JSON.stringify(twin.records)).toContain("Téstà");
    const spanish = await readHtcds(asSpanishExcel(HTCDS), { format: "csv", encoding: "windows-1252" });
    expect(spanish.records).toEqual(twin.records);
    expect(spanish.report).toEqual(twin.report);
  });

  it("windows-1252 without its encoding is refused at its line, never read with U+FFFD", async () => {
    const spanish = asSpanishExcel(CTDC);
    const error = failure(() => readCtdc(spanish));
    expect(error.code).toBe("invalid_encoding");
    expect(error.row).toBe(1);
    expect(error.message).toContain("windows-1252");
    expect(error.message).not.toMatch(/Observ|Jos|Mu/);
    const streamed = await streamFailure(readCtdcStream(inChunks(spanish, 3)));
    expect([streamed.code, streamed.row]).toEqual(["invalid_encoding", 1]);
    const htcds = await readHtcds(asSpanishExcel(HTCDS), { format: "csv" }).catch((e: unknown) => e);
    expect((htcds as ConvertInputError).code).toBe("invalid_encoding");
  });

  it("UTF-16 LE and BE, with and without a byte order mark, and a UTF-8 byte order mark read like UTF-8", async () => {
    const twin = readFlatCsv(FLAT).records;
    for (const bytes of [
      utf16le(FLAT),
      utf16be(FLAT),
      utf16le(FLAT, false),
      utf16be(FLAT, false),
      Buffer.from(`\ufeff${FLAT}`),
    ]) {
      expect(readFlatCsv(bytes).records).toEqual(twin);
      expect(await all(readFlatCsvStream(inChunks(bytes, 3)))).toEqual(twin);
    }
  });

  it("invalid UTF-8 deep in a large file, across chunk boundaries, stops at its line", async () => {
    const row = "victim,,Ana,2001\n";
    const head = "recordType,id,givenName,birthYear\n";
    const bytes = Buffer.concat([
      Buffer.from(head + row.repeat(5000)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`\n${row}`),
    ]);
    for (const size of [65_536, 1000, 17]) {
      const error = await streamFailure(readFlatCsvStream(inChunks(bytes, size)));
      expect([error.code, error.row, error.place?.byteOffset]).toEqual([
        "invalid_encoding",
        5002,
        Buffer.byteLength(head + row.repeat(5000)),
      ]);
    }
  });

  it("a multi-byte character split across chunks is read whole", async () => {
    const twin = readFlatCsv(FLAT_AGES).records;
    const bytes = Buffer.from(FLAT_AGES);
    for (let cut = 1; cut < bytes.length; cut++) {
      const stream = readFlatCsvStream([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(await all(stream)).toEqual(twin);
    }
  });

  it("NUL bytes are refused with their line", async () => {
    const error = failure(() => readFlatCsv(Buffer.from("recordType,givenName\nvictim,a\u0000b\n")));
    expect([error.code, error.row]).toEqual(["nul_byte", 2]);
  });

  it("canonical NDJSON is decoded too, and bad bytes reject the stream", async () => {
    const record = '{"recordType":"victim","id":"3f2b8c1e-7d4a-4e9b-9c2d-1a2b3c4d5e01","givenName":"Zoë"}\n';
    const utf8 = await all(readTipNdjsonStream(Buffer.from(record)));
    expect(await all(readTipNdjsonStream(utf16le(record)))).toEqual(utf8);
    const bad = Buffer.concat([
      Buffer.from(record),
      Buffer.from(record.replace("Zoë", "Zo\u00eb"), "latin1"),
    ]);
    const error = await streamFailure(readTipNdjsonStream(bad));
    expect([error.code, error.row]).toEqual(["invalid_encoding", 2]);
  });

  it("a forced delimiter and encoding win; unknown ones are refused", () => {
    const tab = FLAT_AGES.replaceAll(",", "\t");
    expect(readFlatCsv(tab).records).toEqual(readFlatCsv(FLAT_AGES).records);
    expect(() => readFlatCsv(tab, { delimiter: "," })).toThrow(ConvertInputError);
    expect(() => readFlatCsv(FLAT_AGES, { encoding: "ebcdic" })).toThrow(TypeError);
    expect(() => readFlatCsv(FLAT_AGES, { delimiter: "|" })).toThrow(TypeError);
  });

  it("detectFile recognises CTDC, flat CSV and HTCDS headers with ';', in windows-1252 and UTF-16", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-detect-"));
    for (const [name, csv] of [
      ["ctdc", CTDC],
      ["flat", FLAT],
      ["htcds", HTCDS],
    ] as const) {
      const plain = join(dir, `${name}.csv`);
      writeFileSync(plain, csv);
      const expected = await detectFile(plain);
      expect(expected?.format).toBe(name === "flat" ? "csv" : name);
      for (const [suffix, bytes] of [
        ["es", asSpanishExcel(csv)],
        ["le", utf16le(csv)],
        ["be", utf16be(csv.replaceAll(",", ";"), false)],
      ] as const) {
        const path = join(dir, `${name}-${suffix}.csv`);
        writeFileSync(path, bytes);
        expect(await detectFile(path)).toEqual(expected);
      }
    }
  });
});
