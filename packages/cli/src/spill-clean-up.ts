/** `removeSpillDirs` of @tip/validate, once a command loaded that library; until then nothing could have spilled. */
let removeSpillDirs: (() => void) | undefined;

/**
 * Loads @tip/validate's clean-up of its spill directories, so `removeSpills` can call it synchronously when the
 * process is stopped. Run before each command's action: `tip --help` and `tip --version` load no library.
 */
export async function armSpillCleanUp(): Promise<void> {
  removeSpillDirs ??= (await import("@tip/validate")).removeSpillDirs;
}

/** Removes the validator's spilled runs of an unfinished check, if a command could have made any. */
export function removeSpills(): void {
  removeSpillDirs?.();
}
