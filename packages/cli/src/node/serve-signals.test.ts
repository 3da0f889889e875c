import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_PATH, spawnCli } from "../testing/spawn-cli.js";
import { tempDir } from "../testing/temp-dir.js";

const AGENCY = "2b8e4f10-5c3a-4d7e-8f19-0000000000a1";
const tmp = tempDir("tip-serve-signals-");
afterAll(() => tmp.remove());

/** Starts `tip serve` on a free port with an embedded database; resolves once it says it listens. */
async function startNode(dataDir: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    [
      CLI_PATH,
      "serve",
      "--key",
      "keys/private.jwks.json",
      "--trust",
      "keys/public.jwks.json",
      "--port",
      "0",
      "--data-dir",
      dataDir,
    ],
    { cwd: tmp.dir, env: { ...process.env, LANG: "C" } },
  );
  let stdout = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  for (let waited = 0; !stdout.includes("listening on"); waited++) {
    if (waited > 600 || child.exitCode !== null)
      throw new Error(`tip serve did not start (${child.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => stdout };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("tip serve and stop signals", () => {
  it("closes the node on SIGTERM or SIGINT and exits 0, as it says", async () => {
    const keys = await spawnCli(["keys", "new", "--agency", AGENCY, "--country", "MX", "-o", "keys"], {
      cwd: tmp.dir,
    });
    expect(keys.code).toBe(0);
    for (const [signal, dataDir] of [
      ["SIGTERM", "node-term"],
      ["SIGINT", "node-int"],
    ] as const) {
      const { child, output } = await startNode(dataDir);
      const exited = exitOf(child);
      child.kill(signal);
      expect(await exited, signal).toBe(0);
      expect(output(), signal).toContain("Node stopped.");
    }
  }, 120_000);
});
