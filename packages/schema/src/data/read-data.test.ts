import { describe, expect, it } from "vitest";
import { DataReadError } from "./data-read-error.js";
import { type KeyTree, readData } from "./read-data.js";
import { readRecords } from "./read-records.js";

const boom = (): never => {
  throw new Error("read");
};

describe("readData", () => {
  it("copies plain data, sharing nothing, with a __proto__ key kept as an own key", () => {
    const input = JSON.parse('{"a":[1,"x",null,true,{"b":{}}],"__proto__":{"polluted":1}}');
    const read = readData(input);
    expect(read.ok).toBe(true);
    const value = (read as { value: Record<string, unknown> }).value;
    expect(JSON.stringify(value)).toBe(JSON.stringify(input));
    expect(value).not.toBe(input);
    expect(value.a).not.toBe(input.a);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("leaves out undefined properties and reads array holes as undefined", () => {
    const holey: unknown[] = [1];
    holey[2] = 3;
    const read = readData({ a: undefined, b: holey });
    expect(read).toEqual({ ok: true, value: { b: [1, undefined, 3] } });
    expect(Object.hasOwn((read as { value: object }).value, "a")).toBe(false);
  });

  it("reports a getter that throws at its place, naming model keys only", () => {
    const extension = {};
    Object.defineProperty(extension, "secret", { get: boom, enumerable: true });
    const record = { recordType: "victim", identification: { agencyId: "x" }, extensions: { lc: extension } };
    expect(readData(record)).toEqual({
      ok: false,
      code: "unreadable_value",
      path: ["extensions"],
      params: {},
    });
    const inList = {
      externalIds: [{ system: "a" }, Object.defineProperty({}, "value", { get: boom, enumerable: true })],
    };
    expect(readData(inList)).toMatchObject({ ok: false, path: ["externalIds", 1, "value"] });
    expect(
      readData({
        unknownKey: {
          get x() {
            return boom();
          },
        },
      }),
    ).toMatchObject({ ok: false, path: [] });
  });

  it("reports proxies with throwing traps and revoked proxies", () => {
    for (const trap of ["get", "ownKeys", "getOwnPropertyDescriptor"] as const) {
      expect(readData(new Proxy({ a: 1 }, { [trap]: boom })), trap).toMatchObject({
        ok: false,
        code: "unreadable_value",
      });
    }
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(readData({ citizenships: proxy })).toMatchObject({
      ok: false,
      code: "unreadable_value",
      path: ["citizenships"],
    });
    expect(readData(proxy)).toMatchObject({ ok: false, code: "unreadable_value", path: [] });
  });

  it("reports functions, symbols and BigInts, which are no data", () => {
    for (const value of [() => 1, Symbol("s"), 1n]) {
      expect(readData({ sex: value })).toMatchObject({ ok: false, code: "unreadable_value", path: ["sex"] });
      expect(readData(value)).toMatchObject({ ok: false, code: "unreadable_value", path: [] });
    }
  });

  it("stops a sparse array of length 1e8 by its length, before copying anything", () => {
    const list: unknown[] = [];
    list.length = 1e8;
    expect(readData({ citizenships: list })).toEqual({
      ok: false,
      code: "value_too_large",
      path: ["citizenships"],
      params: { maxValues: 1_000_000 },
    });
    expect(readData([1, 2, 3], { maxValues: 3 })).toMatchObject({ ok: false, code: "value_too_large" });
    expect(readData([1, 2], { maxValues: 3 }).ok).toBe(true);
  });

  it("stops nesting past the limit, cycles included, without recursion", () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let level = 0; level < 100_000; level++) {
      const next = {};
      node.a = next;
      node = next;
    }
    expect(readData({ extensions: { lc: deep } })).toEqual({
      ok: false,
      code: "nesting_too_deep",
      path: ["extensions"],
      params: { maxDepth: 64 },
    });
    expect(readData(deep, { maxDepth: 200_000 }).ok).toBe(true);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(readData(cyclic)).toMatchObject({ ok: false, code: "nesting_too_deep" });
    // Depth 3: an object in an array in an object.
    expect(readData({ a: [{}] }, { maxDepth: 3 }).ok).toBe(true);
    expect(readData({ a: [{}] }, { maxDepth: 2 })).toMatchObject({ ok: false, code: "nesting_too_deep" });
  });
});

describe("readData with only some keys", () => {
  const exploitation: KeyTree = new Map([["forms", true]]);
  const tree: KeyTree = new Map<string, KeyTree | true>([
    ["sex", true],
    ["exploitation", exploitation],
    ["__proto__", true],
  ]);

  it("copies the keys named and nothing else; items of an array are read by the array's tree", () => {
    const input = JSON.parse(
      '{"sex":"female","names":["Ana"],"exploitation":{"forms":["forced_labour"],"note":"x"},"__proto__":{"a":1}}',
    );
    expect(readData(input, {}, tree)).toEqual({
      ok: true,
      value: JSON.parse('{"sex":"female","exploitation":{"forms":["forced_labour"]},"__proto__":{"a":1}}'),
    });
    const read = readData([input, { sex: "male", other: 1 }], {}, tree);
    expect(read).toMatchObject({ ok: true, value: [{ sex: "female" }, { sex: "male" }] });
    expect(Object.hasOwn((read as { value: object[] }).value[1] as object, "other")).toBe(false);
  });

  it("never touches a value outside the tree, and stops one inside it as a whole copy would", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const record = { sex: "male", names: proxy, exploitation: { forms: ["x"] } };
    Object.defineProperty(record, "secret", { get: boom, enumerable: true });
    expect(readData(record, {}, tree)).toEqual({
      ok: true,
      value: { sex: "male", exploitation: { forms: ["x"] } },
    });
    const sparse: unknown[] = [];
    sparse.length = 1e8;
    expect(readData({ exploitation: { forms: sparse } }, {}, tree)).toMatchObject({
      ok: false,
      code: "value_too_large",
      path: ["exploitation", "forms"],
    });
    expect(readData({ exploitation: proxy }, {}, tree)).toMatchObject({
      ok: false,
      code: "unreadable_value",
      path: ["exploitation"],
    });
    const self: Record<string, unknown> = {};
    self.sex = self;
    expect(readData(self, {}, tree)).toMatchObject({ ok: false, code: "nesting_too_deep" });
  });
});

describe("readRecords", () => {
  it("copies each record and names the first one that cannot be read", () => {
    expect(readRecords([{ a: 1 }, 2])).toEqual([{ a: 1 }, 2]);
    const error = (() => {
      try {
        readRecords([{}, { recordType: "victim", sex: () => 1 }]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DataReadError);
    expect(error).toMatchObject({ code: "unreadable_value", pointer: "/sex", recordIndex: 1 });
    expect(String((error as Error).message)).not.toContain("=>");
  });

  it("refuses a list that is no array, is revoked, or is longer than the limit", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const list: unknown[] = [];
    list.length = 1e8;
    for (const [input, code] of [
      [null, "unreadable_value"],
      [proxy, "unreadable_value"],
      [new Proxy([], { get: boom }), "unreadable_value"],
      [list, "value_too_large"],
    ] as const) {
      expect(() => readRecords(input)).toThrow(DataReadError);
      expect(() => readRecords(input)).toThrow(expect.objectContaining({ code, recordIndex: undefined }));
    }
  });
});
