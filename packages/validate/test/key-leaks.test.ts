import { describe, expect, it } from "vitest";
import { formatTextReport, type Summary, toJsonReport } from "../src/public-api.js";
import { example, MESSAGES, uuid, validateText, victim } from "./helpers.js";

// Keys, headers and namespaces are any text: a victim's name typed in the wrong place. No issue, JSON report or
// text report may show one; each issue points at the object and numbers the key as it is written.

const CANARY = "Qz7Canary";
const HOSTILE_KEYS = [
  `${CANARY} María López`,
  `\u001b[31m${CANARY}\u001b[0m`,
  `${CANARY}\nline two\r\n`,
  "__proto__",
  `${CANARY}${"x".repeat(10_000 - CANARY.length)}`,
];
const LANGS = ["en", "es", "fr", "pt"] as const;

/** A victim's JSON text with `keys` written after its own keys (as text: `__proto__` stays a plain key). */
function withKeys(
  record: Record<string, unknown>,
  keys: readonly string[],
  value = `"${CANARY}-value"`,
): string {
  const text = JSON.stringify(record);
  return `${text.slice(0, -1)},${keys.map((key) => `${JSON.stringify(key)}:${value}`).join(",")}}`;
}

/** Everything the package can print or write about a run. */
function outputs(summary: Summary): string[] {
  const reports = LANGS.flatMap((lang) => [
    formatTextReport(summary, { locale: MESSAGES[lang] }),
    formatTextReport(summary, { locale: MESSAGES[lang], color: true }),
  ]);
  return [JSON.stringify(summary), JSON.stringify(toJsonReport(summary)), ...reports];
}

function expectNothingShown(summary: Summary): void {
  for (const output of outputs(summary)) {
    expect(output).not.toContain(CANARY);
    expect(output).not.toContain("__proto__");
    expect(output).not.toContain("xxxxxxxxxx");
    expect(output).not.toContain("María");
    expect(output).not.toContain("line two");
  }
}

const one = victim(uuid(1));
const ownKeys = Object.keys(one).length;

describe("keys that are not in the model are never shown", () => {
  for (const lang of LANGS) {
    it(`NDJSON, JSON array and bundle: at the record, numbered as written (${lang})`, async () => {
      const line = withKeys(one, HOSTILE_KEYS);
      const bundle = JSON.stringify({ ...example("bundle"), records: ["RECORD"] }).replace('"RECORD"', line);
      const texts = {
        ndjson: { text: `${line}\n`, prefix: "" },
        json: { text: `[${line}]`, prefix: "/0" },
        bundle: { text: bundle, prefix: "/records/0" },
      };
      for (const [name, { text, prefix }] of Object.entries(texts)) {
        const format = name === "ndjson" ? "ndjson" : "json";
        const summary = await validateText(text, { format, lang });
        expectNothingShown(summary);
        const unknown = summary.issues.filter((issue) => issue.code === "unknown_field");
        expect(
          unknown.map((issue) => [issue.path, issue.params.position]),
          name,
        ).toEqual(HOSTILE_KEYS.map((_, index) => [prefix, ownKeys + index + 1]));
        for (const issue of unknown) expect(issue.message).toContain(String(issue.params.position));
      }
    });
  }

  it("in a nested object: at that object", async () => {
    const identification = one.identification as Record<string, unknown>;
    const line = JSON.stringify(one).replace(
      JSON.stringify(identification),
      withKeys(identification, HOSTILE_KEYS),
    );
    const summary = await validateText(`${line}\n`, { format: "ndjson" });
    expectNothingShown(summary);
    const unknown = summary.issues.filter((issue) => issue.code === "unknown_field");
    const before = Object.keys(identification).length;
    expect(unknown.map((issue) => [issue.path, issue.params.position])).toEqual(
      HOSTILE_KEYS.map((_, index) => ["/identification", before + index + 1]),
    );
  });

  it("counts keys in the order they are written, though JSON lists keys such as 7 first", async () => {
    const line = withKeys(one, [CANARY, "7", `${CANARY}2`]);
    const summary = await validateText(`${line}\n`, { format: "ndjson", workers: 0 });
    const positions = summary.issues
      .filter((issue) => issue.code === "unknown_field")
      .map((issue) => issue.params.position);
    // Written after the record's own keys: the canary, then "7", then the second canary.
    expect([...positions].sort((a, b) => Number(a) - Number(b))).toEqual([
      ownKeys + 1,
      ownKeys + 2,
      ownKeys + 3,
    ]);
    for (const issue of summary.issues)
      if (issue.code === "unknown_field") expect(issue.message).toContain(String(issue.params.position));
  });

  it("a repeated unknown key: at its object, by the place of its second writing", async () => {
    const line = withKeys(one, [`\u001b[31m${CANARY}`, `\u001b[31m${CANARY}`]);
    const summary = await validateText(`${line}\n`, { format: "ndjson" });
    expectNothingShown(summary);
    const duplicate = summary.issues.filter((issue) => issue.code === "duplicate_key");
    expect(duplicate.map((issue) => [issue.path, issue.params])).toEqual([["", { position: ownKeys + 2 }]]);
  });

  it("a repeated key inside extensions: at extensions, by the namespace's place", async () => {
    const extensions = `{"lc":{},"ns":{${JSON.stringify(CANARY)}:1,${JSON.stringify(CANARY)}:2}}`;
    const line = withKeys(one, ["extensions"], extensions);
    const summary = await validateText(`${line}\n`, { format: "ndjson" });
    expectNothingShown(summary);
    expect(summary.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ["duplicate_key", "/extensions", { position: 2 }],
    ]);
  });

  it("an extension namespace that is a name: at extensions, numbered", async () => {
    const line = withKeys(one, ["extensions"], `{"lc":{},${JSON.stringify(`${CANARY} María`)}:{}}`);
    for (const lang of LANGS) {
      const summary = await validateText(`${line}\n`, { format: "ndjson", lang });
      expectNothingShown(summary);
      expect(summary.issues.map((issue) => [issue.code, issue.path, issue.params.position])).toEqual([
        ["invalid_format", "/extensions", 2],
      ]);
      expect(summary.issues[0]?.message).toContain("2");
    }
  });

  it("CSV: a header that is a name, with escapes, is named by its column number", async () => {
    const header = `id,sex,"\u001b[31m${CANARY}\nMaría",extensions.${CANARY}.x`;
    const summary = await validateText(`${header}\n${uuid(1)},female,${CANARY}-cell,${CANARY}-cell\n`, {
      format: "csv",
      recordType: "victim",
    });
    expectNothingShown(summary);
    expect(summary.issues.map((issue) => [issue.code, issue.column])).toEqual([
      ["csv_extra_column", 3],
      ["csv_extra_column", 4],
    ]);
  });
});
