import { describe, expect, it } from "vitest";
import { wantsColor } from "./color.js";
import { memoryOutput } from "./testing/memory-io.js";

const terminal = memoryOutput(true);
const file = memoryOutput(false);

describe("wantsColor", () => {
  it("colours a terminal only, by default", () => {
    expect(wantsColor(terminal, {})).toBe(true);
    expect(wantsColor(file, {})).toBe(false);
  });

  it("honours NO_COLOR set to anything but the empty text (no-color.org)", () => {
    expect(wantsColor(terminal, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor(terminal, { NO_COLOR: "0" })).toBe(false);
    expect(wantsColor(terminal, { NO_COLOR: "" })).toBe(true);
  });

  it("honours FORCE_COLOR, into a file or pipe too, unless it is 0 or false; it wins over NO_COLOR", () => {
    expect(wantsColor(file, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor(file, { FORCE_COLOR: "3" })).toBe(true);
    expect(wantsColor(file, { FORCE_COLOR: "true" })).toBe(true);
    expect(wantsColor(terminal, { FORCE_COLOR: "0" })).toBe(false);
    expect(wantsColor(terminal, { FORCE_COLOR: "false" })).toBe(false);
    expect(wantsColor(file, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
    expect(wantsColor(file, { FORCE_COLOR: "" })).toBe(false);
  });
});
