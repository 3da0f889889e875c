import { describe, expect, it } from "vitest";
import { keysInText } from "./text-positions.js";

describe("keysInText", () => {
  it("lists the keys of the object at a path, as written", () => {
    const text = '{"b":1,"7":{"z":1,"a":2},"list":[{"x":1},{"y":2,"3":0}],"a":"{\\"q\\":1}"}';
    expect(keysInText(text, [])).toEqual(["b", "7", "list", "a"]);
    expect(keysInText(text, ["7"])).toEqual(["z", "a"]);
    expect(keysInText(text, ["list", "1"])).toEqual(["y", "3"]);
    expect(keysInText(text, ["list", "0"])).toEqual(["x"]);
  });

  it("decodes escaped keys, counts a repeated key each time, and finds nothing where no object is", () => {
    expect(keysInText('{"a\\"b":1,"\\u0041":2,"a\\"b":3}', [])).toEqual(['a"b', "A", 'a"b']);
    expect(keysInText('{"a":[1,2]}', ["a"])).toBeUndefined();
    expect(keysInText('{"a":{}}', ["a"])).toEqual([]);
    expect(keysInText('{"a":{"b":1}}', ["b"])).toBeUndefined();
  });
});
