// Worker threads need the built worker script, so these tests run the package as installed (`dist/`, built
// before the tests by `npm test`) and compare it with checking every line on the main thread.
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import { generate } from "@tip/testkit";
import { type StreamOptions, type Summary, validateStream as validateBuilt } from "@tip/validate";
import { describe, expect, it } from "vitest";
import { validateStream as validateSource } from "../src/public-api.js";
import { uuid, victim } from "./helpers.js";

/** Hands `bytes` to `validate` in chunks of `size` bytes. */
function inChunks(
  validate: typeof validateBuilt,
  bytes: Buffer,
  options: StreamOptions,
  size = 64 * 1024,
): Promise<Summary> {
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  return validate(chunks(), options);
}

/** Thousands of generated records (a dozen batches) with mistakes, ids across lines and broken lines. */
function corpus(): Buffer {
  const { records } = generate({ seed: 23, count: 4000, errorRate: 0.15 });
  const lines = records.map((record) => JSON.stringify(record));
  const twin = victim(uuid(7));
  lines.splice(10, 0, JSON.stringify(twin), "", "   \r");
  lines.splice(1500, 0, JSON.stringify(twin), '{"recordType":"victim","id":"x","id":"y"}');
  lines.splice(2500, 0, '{"recordType":"victim", broken', `${"[".repeat(5000)}${"]".repeat(5000)}`);
  lines.splice(3000, 0, JSON.stringify({ ...victim(uuid(8)), notes: "x".repeat(300 * 1024) }));
  lines.splice(3100, 0, "y".repeat(600 * 1024));
  const text = Buffer.from(`${lines.join("\r\n")}\r\n`);
  const cut = Buffer.from([0xc3, 0x28, 0x0a, 0x7b, 0x00, 0x7d, 0x0a]);
  return Buffer.concat([text, cut, Buffer.from(JSON.stringify(victim(uuid(9))).slice(0, 40))]);
}

const BYTES = corpus();
const OPTIONS = { format: "ndjson", maxIssues: 100_000, maxLineBytes: 512 * 1024 } as const;

describe("validateStream with worker threads (NDJSON)", () => {
  it("gives the same summary, issues and issue order as the main thread alone", async () => {
    const alone = await inChunks(validateBuilt, BYTES, { ...OPTIONS, workers: 0 });
    expect(alone.total).toBeGreaterThan(4000);
    expect(alone.invalid).toBeGreaterThan(300);
    expect(Object.keys(alone.byCode)).toEqual(
      expect.arrayContaining([
        "duplicate_id",
        "duplicate_key",
        "invalid_json",
        "nesting_too_deep",
        "line_too_long",
        "invalid_utf8",
        "nul_byte",
        "truncated_input",
      ]),
    );
    for (const workers of [1, 2, 3]) {
      const threaded = await inChunks(validateBuilt, BYTES, { ...OPTIONS, workers }, 100_003);
      expect(threaded).toEqual(alone);
    }
  });

  it("gives the same result as the sources, in each language", async () => {
    for (const lang of ["en", "es", "fr", "pt"] as const) {
      const source = await inChunks(validateSource, BYTES, { ...OPTIONS, lang, workers: 0 });
      const threaded = await inChunks(validateBuilt, BYTES, { ...OPTIONS, lang, workers: 2 });
      expect(threaded).toEqual(source);
    }
  });

  it("reports an input that is not NDJSON once, and stops checking its lines, the same way", async () => {
    const csv = Buffer.from(
      `id,sex\n${Array.from({ length: 5000 }, (_, i) => `${uuid(i)},female`).join("\n")}\n`,
    );
    const alone = await inChunks(validateBuilt, csv, { ...OPTIONS, workers: 0 }, 4096);
    const threaded = await inChunks(validateBuilt, csv, { ...OPTIONS, workers: 2 }, 4096);
    expect(threaded).toEqual(alone);
    expect(alone.byCode).toEqual({ not_declared_format: 1 });
    expect(alone.skipped).toBe(5001);
  });

  it("finds the worker script from the CommonJS build too", async () => {
    const require = createRequire(import.meta.url);
    const cjs = require("@tip/validate") as { validateStream: typeof validateBuilt };
    const alone = await inChunks(validateBuilt, BYTES, { ...OPTIONS, workers: 0 });
    expect(await inChunks(cjs.validateStream, BYTES, { ...OPTIONS, workers: 2 })).toEqual(alone);
  });

  it("refuses a number of workers without the worker script (sources), or that is not a whole number", async () => {
    await expect(inChunks(validateSource, BYTES, { ...OPTIONS, workers: 2 })).rejects.toThrow(
      /worker script/,
    );
    await expect(inChunks(validateBuilt, BYTES, { ...OPTIONS, workers: -1 })).rejects.toThrow(TypeError);
    await expect(inChunks(validateBuilt, BYTES, { ...OPTIONS, workers: 1.5 })).rejects.toThrow(TypeError);
  });

  it("stops its workers when the signal aborts", async () => {
    const controller = new AbortController();
    const run = inChunks(validateBuilt, BYTES, { ...OPTIONS, workers: 2, signal: controller.signal }, 4096);
    controller.abort(new Error("stopped by the test"));
    await expect(run).rejects.toThrow("stopped by the test");
  });
});
