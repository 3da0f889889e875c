// Profiles reach every path of the validator: one record, a bundle, a stream on this thread and in workers
// (the worker script is the built one, like workers.test.ts).
import { Buffer } from "node:buffer";
import { loadProfile, type Profile, SHIPPED_PROFILES } from "@tip/schema";
import { validateStream as validateBuilt } from "@tip/validate";
import { describe, expect, it } from "vitest";
import { validateBundle, validateRecord, validateStream } from "../src/public-api.js";
import { example, uuid, validateText } from "./helpers.js";

function profile(id: string): Profile {
  const result = loadProfile(SHIPPED_PROFILES[id]);
  if (!result.ok) throw new Error(`shipped profile ${id} does not load`);
  return result.profile;
}

/** An identified adult victim with act and purpose but no means. */
function adultWithoutMeans(n: number): Record<string, unknown> {
  const victim = { ...example("victim"), id: uuid(n) } as Record<string, unknown>;
  const exploitation = { ...(victim.exploitation as Record<string, unknown>) };
  delete exploitation.palermoMeans;
  delete exploitation.meansOfControl;
  victim.exploitation = exploitation;
  return victim;
}

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code);

describe("profiles in @tip/validate", () => {
  it("validateRecord: palermo errs, mx and ar find nothing", () => {
    const record = adultWithoutMeans(1);
    const palermo = validateRecord(record, { profile: profile("palermo") });
    expect(palermo.ok).toBe(false);
    expect(codes(palermo.issues)).toEqual(["adult_victim_without_means"]);
    for (const id of ["mx", "ar"]) {
      const result = validateRecord(record, { profile: profile(id) });
      expect(result.ok).toBe(true);
      expect(result.issues).toEqual([]);
    }
  });

  it("validateBundle applies the profile to every record", () => {
    const bundle = { ...example("bundle"), records: [adultWithoutMeans(2)] };
    expect(validateBundle(bundle, { profile: profile("palermo") }).summary.invalid).toBe(1);
    expect(validateBundle(bundle, { profile: profile("mx") }).summary.invalid).toBe(0);
  });

  it("validateStream applies the profile in NDJSON, JSON and with worker threads alike", async () => {
    const lines = Array.from({ length: 3000 }, (_, n) => JSON.stringify(adultWithoutMeans(n + 10)));
    const text = `${lines.join("\n")}\n`;
    for (const [id, invalid] of [
      ["palermo", 3000],
      ["mx", 0],
    ] as const) {
      const options = { maxIssues: 10, profile: profile(id), references: false } as const;
      const here = await validateText(text, { format: "ndjson", workers: 0, ...options });
      const json = await validateText(`[${lines.join(",")}]`, { format: "json", ...options });
      const threads = await validateBuilt(
        (async function* () {
          yield Buffer.from(text);
        })(),
        { format: "ndjson", workers: 2, ...options },
      );
      for (const summary of [here, json, threads]) {
        expect(summary.total).toBe(3000);
        expect(summary.invalid).toBe(invalid);
      }
    }
  });

  it("without a profile the stream checks against core, as before", async () => {
    const summary = await validateStream(
      (async function* () {
        yield Buffer.from(`${JSON.stringify(adultWithoutMeans(5))}\n`);
      })(),
      { format: "ndjson", workers: 0 },
    );
    expect(summary.total).toBe(1);
    expect(summary.issues.map((issue) => issue.code)).toEqual(["adult_victim_without_means"]);
  });
});
