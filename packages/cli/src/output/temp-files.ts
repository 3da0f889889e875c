import { rmSync } from "node:fs";

/**
 * Temporary files (and folders) of outputs being written, removed at once if the process is stopped by a signal.
 */
const live = new Set<string>();

/** Records a temporary file, or folder, to remove (with what it holds) if the run is interrupted. */
export function trackTempFile(path: string): void {
  live.add(path);
}

/** Forgets a temporary file once it was renamed into place or removed. */
export function untrackTempFile(path: string): void {
  live.delete(path);
}

/**
 * Removes every temporary file still being written. Synchronous, so a signal handler can call it just before
 * the process exits: a half-written file of victim records must not stay on disk.
 */
export function removeTempFilesSync(): void {
  for (const path of live) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while exiting; the other files are still removed.
    }
  }
  live.clear();
}

/** How many temporary files are being written (for tests). */
export function liveTempFiles(): number {
  return live.size;
}
