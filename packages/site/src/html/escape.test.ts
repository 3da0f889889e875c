import { describe, expect, it } from "vitest";
import { fill, fillHtml, formatText } from "./escape.js";

describe("fill", () => {
  it("escapes the text and the values, and keeps an argument that is not given", () => {
    expect(fill("en", "<b>{file}</b> & {other}", { file: '"a.json" <x>' })).toBe(
      "&lt;b&gt;&quot;a.json&quot; &lt;x&gt;&lt;/b&gt; &amp; {other}",
    );
  });

  it("never reads a value as ICU syntax", () => {
    expect(fill("en", "Download {file}", { file: "{count, plural, other {#}}" })).toBe(
      "Download {count, plural, other {#}}",
    );
  });

  it("shows a count in the plural form of the language, grouped its way", () => {
    const codes = "{count, plural, one {# code} other {# codes}}";
    expect(fill("en", codes, { count: 1 })).toBe("1 code");
    expect(fill("en", codes, { count: 1234 })).toBe("1,234 codes");
    expect(fill("fr", codes, { count: 0 })).toBe("0 code");
    expect(fill("fr", codes, { count: 1234 })).toBe("1\u202f234 codes");
    expect(fill("pt", "{count, plural, one {# código} other {# códigos}}", { count: 12345 })).toBe(
      "12.345 códigos",
    );
  });

  it("shows a bound as written, as the pages always did", () => {
    expect(fill("en", "{type} from {min} to {max}", { type: "integer", min: 0, max: 150000 })).toBe(
      "integer from 0 to 150000",
    );
  });
});

describe("fillHtml", () => {
  it("inserts HTML values as they are and escapes the text around them", () => {
    expect(fillHtml("fr", "l'un de {values} <", { values: "<code>1</code>" })).toBe(
      "l&#39;un de <code>1</code> &lt;",
    );
  });
});

describe("formatText", () => {
  it("formats plain text, unescaped", () => {
    expect(formatText("es", "De {standard} al modelo", { standard: "A&B" })).toBe("De A&B al modelo");
  });
});
