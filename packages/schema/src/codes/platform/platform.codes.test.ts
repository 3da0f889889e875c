import { describe, expect, it } from "vitest";
import { platform } from "./platform.codes.js";

describe("platform", () => {
  it("maps every HTCDS websites-and-apps value exactly once", () => {
    const names = platform.codes.flatMap((code) => platform.mappings[code].htcds ?? []);
    expect([...names].sort()).toEqual(
      [
        "Facebook",
        "Instagram",
        "WhatsApp",
        "Telegram",
        "FacebookMessenger",
        "Viber",
        "SnapChat",
        "Line",
        "4Sale",
        "WeChat",
        "QQ",
        "QZone",
        "TikTok",
        "Twitter",
        "Other",
      ].sort(),
    );
    expect(platform.mappings.four_sale.htcds).toEqual(["4Sale"]);
  });
});
