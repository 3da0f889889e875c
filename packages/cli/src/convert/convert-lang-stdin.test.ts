import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { EXAMPLES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { registerConvert } from "../commands/convert.js";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { toNdjson } from "../testing/records.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-convert-lang-");
afterAll(() => tmp.remove());

/** The example bundle's records: 1 victim, 1 case, 1 perpetrator, 2 agencies, 1 referral. */
const MIXED = toNdjson(EXAMPLES.bundle.records as unknown as Record<string, unknown>[]);
const fixtures = join(
  dirname(createRequire(import.meta.url).resolve("@tip/convert/package.json")),
  "src/standards",
);
const ctdc2024 = readFileSync(join(fixtures, "ctdc/fixtures/synthetic-2024/input.csv"));
const htcdsTemplate = readFileSync(join(fixtures, "htcds/fixtures/template-filled/input.xlsx"));

/** Runs `tip convert` with standard input holding `stdin` (a pipe, unless `tty`). */
async function convert(args: readonly string[], stdin?: string | Uint8Array, tty = false) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const stream = Object.assign(Readable.from(stdin === undefined ? [] : [stdin]), { isTTY: tty });
  const code = await runAlone(registerConvert, ["convert", ...args], { ...io, stdin: stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe("tip convert --lang", () => {
  const expected = {
    en: "tip convert tip -> ctdc: 6 rows: 6 converted, 0 invalid, 0 skipped, 0 values not read, 48 lossy fields\nrecords: 6 read, 1 written, 5 skipped\n",
    es: "tip convert tip -> ctdc: 6 filas: 6 convertidas, 0 no válidas, 0 omitidas, 0 valores no leídos, 48 campos con pérdida\nregistros: 6 leídos, 1 escritos, 5 omitidos\n",
    fr: "tip convert tip -> ctdc : 6 lignes : 6 converties, 0 non valide, 0 ignorée, 0 valeur non lue, 48 champs avec perte\n",
    pt: "tip convert tip -> ctdc: 6 linhas: 6 convertidas, 0 inválida, 0 ignorada, 0 valor não lido, 48 campos com perda\n",
  };
  for (const [lang, text] of Object.entries(expected)) {
    it(`prints the summary in ${lang}`, async () => {
      const input = tmp.write(`mixed-${lang}.ndjson`, MIXED);
      const result = await convert([input, "--to", "ctdc", "-o", `out-${lang}.csv`, "--lang", lang]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(text);
    });
  }

  it("says why a whole input was not read in each language, by position", async () => {
    const input = tmp.write("dup.csv", "victim.id,victim.id\nx,y\n");
    const texts = {
      en: "the header of “dup.csv” names a column twice (column 2); nothing was converted",
      es: "el encabezado de “dup.csv” nombra una columna dos veces (columna 2); no se convirtió nada",
      fr: "l’en-tête de « dup.csv » nomme une colonne deux fois (colonne 2) ; rien n’a été converti",
      pt: "o cabeçalho de “dup.csv” nomeia uma coluna duas vezes (coluna 2); nada foi convertido",
    };
    for (const [lang, text] of Object.entries(texts)) {
      const result = await convert(["dup.csv", "--from", "csv", "--to", "tip", "--lang", lang]);
      expect(result.code, lang).toBe(2);
      expect(result.stderr, lang).toContain(text);
    }
    expect(input).toContain("dup.csv");
  });

  it("refuses an unknown --lang with exit 2", async () => {
    const result = await convert(["x.ndjson", "--to", "tip", "--lang", "de"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--lang");
  });
});

describe("tip convert from standard input", () => {
  it("reads - and tells CTDC by its header, as from a file", async () => {
    const piped = await convert(["-", "--to", "tip"], ctdc2024);
    expect(piped.code).toBe(0);
    expect(piped.stdout.trim().split("\n")).toHaveLength(4);
    expect(piped.stderr).toContain("tip convert ctdc -> tip: 4 rows: 4 converted");
    const file = tmp.write("ctdc.csv", ctdc2024.toString("utf8"));
    const fromFile = await convert([file, "--to", "tip"]);
    // Ids are seeded by the file name: the same records, with other ids.
    const strip = (text: string) =>
      text
        .trim()
        .split("\n")
        .map((line) => ({ ...JSON.parse(line), id: undefined }));
    expect(strip(piped.stdout)).toEqual(strip(fromFile.stdout));
  });

  it("reads a pipe without an input argument, and an HTCDS workbook from it", async () => {
    const ndjson = await convert(["--to", "tip"], MIXED);
    expect(ndjson.code).toBe(0);
    expect(ndjson.stdout).toBe(MIXED);
    const workbook = await convert(["--to", "tip"], htcdsTemplate);
    expect(workbook.code, workbook.stderr).toBe(0);
    expect(workbook.stderr).toContain("tip convert htcds -> tip");
  });

  it("exits 2 without an input when standard input is a terminal, or when the format cannot be told", async () => {
    const none = await convert(["--to", "tip"], undefined, true);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("missing required argument “input”");
    const unknown = await convert(["-", "--to", "tip", "--lang", "es"], "just some words\n");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      "error: no se puede saber el formato de “entrada estándar”: indique --from\n",
    );
  });
});
