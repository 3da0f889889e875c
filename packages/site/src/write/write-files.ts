import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Writes files under `outDir`, first removing the top-level entries the site owns so a rebuild leaves no stale
 * page behind; anything else in `outDir` (such as `api/`) is kept.
 */
export async function writeFiles(
  outDir: string,
  owned: readonly string[],
  files: ReadonlyMap<string, string>,
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const entry of owned) await rm(join(outDir, entry), { recursive: true, force: true });
  for (const [path, content] of files) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
