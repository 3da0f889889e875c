import { describe, expect, it } from "vitest";
import { SITE_STYLE } from "../src/assets/site-style.js";

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The value of a custom property of the stylesheet. */
function variable(name: string): string {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(SITE_STYLE)?.[1];
  if (!value) throw new Error(`--${name} is not a #rrggbb colour of the stylesheet`);
  return value;
}

describe("colour contrast (WCAG AA: 4.5:1 for text)", () => {
  it.each([
    ["text", "background"],
    ["text", "soft"],
    ["text", "code"],
    ["muted", "background"],
    ["link", "background"],
    ["link", "soft"],
    ["link", "code"],
    ["link-visited", "background"],
    ["brand-text", "brand"],
  ])("--%s on --%s", (foreground, background) => {
    expect(contrast(variable(foreground), variable(background))).toBeGreaterThanOrEqual(4.5);
  });

  it("of every badge (pii classes and severities)", () => {
    const badges = [
      ...SITE_STYLE.matchAll(
        /\.(?:pii|severity)-\w+ \{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6}); \}/g,
      ),
    ];
    expect(badges.length).toBe(7);
    for (const [rule, background = "", color = ""] of badges) {
      expect(contrast(color, background), rule).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("of the focus rings against what they surround (3:1 for non-text)", () => {
    expect(contrast(variable("focus"), variable("background"))).toBeGreaterThanOrEqual(3);
    expect(contrast(variable("focus-on-brand"), variable("brand"))).toBeGreaterThanOrEqual(3);
  });
});
