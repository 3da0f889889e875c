import { describe, expect, it } from "vitest";
import { CODE_LISTS } from "../codes/code-lists.js";
import { en } from "../locales/en.js";
import { LC_PROFILE, testProfile } from "../testing/test-profiles.js";
import type { FieldNode } from "./field-node.js";
import { recordFieldTree } from "./field-tree.js";
import { profileFieldTree } from "./profile-field-tree.js";
import { fieldLabel, nodeAt } from "./walk-fields.js";

const lc = testProfile(LC_PROFILE);
const at = (root: FieldNode, path: string) => nodeAt(root, path.split(".")) as FieldNode;

describe("the field tree of a record type under a profile", () => {
  const victim = profileFieldTree("victim", lc);
  const core = recordFieldTree("victim");

  it("requires the fields the profile requires, in array items too, and leaves the core tree alone", () => {
    expect(at(victim, "sex")).toMatchObject({ required: true, optional: false });
    expect(at(victim, "assistance.*.startDate")).toMatchObject({ required: true, optional: false });
    expect(at(core, "sex")).toMatchObject({ required: false, optional: true });
    expect(at(core, "assistance.*.startDate")).toMatchObject({ required: false, optional: true });
    expect(at(victim, "givenName").required).toBe(false);
  });

  it("restricts a core code list and adds national codes with what they fold to", () => {
    const sex = at(victim, "sex");
    expect(sex.type === "enum" && [...sex.values]).toEqual(["female", "male", "unknown"]);
    const sectors = at(victim, "exploitation.labourSectors");
    expect(sectors.type).toBe("array");
    const codes = sectors.type === "array" ? sectors.item : sectors;
    const coreCodes = CODE_LISTS.labour_sector.codes as readonly string[];
    expect(codes.type === "enum" && codes.values).toEqual([...coreCodes, "lc_street_vending"]);
    expect(codes.type === "enum" && [...(codes.nationalCodes ?? [])]).toEqual([
      ["lc_street_vending", "begging"],
    ]);
    const coreSex = at(core, "sex");
    expect(coreSex.type === "enum" && coreSex.values.length).toBe(
      (CODE_LISTS.sex.codes as readonly string[]).length,
    );
  });

  it("types the declared extension fields that apply to the record type", () => {
    const namespace = at(victim, "extensions.lc");
    expect(namespace).toMatchObject({ type: "object", path: ["extensions", "lc"], strict: true });
    if (namespace.type !== "object") return;
    expect([...namespace.children.keys()]).toEqual([
      "note",
      "count",
      "share",
      "flag",
      "registered",
      "district",
      "sex",
    ]);
    expect(at(victim, "extensions.lc.note")).toMatchObject({ type: "string", pii: "direct", optional: true });
    expect(at(victim, "extensions.lc.count").type).toBe("integer");
    expect(at(victim, "extensions.lc.share").type).toBe("number");
    expect(at(victim, "extensions.lc.flag").type).toBe("boolean");
    expect(at(victim, "extensions.lc.registered").type).toBe("date");
    expect(at(victim, "extensions.lc.district")).toMatchObject({
      type: "enum",
      values: ["LC-01", "LC-02"],
      codeList: "lc_district",
      field: "extensions.lc.district",
    });
    const districts = at(profileFieldTree("case", lc), "extensions.lc.districts");
    expect(districts.type === "array" && districts.item).toMatchObject({
      type: "enum",
      values: ["LC-01", "LC-02"],
    });
    expect(fieldLabel(at(victim, "extensions.lc.note"), en)).toBe("Note");
    // A namespace the profile does not declare is still free.
    expect(at(victim, "extensions.other.x").type).toBe("unknown");
    expect(nodeAt(core, ["extensions", "lc", "note"])?.type).toBe("unknown");
  });

  it("gives a bundle's records the profile's tree of their type", () => {
    const records = nodeAt(profileFieldTree("bundle", lc), ["records", "*"]);
    expect(records?.type).toBe("union");
    if (records?.type !== "union") return;
    expect(records.options[1]).toBe(victim);
  });

  it("is built once per profile and record type", () => {
    expect(profileFieldTree("victim", lc)).toBe(victim);
    expect(profileFieldTree("victim", testProfile(LC_PROFILE))).not.toBe(victim);
  });

  it("labels fields as the profile says, in its languages", () => {
    const labelled = testProfile({
      ...LC_PROFILE,
      id: "lb",
      labels: { es: { fields: { "victim.birthDate": "Fecha de nacimiento (LB)" } } },
    });
    const tree = profileFieldTree("victim", labelled);
    expect(at(tree, "birthDate").labels).toEqual({ es: "Fecha de nacimiento (LB)" });
    expect(fieldLabel(at(tree, "birthDate"), en)).toBe(en.fields["victim.birthDate"].label);
    expect(at(core, "birthDate").labels).toBeUndefined();
  });
});
