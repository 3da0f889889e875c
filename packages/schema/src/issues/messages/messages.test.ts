import { describe, expect, it } from "vitest";
import { catalogueArguments } from "../../i18n/catalogue-arguments.js";
import { formatIcu } from "../../i18n/format-icu.js";
import { en } from "../../locales/en.js";
import { es } from "../../locales/es.js";
import { fr } from "../../locales/fr.js";
import { pt } from "../../locales/pt.js";
import { profileMessage } from "../../profiles/profile-messages.js";
import { formatMessage } from "../format-issue.js";
import * as messagesEn from "./messages.en.js";
import * as messagesEs from "./messages.es.js";
import * as messagesFr from "./messages.fr.js";
import * as messagesPt from "./messages.pt.js";

/** A catalogue's exports under language-free names, so the four languages compare key by key. */
const sections = (catalogue: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(catalogue).map(([name, value]) => [name.slice(0, -2), value]));

describe("the issue message catalogue", () => {
  const english = catalogueArguments(sections(messagesEn));

  it("parses in English and names arguments", () => {
    expect(english["messages.required"]).toEqual(["field"]);
    expect(english["messages.csv_row_length"]).toEqual(["count:number", "expected:number"]);
  });

  for (const [locale, catalogue] of [
    ["es", messagesEs],
    ["fr", messagesFr],
    ["pt", messagesPt],
  ] as const) {
    it(`${locale} has the same keys, with the same ICU arguments, as English`, () => {
      expect(catalogueArguments(sections(catalogue))).toEqual(english);
    });
  }
});

describe("counts in issue messages", () => {
  it("take the plural form of each language", () => {
    const one = { count: 1, expected: 1 };
    expect(formatMessage(en, "csv_row_length", one)).toBe("This row has 1 cell but the header has 1 column.");
    expect(formatMessage(es, "csv_row_length", one)).toBe(
      "Esta fila tiene 1 celda, pero el encabezado tiene 1 columna.",
    );
    expect(formatMessage(fr, "csv_row_length", { count: 0, expected: 2 })).toBe(
      "Cette ligne compte 0 cellule, alors que l'en-tête compte 2 colonnes.",
    );
    expect(formatMessage(pt, "csv_row_length", { count: 3, expected: 1 })).toBe(
      "Esta linha tem 3 células, mas o cabeçalho tem 1 coluna.",
    );
  });

  it("group digits the way of each language", () => {
    const params = { maxBytes: 1048576 };
    expect(formatMessage(en, "line_too_long", params)).toBe(
      "This line is longer than the limit of 1,048,576 bytes; it was skipped.",
    );
    expect(formatMessage(es, "line_too_long", params)).toBe(
      "Esta línea supera el límite de 1.048.576 bytes; se omitió.",
    );
    expect(formatMessage(fr, "line_too_long", params)).toBe(
      "Cette ligne dépasse la limite de 1\u202f048\u202f576 octets ; elle a été ignorée.",
    );
    expect(formatMessage(pt, "line_too_long", params)).toBe(
      "Esta linha excede o limite de 1.048.576 bytes; foi ignorada.",
    );
    expect(profileMessage("es", "profile_invalid_json", { position: 12345 })).toBe(
      "El perfil no es JSON válido (cerca del carácter 12.345).",
    );
  });

  it("keep a param the message does not take out of the text, and show one it lacks by name", () => {
    expect(formatMessage(en, "empty_input", { count: 3 })).toBe("The input holds no record.");
    expect(formatMessage(en, "csv_malformed", {})).toBe("This CSV row cannot be read ({reason}).");
    expect(formatMessage(en, "required", {})).toBe("The value is required.");
  });
});

describe("issue messages formatted from the messages parsed ahead", () => {
  // Every message, with and without its params, with the position and suggestion notes: the same text as the
  // catalogue's string (and its notes, one space apart) parsed and formatted at run time by `formatIcu`.
  const paramSets: readonly Readonly<Record<string, string | number>>[] = [
    {},
    { field: "victim.birthDate", earlierField: "victim.createdAt", count: 1, expected: 2, maxBytes: 1048576 },
    { position: 3, maxDepth: 64, maxValues: 1000000, from: "sent", to: "draft", code: "0201" },
    { suggestion: "birthDate", position: 2, supported: "1.2.0", format: "date", column: "Sexo" },
  ];
  const notes = {
    en: [messagesEn.positionNoteEn, messagesEn.suggestionNoteEn],
    es: [messagesEs.positionNoteEs, messagesEs.suggestionNoteEs],
    fr: [messagesFr.positionNoteFr, messagesFr.suggestionNoteFr],
    pt: [messagesPt.positionNotePt, messagesPt.suggestionNotePt],
  } as const;
  for (const bundle of [en, es, fr, pt]) {
    it(`read as the catalogue's strings in ${bundle.locale}`, () => {
      const [positionNote, suggestionNote] = notes[bundle.locale];
      for (const [code, written] of Object.entries(bundle.messages)) {
        for (const params of paramSets) {
          let template = written;
          if (typeof params.position === "number" && !/\{\s*position\s*[,}]/.test(written))
            template += ` ${positionNote}`;
          if (typeof params.suggestion === "string") template += ` ${suggestionNote}`;
          const shown: Record<string, string | number> = { ...params };
          if (typeof params.field === "string")
            shown.field = bundle.fields[params.field as "victim.birthDate"].label;
          if (typeof params.earlierField === "string")
            shown.earlierField = bundle.fields[params.earlierField as "victim.createdAt"].label;
          shown.field ??= { en: "The value", es: "El valor", fr: "La valeur", pt: "O valor" }[bundle.locale];
          expect(formatMessage(bundle, code, params), `${code} ${JSON.stringify(params)}`).toBe(
            formatIcu(bundle.locale, template, shown),
          );
        }
      }
    });
  }

  it("show a code that has no message as written", () => {
    expect(formatMessage(es, "no_such_code", {})).toBe("no_such_code");
  });
});
