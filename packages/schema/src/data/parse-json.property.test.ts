import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyPositions } from "../issues/shown-path.js";
import { parseJson } from "./parse-json.js";

/** Keys of every kind, integer-like ones (`"7"`, `"42"`) often, and ones that need escaping. */
const key = fc.oneof(fc.nat({ max: 5000 }).map(String), fc.string(), fc.constantFrom("a", "\\u0031", 'q"t'));

describe("parseJson (property)", () => {
  it("parses any JSON text as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseJson(text)).toEqual(JSON.parse(text));
      }),
    );
  });

  it("numbers the keys of an object as the text wrote them, nested under any key", () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 12 }), key, fc.jsonValue(), (keys, outer, value) => {
        // The object is written by hand, in the order of `keys`, so the expected places are 1, 2, 3...
        const members = keys.map((name) => `${JSON.stringify(name)}:${JSON.stringify(value)}`);
        const text = `{"first":1,${JSON.stringify(outer)}:{${members.join(",")}}}`;
        const parsed = parseJson(text) as Record<string, unknown>;
        if (outer === "first") return;
        const positions = keyPositions(parsed[outer]);
        keys.forEach((name, index) => {
          expect(positions.get(name)).toBe(index + 1);
        });
      }),
    );
  });
});
