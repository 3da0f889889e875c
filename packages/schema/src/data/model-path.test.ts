import { describe, expect, it } from "vitest";
import { MODEL_OBJECTS } from "../model/objects.js";
import { MODEL_KEYS } from "./model-keys.generated.js";
import { modelPath } from "./model-path.js";

describe("the keys a path may show", () => {
  it("are the property names of the model's objects, each once", () => {
    const fromObjects = new Set(Object.values(MODEL_OBJECTS).flatMap((object) => Object.keys(object.shape)));
    expect([...MODEL_KEYS].sort()).toEqual([...fromObjects].sort());
    expect(new Set(MODEL_KEYS).size).toBe(MODEL_KEYS.length);
  });

  it("cut a path at the first key outside the model", () => {
    expect(modelPath(["identification", 0, "authority"])).toEqual(["identification", 0, "authority"]);
    expect(modelPath(["identification", "Ana Pérez", "date"])).toEqual(["identification"]);
    expect(modelPath(["extensions", "lc", "deep"])).toEqual(["extensions"]);
    expect(modelPath(["__proto__"])).toEqual([]);
  });
});
