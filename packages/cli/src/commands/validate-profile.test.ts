import { afterAll, describe, expect, it } from "vitest";
import { toNdjson, validVictim } from "../testing/records.js";
import { spawnCli } from "../testing/spawn-cli.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

/** An identified adult victim with act and purpose but no means. */
function adultWithoutMeans(index: number): Record<string, unknown> {
  const victim = validVictim(index);
  const exploitation = { ...(victim.exploitation as Record<string, unknown>) };
  delete exploitation.palermoMeans;
  delete exploitation.meansOfControl;
  return { ...victim, exploitation };
}

const file = tmp.write("no-means.ndjson", toNdjson([adultWithoutMeans(1)]));
const title = { en: "T", es: "T", fr: "T", pt: "T" };
const profileFile = (name: string, body: unknown) =>
  tmp.write(name, typeof body === "string" ? body : JSON.stringify(body));
const base = { id: "lc", title, version: "1.0.0", basedOn: "core", sources: [{ title: "Act 1" }] };

describe("tip validate --profile", () => {
  it("palermo: an adult victim without means is invalid (exit 1)", async () => {
    const run = await spawnCli(["validate", file, "--profile", "palermo", "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).byCode).toEqual({ adult_victim_without_means: 1 });
  });

  it.each(["mx", "ar"])("%s: the same record is valid with no finding (exit 0)", async (id) => {
    const run = await spawnCli(["validate", file, "--profile", id, "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: 1, invalid: 0, issues: [] });
  });

  it("takes a profile file based on a shipped profile", async () => {
    const path = profileFile("lc.json", { ...base, basedOn: "mx" });
    const run = await spawnCli(["validate", file, "--profile", path]);
    expect(run.code).toBe(0);
  });

  it.each([
    ["bad JSON", "{ nope", "at /: The profile is not valid JSON"],
    [
      "an unknown rule",
      { ...base, rules: { no_rule: { severity: "off", clause: "x" } } },
      "at /rules: No rule of the model has this code. See key number 1 of this object.",
    ],
    [
      "a code not in the base list",
      { ...base, codeLists: { sex: { restrictTo: ["zz"] } } },
      "/codeLists/sex/restrictTo/0",
    ],
    ["a cycle in basedOn", { ...base, basedOn: "lc" }, "/basedOn"],
    ["a __proto__ key", '{"__proto__": {"id": "x"}}', "/__proto__"],
  ])("reports %s with its place and exit 2, no stack trace", async (_, body, expected) => {
    const path = profileFile("lc.json", body);
    const run = await spawnCli(["validate", file, "--profile", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
  });

  it("reports a missing profile file with exit 2, in the language asked", async () => {
    const run = await spawnCli(["validate", file, "--profile", "nowhere.json", "--lang", "es"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no se puede leer el perfil");
  });
});
