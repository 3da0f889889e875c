import { Buffer } from "node:buffer";
import { anyValue, CANARY, mutatedRecord, prototypeNames, withCanary } from "@tip/testkit/hostile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../messages/messages.js";
import { faultText, InputPass, leftOutNotes } from "./read-input.js";

// The reader `tip stats`, `anonymize` and `export` share, fed arbitrary bytes: it never throws, every item
// read is handed on or left out with a reason, and nothing of the input reaches what is printed.

const messages = await messagesFor("en");

/** Reads all of `bytes`, cut into chunks of `size` bytes, as one pass. */
async function readAll(bytes: Uint8Array, size: number) {
  const pass = new InputPass();
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += size) yield Buffer.from(bytes.subarray(at, at + size));
  }
  const handed: unknown[] = [];
  for await (const record of pass.records(chunks())) handed.push(record.value);
  return { pass, handed };
}

/** JSON text of a value, or of `{}` for a value JSON cannot hold (a BigInt). */
function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "null";
  } catch {
    return "{}";
  }
}

const item = fc.oneof(
  mutatedRecord,
  anyValue.map((value) => withCanary(value)),
);

/** NDJSON, a bundle or an array of items, as bytes, sometimes with bytes changed, cut short, or CRLF. */
const inputs = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc
    .tuple(
      fc.array(item, { maxLength: 5 }),
      fc.constantFrom("ndjson", "bundle", "array"),
      fc.constantFrom("\n", "\r\n"),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
      fc.option(fc.nat()),
    )
    .map(([items, shape, ending, changes, cut]) => {
      const lines = items.map(jsonOf);
      const text =
        shape === "ndjson"
          ? lines.map((line) => line + ending).join("")
          : shape === "bundle"
            ? `{"recordType":"bundle","records":[${ending}${lines.join(`,${ending}`)}${ending}]}${ending}`
            : `[${lines.join(`,${ending}`)}]${ending}`;
      const bytes = Buffer.from(text, "utf8");
      for (const [at, byte] of changes) if (bytes.length > 0) bytes[at % bytes.length] = byte;
      return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
    }),
);

/** The control characters of a text other than tab and line feed, as code points. */
const controls = (text: string) =>
  [...text]
    .map((char) => char.codePointAt(0) ?? 0)
    .filter((code) => (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f));

describe("InputPass on arbitrary bytes (property)", () => {
  it("never throws, accounts for every item read, and prints nothing of the input", async () => {
    const before = prototypeNames();
    await fc.assert(
      fc.asyncProperty(inputs, fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
        const { pass, handed } = await readAll(bytes, size);
        if (pass.fault !== undefined) {
          const text = faultText(pass.fault, "in.ndjson", messages);
          expect(text).not.toContain(CANARY);
          expect(controls(text)).toEqual([]);
          return;
        }
        expect(pass.read, "read = handed on + left out").toBe(handed.length + pass.leftOutCount);
        for (const value of handed) {
          expect(typeof value === "object" && value !== null && !Array.isArray(value)).toBe(true);
          expect((value as Record<string, unknown>).recordType).not.toBe("bundle");
        }
        const notes = leftOutNotes(pass, messages).join("\n");
        expect(notes).not.toContain(CANARY);
        expect(controls(notes)).toEqual([]);
        expect(prototypeNames()).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
