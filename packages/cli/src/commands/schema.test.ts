import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { RECORD_TYPES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { registerSchema } from "./schema.js";

const temp = tempDir("tip-schema-");
afterAll(() => temp.remove());
const published = join(
  dirname(createRequire(import.meta.url).resolve("@tip/schema/package.json")),
  "json-schema",
);

describe("tip schema", () => {
  it("writes the published JSON Schema of every record type, byte for byte", async () => {
    const { io, stdout } = memoryIo({ cwd: temp.dir });
    expect(await runAlone(registerSchema, ["schema", "--output", "schemas"], io)).toBe(0);
    const out = join(temp.dir, "schemas");
    expect(readdirSync(out).sort()).toEqual(RECORD_TYPES.map((type) => `${type}.schema.json`).sort());
    for (const name of readdirSync(out)) {
      expect(readFileSync(join(out, name), "utf8")).toBe(readFileSync(join(published, name), "utf8"));
    }
    expect(stdout.text()).toBe(`${RECORD_TYPES.length} JSON Schema files written to ${out}\n`);
  });

  it("writes to the current folder by default", async () => {
    const { io } = memoryIo({ cwd: temp.dir });
    expect(await runAlone(registerSchema, ["schema"], io)).toBe(0);
    expect(readdirSync(temp.dir)).toContain("victim.schema.json");
  });

  it("reports a folder it cannot create with exit code 2", async () => {
    const file = temp.write("a-file", "x");
    const { io, stderr } = memoryIo({ env: { LANG: "fr_FR.UTF-8" } });
    expect(await runAlone(registerSchema, ["schema", "--output", join(file, "sub")], io)).toBe(2);
    expect(stderr.text()).toContain("impossible d'écrire");
  });
});
