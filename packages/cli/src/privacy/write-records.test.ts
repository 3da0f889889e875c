import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_MESSAGES } from "../messages/messages.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { PRIVACY_CLI_MESSAGES } from "./messages/messages.js";
import { writeOutput } from "./write-records.js";

const tmp = tempDir("tip-privacy-out-");
afterAll(() => tmp.remove());
const { io } = memoryIo({ cwd: tmp.dir });

describe("writeOutput (anonymize, export)", () => {
  it("refuses -o equal to the input or the key file, leaving both whole", async () => {
    const input = tmp.write("in.ndjson", "{}\n");
    const key = tmp.write("key.bin", "secret-key-bytes");
    for (const target of ["in.ndjson", "key.bin"]) {
      const failed = await writeOutput("[]\n", target, io, CLI_MESSAGES.fr, PRIVACY_CLI_MESSAGES.fr, [
        input,
        key,
      ]);
      expect(failed).toBe("l’entrée et -o sont le même fichier : donnez un autre fichier à -o");
    }
    expect(readFileSync(input, "utf8")).toBe("{}\n");
    expect(readFileSync(key, "utf8")).toBe("secret-key-bytes");
  });

  it("says so when the folder does not exist, and leaves nothing", async () => {
    const before = readdirSync(tmp.dir).sort();
    const failed = await writeOutput("[]\n", "none/out.json", io, CLI_MESSAGES.pt, PRIVACY_CLI_MESSAGES.pt);
    expect(failed).toBe("não é possível gravar o arquivo de -o: a pasta não existe; nada foi gravado");
    expect(readdirSync(tmp.dir).sort()).toEqual(before);
  });
});
