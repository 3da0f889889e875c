import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../run.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const temp = tempDir("tip-output-option-");
afterAll(() => temp.remove());

/** How each command is asked for a small output, before the output option. */
const COMMANDS = {
  synth: ["synth", "--count", "2"],
  schema: ["schema"],
  docs: ["docs", "--lang", "en"],
} as const;

async function help(command: string): Promise<string> {
  const { io, stdout } = memoryIo();
  expect(await run([command, "--help"], io)).toBe(0);
  return stdout.text();
}

describe("-o, --output on the commands that once had --out", () => {
  for (const [command, argv] of Object.entries(COMMANDS)) {
    it(`tip ${command} writes to -o, --output and to the older --out alike`, async () => {
      const written: string[][] = [];
      for (const spelling of ["-o", "--output", "--out"]) {
        const target = `${command}${spelling.replace(/-/g, "_")}`;
        const { io, stderr } = memoryIo({ cwd: temp.dir });
        expect(await run([...argv, spelling, target], io), stderr.text()).toBe(0);
        const path = join(temp.dir, target);
        written.push(command === "synth" ? [readFileSync(path, "utf8")] : readdirSync(path).sort());
      }
      expect(written[0]?.length).toBeGreaterThan(0);
      expect(written[1]).toEqual(written[0]);
      expect(written[2]).toEqual(written[0]);
    });

    it(`tip ${command} --help shows -o, --output and not --out`, async () => {
      const text = await help(command);
      expect(text).toMatch(/-o, --output <(file|dir)>/);
      expect(text).not.toMatch(/--out\b(?!put)/);
    });
  }

  it("names the option as the help does when a folder output is missing", async () => {
    const { io, stderr } = memoryIo();
    expect(await run(["docs", "--lang", "en"], io)).toBe(2);
    expect(stderr.text()).toContain("option --output is required");
  });
});
