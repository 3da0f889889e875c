import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { CsvGate } from "./csv-gate.js";

function run(chunks: readonly Buffer[], max: number): { text: string; gate: CsvGate } {
  const gate = new CsvGate(max);
  const out: (Buffer | string)[] = [];
  for (const chunk of chunks) out.push(...gate.push(chunk));
  out.push(...gate.end());
  return { text: out.map((piece) => piece.toString()).join(""), gate };
}

const rows = (text: string) => text.split("\n");
/** The cell of a marker line (a quoted cell). */
const cell = (line: string | undefined) => (line ?? "").slice(1, -1);

describe("CsvGate", () => {
  it("passes well-formed rows through unchanged, whatever the chunking", () => {
    const csv = 'a,b\n"x\ny",2\n"q""uo""te",3\n';
    expect(run([Buffer.from(csv)], 100).text).toBe(csv);
    const bytes = Buffer.from(csv);
    expect(
      run(
        [...bytes].map((byte) => Buffer.of(byte)),
        100,
      ).text,
    ).toBe(csv);
  });

  it("replaces a row over the limit by one marker line and keeps each row's first line", () => {
    const csv = `a,b\n"${"x".repeat(50)}\n${"y".repeat(50)}",1\nc,d\n`;
    const { text, gate } = run([Buffer.from(csv)], 64);
    const lines = rows(text);
    expect(lines[0]).toBe("a,b");
    expect(gate.withheld([cell(lines[1])])).toBe("record_too_large");
    expect(lines[2]).toBe("c,d");
    expect([gate.nextLine(), gate.nextLine(), gate.nextLine(), gate.nextLine()]).toEqual([
      1,
      2,
      4,
      undefined,
    ]);
  });

  it("ends rows at LF, CRLF and CR, mixed in one file, and counts their lines exactly", () => {
    const csv = 'a,b\r\n"x\r\ny",1\n"p\rq",2\rc,3\r\n\r\nd,4';
    for (const chunks of [[Buffer.from(csv)], [...Buffer.from(csv)].map((byte) => Buffer.of(byte))]) {
      const { text, gate } = run(chunks, 100);
      expect(text).toBe(`${csv}\n`);
      const lines = Array.from({ length: 6 }, () => gate.nextLine());
      expect(lines).toEqual([1, 2, 4, 6, 8, undefined]);
    }
  });

  it("withholds the first line of a row with text after a closing quote and reads the next lines again", () => {
    const { text, gate } = run([Buffer.from('a,b\n"x\ny"z,1\nc,2\n')], 100);
    const lines = rows(text);
    expect(gate.withheld([cell(lines[1])])).toBe("text_after_quote");
    expect(lines.slice(2)).toEqual(['y"z,1', "c,2", ""]);
    expect([gate.nextLine(), gate.nextLine(), gate.nextLine(), gate.nextLine()]).toEqual([1, 2, 3, 4]);
  });

  it("withholds a row with a NUL byte or bytes that are not UTF-8", () => {
    const csv = Buffer.concat([Buffer.from("a,b\nx\u0000,1\n"), Buffer.from([0x79, 0xff, 0x2c, 0x32, 0x0a])]);
    const { text, gate } = run([csv], 64);
    const [, nul, utf8] = rows(text);
    expect(gate.withheld([cell(nul)])).toBe("nul_byte");
    expect(gate.withheld([cell(utf8)])).toBe("invalid_utf8");
  });

  it("withholds the first line of a row left inside quotes as cut short, and reads the lines after it", () => {
    const { text, gate } = run([Buffer.from('a,b\n"open,1\n2,3')], 64);
    expect(gate.withheld([cell(rows(text)[1])])).toBe("truncated_input");
    expect(rows(text).slice(2)).toEqual(["2,3", ""]);
  });

  it("recognises only its own markers", () => {
    expect(new CsvGate(10).withheld(["\u0000abc:record_too_large"])).toBe(undefined);
  });
});
