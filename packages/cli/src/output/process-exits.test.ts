import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_PATH, spawnCli } from "../testing/spawn-cli.js";
import { tempDir } from "../testing/temp-dir.js";

// Process-level behaviour of the built binary: named pipes, a full disk, signals. Build first
// (`npm run build -w @tip/cli`).

const tmp = tempDir("tip-exits-");
afterAll(() => tmp.remove());

/** A victim record with only what the checks across records index (its id), numbered so ids are unique. */
function line(n: number): string {
  const id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
  return `{"recordType":"victim","id":"${id}","schemaVersion":"1.0.0"}\n`;
}

/** A file of `count` records, big enough that a run is still going when a signal is sent. */
async function bigInput(name: string, count: number): Promise<string> {
  const path = join(tmp.dir, name);
  const file = createWriteStream(path);
  for (let n = 0; n < count; n += 1000) {
    let chunk = "";
    for (let i = n; i < Math.min(count, n + 1000); i++) chunk += line(i);
    if (!file.write(chunk)) await new Promise<void>((resolve) => file.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => file.end(() => resolve()));
  return path;
}

function start(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    cwd: options.cwd,
    env: { ...process.env, LANG: "C", ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stderr })),
  );
  return { child, exit };
}

/** Polls (without a time limit of its own: the test's timeout is the limit) until `ready()` holds. */
async function until(ready: () => boolean, child: ChildProcess): Promise<void> {
  while (!ready()) {
    if (child.exitCode !== null) throw new Error("the run ended before the signal could be sent");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("signals", () => {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`${signal} during convert leaves no temporary file of records and exits ${code}`, async () => {
      const dir = join(tmp.dir, `convert-${signal}`);
      mkdirSync(dir);
      const input = await bigInput(`convert-${signal}.ndjson`, 300_000);
      const run = start(["convert", input, "--to", "tip", "-o", "out.ndjson", "--report", "r.json"], {
        cwd: dir,
      });
      const started = () =>
        readdirSync(dir).some((name) => name.endsWith(".tmp") && statSync(join(dir, name)).size > 0);
      await until(started, run.child);
      run.child.kill(signal);
      const result = await run.exit;
      expect(result.code).toBe(code);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it("SIGTERM during validate removes the spill directory of the checks across records", async () => {
    const input = await bigInput("spill.ndjson", 400_000);
    const spillParent = join(tmp.dir, "spill-parent");
    mkdirSync(spillParent);
    const run = start(["validate", input, "--workers", "0"], { env: { TMPDIR: spillParent } });
    const spilled = () => readdirSync(spillParent).some((name) => name.startsWith("tip-validate-spill-"));
    await until(spilled, run.child);
    run.child.kill("SIGTERM");
    expect((await run.exit).code).toBe(143);
    expect(readdirSync(spillParent)).toEqual([]);
  });
});

describe("named pipes and full disks", () => {
  it("validates a named pipe: the readability check does not consume it", async () => {
    const fifo = join(tmp.dir, "records.ndjson");
    execFileSync("mkfifo", [fifo]);
    const running = spawnCli(["validate", fifo]);
    // Opening for writing waits for the validator to open the pipe for reading.
    const writer = createWriteStream(fifo);
    writer.end(line(1) + line(2));
    const result = await running;
    // The same two lines as a regular file give the reference verdict.
    const reference = await spawnCli(["validate", tmp.write("reference.ndjson", line(1) + line(2))]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(reference.code);
    expect(result.stdout.replaceAll(fifo, "F")).toBe(
      reference.stdout.replaceAll(join(tmp.dir, "reference.ndjson"), "F"),
    );
  });

  it("exits 2 with one line, no stack trace, when standard output is a full disk", async () => {
    const input = tmp.write("small.ndjson", line(1));
    for (const args of [
      ["validate", input],
      ["convert", input, "--to", "tip"],
      ["synth", "--count", "5"],
    ]) {
      const full = openSync("/dev/full", "w");
      const child = spawn(process.execPath, [CLI_PATH, ...args], {
        env: { ...process.env, LANG: "C" },
        stdio: ["ignore", full, "pipe"],
      });
      closeSync(full);
      let stderr = "";
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const code = await new Promise((resolve) => child.on("close", resolve));
      expect(code, args[0]).toBe(2);
      expect(stderr, args[0]).toBe("error: cannot write to standard output: no space left on the device\n");
    }
  });

  it("exits 2 when -o is a full disk, and leaves /dev/null a device", async () => {
    const input = tmp.write("small2.ndjson", line(1));
    const full = await spawnCli(["convert", input, "--to", "tip", "-o", "/dev/full"]);
    expect(full.code).toBe(2);
    expect(full.stderr).toContain("cannot write the file of -o: no space left on the device");
    const nowhere = await spawnCli(["convert", input, "--to", "tip", "-o", "/dev/null"]);
    expect(nowhere.code).toBeLessThan(2);
    expect(nowhere.stderr).toContain("records: 1 read, 1 written, 0 skipped");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(existsSync(input) && readFileSync(input, "utf8")).toBe(line(1));
  });

  it("caps --workers at the cores available and says so on stderr", async () => {
    const input = tmp.write("small3.ndjson", line(1));
    const result = await spawnCli(["validate", input, "--workers", "1000"]);
    expect(result.stderr).toMatch(/^--workers 1000 is more than the \d+ cores available: using \d+\n/);
    expect(result.code).toBeLessThan(2);
  });
});
