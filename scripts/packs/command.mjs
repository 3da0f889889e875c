// Runs the commands of the tarball checks (scripts/run-examples.mjs): npm, node and the installed `tip`, each
// with its output prefixed by a label, a timeout, and an environment free of this repository's npm settings.
import { spawn } from "node:child_process";

const COMMAND_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * The environment of the commands: npm's settings for the script that runs this file are dropped, so that
 * npm in the temp projects does not take this repository as its prefix or workspace.
 */
export function childEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const lower = key.toLowerCase();
    if (
      lower.startsWith("npm_package_") ||
      lower.startsWith("npm_lifecycle_") ||
      lower === "npm_command" ||
      lower === "npm_config_local_prefix" ||
      lower.startsWith("npm_config_workspace") ||
      lower === "npm_config_include_workspace_root" ||
      lower === "node_path" ||
      lower === "init_cwd"
    ) {
      delete env[key];
    }
  }
  return { ...env, ...extra };
}

/**
 * Runs a command, printing each line of its output prefixed with `label` (unless `quiet`), and resolves to
 * `{ code, stdout, stderr }`; rejects on an exit code not in `codes` (default: 0 only), a signal or a timeout.
 */
export function run(command, commandArgs, { cwd, label, quiet = false, codes = [0], env = childEnv() }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const out = printer(process.stdout, label);
    const err = printer(process.stderr, label);
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
      if (!quiet) out(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr += chunk;
      if (!quiet) err(chunk);
    });
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`${command} ${commandArgs.join(" ")} timed out after ${COMMAND_TIMEOUT_MS / 1000}s`));
    }, COMMAND_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      out.flush();
      err.flush();
      if (signal === null && codes.includes(code)) {
        resolvePromise({ code, stdout, stderr });
        return;
      }
      if (quiet) {
        process.stdout.write(stdout);
        process.stderr.write(stderr);
      }
      const how = signal ? `was killed by ${signal}` : `exited with ${code} (expected ${codes.join(" or ")})`;
      reject(
        new Error(`\`${command} ${commandArgs.join(" ")}\` in ${cwd} ${how}${stderr ? "" : " (no stderr)"}`),
      );
    });
  });
}

/** Writes whole lines of a stream's output, each prefixed with `[label]`. */
function printer(stream, label) {
  let pending = "";
  const write = (chunk) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) stream.write(`[${label}] ${line}\n`);
  };
  write.flush = () => {
    if (pending !== "") stream.write(`[${label}] ${pending}\n`);
    pending = "";
  };
  return write;
}
