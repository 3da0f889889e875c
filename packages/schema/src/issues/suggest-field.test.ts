import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestField } from "./suggest-field.js";

const NAMES = ["citizenships", "birthDate", "birthYear", "sex", "gender", "deceased"];

describe("suggestField", () => {
  it("names the field one or two edits away", () => {
    expect(suggestField("citizenship", NAMES)).toBe("citizenships"); // one letter left out
    expect(suggestField("citizensihps", NAMES)).toBe("citizenships"); // two letters swapped
    expect(suggestField("gendre", NAMES)).toBe("gender");
  });

  it("ignores case and separators", () => {
    expect(suggestField("Birth_Date", NAMES)).toBe("birthDate");
    expect(suggestField("CITIZEN-SHIPS", NAMES)).toBe("citizenships");
    expect(suggestField("se x", NAMES)).toBe("sex");
  });

  it("suggests nothing for a key far from every field", () => {
    expect(suggestField("nationalities", NAMES)).toBeUndefined();
    expect(suggestField("María López", NAMES)).toBeUndefined();
    expect(suggestField("", NAMES)).toBeUndefined();
    expect(suggestField("__proto__", NAMES)).toBeUndefined();
  });

  it("allows one edit only on short names, and none on names under 3 letters", () => {
    expect(suggestField("sx", NAMES)).toBe("sex");
    expect(suggestField("ab", NAMES)).toBeUndefined(); // two edits from "sex"
    expect(suggestField("i", ["id"])).toBeUndefined();
  });

  it("suggests nothing when two fields are equally close", () => {
    // "birthDear" is one edit from "birthYear" and two from "birthDate": not a tie.
    expect(suggestField("birthDear", NAMES)).toBe("birthYear");
    // "statuz" is one edit from "status" and from "statut".
    expect(suggestField("statuz", ["status", "statut"])).toBeUndefined();
  });

  it("never returns anything but one of the names", () => {
    expect(suggestField("citizenship", [])).toBeUndefined();
    const long = `citizenships${"x".repeat(100)}`;
    expect(suggestField(long, NAMES)).toBeUndefined();
  });

  it("for any key, returns one of the names or nothing, and a name only when it is close", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.uniqueArray(fc.string({ maxLength: 20 })),
        (key, names) => {
          const suggestion = suggestField(key, names);
          if (suggestion === undefined) return;
          expect(names).toContain(suggestion);
          // A suggestion differs from the key by little: its length by at most two, but for separators.
          const bare = (text: string) => text.replace(/[\s_.-]/g, "").length;
          expect(
            Math.abs(bare(key) - bare(suggestion)) <= 2 || Math.abs(key.length - suggestion.length) <= 2,
          ).toBe(true);
        },
      ),
    );
  });
});
