import { describe, expect, it } from "vitest";
import { CTDC_ID_NAMESPACE, uuidV5 } from "./deterministic-uuid.js";

describe("uuidV5", () => {
  it("matches the RFC 9562 / Python uuid.uuid5 value for the DNS namespace and python.org", () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") == 886313e1-3b8a-5372-9b90-0c9aee199e5d
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org")).toBe(
      "886313e1-3b8a-5372-9b90-0c9aee199e5d",
    );
  });

  it("is deterministic and separates names", () => {
    expect(uuidV5(CTDC_ID_NAMESPACE, "ctdc:1")).toBe(uuidV5(CTDC_ID_NAMESPACE, "ctdc:1"));
    expect(uuidV5(CTDC_ID_NAMESPACE, "ctdc:1")).not.toBe(uuidV5(CTDC_ID_NAMESPACE, "ctdc:2"));
    expect(uuidV5(CTDC_ID_NAMESPACE, "x")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
