import { execFileSync, spawn } from "node:child_process";
import { closeSync, constants, createWriteStream, mkdirSync, openSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { run } from "../run.js";
import { toNdjson, validRecords } from "../testing/hostile-inputs.js";
import { memoryIo } from "../testing/memory-io.js";
import { CLI_PATH } from "../testing/spawn-cli.js";
import type { HostileCase } from "./hostile-case.js";

/** What one case's run produced. */
export interface CaseResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What the command wrote into the named pipe of a `fifo-output` case. */
  readonly piped?: string;
}

/** Runs a case in its folder `dir` (its files already written), in-process or as a process as it asks. */
export async function runCase(hostile: HostileCase, dir: string): Promise<CaseResult> {
  const how = hostile.run ?? { kind: "in-process" };
  switch (how.kind) {
    case "in-process": {
      const { io, stdout, stderr } = memoryIo({ cwd: dir });
      const code = await run(hostile.args, io);
      return { code, stdout: stdout.text(), stderr: stderr.text() };
    }
    case "stdout-full": {
      const full = openSync("/dev/full", "w");
      try {
        return await spawnBinary(hostile.args, dir, ["ignore", full, "pipe"]);
      } finally {
        closeSync(full);
      }
    }
    case "fifo-output": {
      const fifo = join(dir, how.fifo);
      execFileSync("mkfifo", [fifo]);
      const reading = readFile(fifo, "utf8");
      const result = await spawnBinary(hostile.args, dir, ["ignore", "pipe", "pipe"]);
      // If the command never opened the pipe, the read still waits for a writer: be that writer, with nothing.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // ENXIO: no reader any more, the read has ended.
      }
      return { ...result, piped: await reading };
    }
    case "signal":
      return runSignalled(hostile.args, dir, how.fifo, how.signal);
  }
}

function spawnBinary(
  args: readonly string[],
  dir: string,
  stdio: ["ignore", number | "pipe", "pipe"],
  env: Record<string, string> = {},
): Promise<CaseResult> & { child?: ReturnType<typeof spawn> } {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    cwd: dir,
    env: { ...process.env, LANG: "C", NO_COLOR: "1", ...env },
    stdio,
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<CaseResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? -1 : null), stdout, stderr }));
  });
  return Object.assign(done, { child });
}

/**
 * Starts the command on a named pipe, writes more records than the pipe holds (so the command is reading
 * them), then sends `signal` while the pipe is still open: the run cannot have finished.
 */
async function runSignalled(
  args: readonly string[],
  dir: string,
  name: string,
  signal: "SIGINT" | "SIGTERM",
): Promise<CaseResult> {
  const fifo = join(dir, name);
  execFileSync("mkfifo", [fifo]);
  const spill = join(dir, "tmp");
  mkdirSync(spill);
  const running = spawnBinary(args, dir, ["ignore", "pipe", "pipe"], { TMPDIR: spill });
  const child = running.child;
  if (child === undefined) throw new Error("no child process");
  const writer = createWriteStream(fifo);
  const opened = new Promise<"opened">((resolve) => writer.once("open", () => resolve("opened")));
  if ((await Promise.race([opened, running.then(() => "ended" as const)])) === "ended") {
    // Release the pending open of the writer, then report what the run said.
    closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
    writer.destroy();
    return running;
  }
  // 256 KiB of records: four times what a pipe buffers, so the command has been reading when it is stopped.
  let chunk = "";
  while (chunk.length < 256 * 1024) chunk += toNdjson(validRecords());
  writer.on("error", () => {});
  await new Promise<void>((resolve) => writer.write(chunk, () => resolve()));
  child.kill(signal);
  // Keep the pipe fed (never closed) until the process is gone: a read it has pending must not wait forever
  // for data, and the end of the input must not let the run finish before the signal does.
  let ended = false;
  const result = running.finally(() => {
    ended = true;
  });
  let open = true;
  while (!ended && open) {
    // Once the process is gone the write fails (EPIPE): then only its exit is awaited.
    open = await new Promise<boolean>((resolve) => writer.write(chunk, (error) => resolve(!error)));
  }
  writer.destroy();
  return result;
}
