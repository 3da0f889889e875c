import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { messagesFor } from "../messages/messages.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { openTextSink, RecordsWriter, writeFailure } from "./write-records.js";

const tmp = tempDir("tip-privacy-out-");
afterAll(() => tmp.remove());
const { io } = memoryIo({ cwd: tmp.dir });

/** The message of what `openTextSink` threw, or undefined when it opened. */
async function openFailure(output: string, inputs: readonly string[], lang: "fr" | "pt") {
  try {
    const sink = await openTextSink(output, io, inputs);
    await sink.abort();
    return undefined;
  } catch (error) {
    return writeFailure(error, output, await messagesFor(lang), (await messagesFor(lang)).privacy);
  }
}

describe("openTextSink (anonymize, export)", () => {
  it("refuses -o equal to the input or the key file, leaving both whole", async () => {
    const input = tmp.write("in.ndjson", "{}\n");
    const key = tmp.write("key.bin", "secret-key-bytes");
    for (const target of ["in.ndjson", "key.bin"]) {
      expect(await openFailure(target, [input, key], "fr")).toBe(
        "l’entrée et -o sont le même fichier : donnez un autre fichier à -o",
      );
    }
    expect(readFileSync(input, "utf8")).toBe("{}\n");
    expect(readFileSync(key, "utf8")).toBe("secret-key-bytes");
  });

  it("says so when the folder does not exist, and leaves nothing", async () => {
    const before = readdirSync(tmp.dir).sort();
    expect(await openFailure("none/out.json", [], "pt")).toBe(
      "não é possível gravar o arquivo de -o: a pasta não existe; nada foi gravado",
    );
    expect(readdirSync(tmp.dir).sort()).toEqual(before);
  });

  it("puts nothing under the name until the records are complete, and nothing at all when aborted", async () => {
    const writer = new RecordsWriter(await openTextSink("done.ndjson", io, []), "ndjson");
    await writer.start();
    await writer.record({ a: 1 });
    expect(readdirSync(tmp.dir)).not.toContain("done.ndjson");
    await writer.end();
    expect(readFileSync(`${tmp.dir}/done.ndjson`, "utf8")).toBe('{"a":1}\n');
    const before = readdirSync(tmp.dir).sort();
    const aborted = await openTextSink("aborted.ndjson", io, []);
    await aborted.write('{"a":1}\n');
    await aborted.abort();
    expect(readdirSync(tmp.dir).sort()).toEqual(before);
  });
});
