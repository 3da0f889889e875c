import { describe, expect, it } from "vitest";
import { mappingName } from "./mapping-name.js";

describe("mappingName", () => {
  it("lets a name break only where its words meet", () => {
    expect(mappingName("prs_Gender")).toBe('<code class="mapping-name">prs_<wbr>Gender</code>');
    expect(mappingName("G_WholesaleAndRetailTrade")).toBe(
      '<code class="mapping-name">G_<wbr>Wholesale<wbr>And<wbr>Retail<wbr>Trade</code>',
    );
    expect(mappingName("meansOfControlDebt")).toBe(
      '<code class="mapping-name">means<wbr>Of<wbr>Control<wbr>Debt</code>',
    );
  });

  it("keeps runs of capitals, single words and values with spaces whole, and escapes them", () => {
    expect(mappingName("ISIC")).toBe('<code class="mapping-name">ISIC</code>');
    expect(mappingName("female")).toBe('<code class="mapping-name">female</code>');
    expect(mappingName("A&B <c>")).toBe('<code class="mapping-name">A&amp;B &lt;c&gt;</code>');
  });
});
