import type { Buffer } from "node:buffer";
import type { CliIo } from "../io.js";
import { startProgress } from "../validate/progress.js";
import type { InputSource } from "./input-source.js";

/**
 * The same input, with a progress display on stderr for each pass over it: `labels[0]` for the first pass,
 * `labels[1]` for any later one. The display is the one `tip validate` shows: only when stderr is a terminal,
 * for a file over its size threshold or a pipe once that much has been read, and cleared when the pass ends.
 */
export function withProgress(source: InputSource, io: CliIo, labels: readonly [string, string]): InputSource {
  let passes = 0;
  return {
    size: source.size,
    close: () => source.close(),
    async *chunks(): AsyncGenerator<Buffer> {
      const progress = startProgress(io, labels[passes === 0 ? 0 : 1], source.size);
      passes++;
      let bytesRead = 0;
      try {
        for await (const chunk of source.chunks()) {
          bytesRead += chunk.length;
          progress.update(bytesRead);
          yield chunk;
        }
      } finally {
        progress.stop();
      }
    },
  };
}
