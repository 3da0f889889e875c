import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run.js";
import { memoryIo } from "./testing/memory-io.js";
import { invalidVictim, toNdjson, validVictim } from "./testing/records.js";
import { tempDir } from "./testing/temp-dir.js";
import { PROGRESS_MIN_BYTES } from "./validate/progress.js";

const ESC = "\u001b[";
const tmp = tempDir();
afterAll(() => tmp.remove());

const invalid = tmp.write("invalid.ndjson", toNdjson([validVictim(1), invalidVictim(2)]));

/** An NDJSON file just over the progress-bar threshold. */
function largeFile(): string {
  const line = toNdjson([validVictim(3)]);
  const lines: string[] = [];
  for (let index = 0, size = 0; size <= PROGRESS_MIN_BYTES; index++, size += line.length) {
    lines.push(toNdjson([validVictim(index)]));
  }
  return tmp.write("large.ndjson", lines.join(""));
}

describe("run (in-process)", () => {
  it("colours the text report only when stdout is a terminal and NO_COLOR is unset", async () => {
    const tty = memoryIo({ stdoutTTY: true });
    expect(await run(["validate", invalid], tty.io)).toBe(1);
    expect(tty.stdout.text()).toContain(ESC);

    const noColor = memoryIo({ stdoutTTY: true, env: { NO_COLOR: "1" } });
    await run(["validate", invalid], noColor.io);
    expect(noColor.stdout.text()).not.toContain(ESC);

    const piped = memoryIo();
    await run(["validate", invalid], piped.io);
    expect(piped.stdout.text()).not.toContain(ESC);
    expect(piped.stdout.text().length).toBeGreaterThan(0);

    // FORCE_COLOR colours a pipe too, and its 0 turns colour off on a terminal.
    const forced = memoryIo({ env: { FORCE_COLOR: "1" } });
    await run(["validate", invalid], forced.io);
    expect(forced.stdout.text()).toContain(ESC);
    const forcedOff = memoryIo({ stdoutTTY: true, env: { FORCE_COLOR: "0" } });
    await run(["validate", invalid], forcedOff.io);
    expect(forcedOff.stdout.text()).not.toContain(ESC);
  });

  it("never colours a JSON report", async () => {
    const tty = memoryIo({ stdoutTTY: true });
    await run(["validate", "--format", "json", invalid], tty.io);
    expect(tty.stdout.text()).not.toContain(ESC);
    expect(() => JSON.parse(tty.stdout.text())).not.toThrow();
  });

  it("draws a progress bar on stderr for a large file only when stderr is a terminal", async () => {
    const large = largeFile();
    const tty = memoryIo({ stderrTTY: true });
    expect(await run(["validate", large], tty.io)).toBe(0);
    expect(tty.stderr.text()).toContain("Checking");
    expect(tty.stderr.text()).toContain("%");

    const piped = memoryIo();
    expect(await run(["validate", large], piped.io)).toBe(0);
    expect(piped.stderr.text()).toBe("");

    const small = memoryIo({ stderrTTY: true });
    await run(["validate", invalid], small.io);
    expect(small.stderr.text()).toBe("");
  });

  it("counts the megabytes of a long standard input on a terminal, and clears the count at the end", async () => {
    const large = readFileSync(largeFile());
    const tty = memoryIo({ stderrTTY: true, stdin: Readable.from([large]) });
    expect(await run(["validate", "-"], tty.io)).toBe(0);
    expect(tty.stderr.text()).toMatch(/Checking - \| 5 MB/);
    expect(tty.stderr.text().endsWith("\r\u001b[K")).toBe(true);

    const piped = memoryIo({ stdin: Readable.from([large]) });
    expect(await run(["validate", "-"], piped.io)).toBe(0);
    expect(piped.stderr.text()).toBe("");
  });

  it("resolves relative names against io.cwd and returns 2 without touching the process", async () => {
    const { io, stderr } = memoryIo({ cwd: tmp.dir });
    expect(await run(["validate", "invalid.ndjson"], io)).toBe(1);
    expect(await run(["validate", "nope.ndjson"], io)).toBe(2);
    expect(stderr.text()).toContain("nope.ndjson");
    expect(process.exitCode).toBeUndefined();
  });
});
