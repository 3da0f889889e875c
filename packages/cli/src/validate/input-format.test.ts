import { describe, expect, it } from "vitest";
import { formatOfFileName } from "./input-format.js";

describe("formatOfFileName", () => {
  it("reads the format from the extension, ignoring case", () => {
    expect(formatOfFileName("export.ndjson")).toBe("ndjson");
    expect(formatOfFileName("dir/EXPORT.JSONL")).toBe("ndjson");
    expect(formatOfFileName("bundle.json")).toBe("json");
    expect(formatOfFileName("victims.csv")).toBe("csv");
  });

  it("knows nothing of other names", () => {
    expect(formatOfFileName("export.txt")).toBeUndefined();
    expect(formatOfFileName("ndjson")).toBeUndefined();
  });
});
