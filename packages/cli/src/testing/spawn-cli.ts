import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built binary the tests run, exactly as `npx tip` would. */
export const CLI_PATH = fileURLToPath(new URL("../../dist/command/cli.js", import.meta.url));

/** What one run of the binary produced. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of `spawnCli`. */
export interface SpawnOptions {
  readonly cwd?: string;
  /** Added to a clean environment: no colour or locale variables unless given here. */
  readonly env?: Readonly<Record<string, string>>;
  /** Written to the binary's stdin, which is then closed. */
  readonly input?: string;
  /** The script node runs; default the built `dist/command/cli.js`. */
  readonly script?: string;
}

/** Runs `node dist/command/cli.js <args>` (or `options.script`) with pipes (so neither stdout nor stderr is a terminal). */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Promise<CliResult> {
  const script = options.script ?? CLI_PATH;
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing: run "npm run build -w @tip/cli" first`);
  const env: Record<string, string | undefined> = { ...process.env, LANG: "C", ...options.env };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "LC_ALL", "LC_MESSAGES"]) {
    if (!options.env?.[name]) delete env[name];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
