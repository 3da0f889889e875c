import { checkRecord, EXAMPLES } from "@tip/schema";
import { HOSTILE_CASES } from "@tip/testkit";
import {
  anyValue,
  CANARY,
  isJsonPointer,
  mutatedRecord,
  prototypeNames,
  withCanary,
} from "@tip/testkit/hostile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../test/helpers.js";
import { validateBundle } from "../stream/validate-bundle.js";
import { validateRecord } from "./validate-record.js";

const victim = () => structuredClone(EXAMPLES.victim) as Record<string, unknown>;
const bundleOf = (records: unknown[]) => ({ ...structuredClone(EXAMPLES.bundle), records });

describe("validators on values no JSON parser makes", () => {
  for (const hostile of HOSTILE_CASES) {
    it(`report ${hostile.name} as one located issue`, () => {
      const expected = [[hostile.code, hostile.pointer]];
      const checked = checkRecord(hostile.build(victim()));
      expect(checked.issues.map((issue) => [issue.code, issue.path])).toEqual(expected);
      expect(checked.ok).toBe(false);
      const validated = validateRecord(hostile.build(victim()), { locale: MESSAGES.fr });
      expect(validated.issues.map((issue) => [issue.code, issue.path])).toEqual(expected);
      const bundle = validateBundle(bundleOf([victim(), hostile.build(victim())]));
      expect(bundle.issues.map((issue) => [issue.code, issue.path, issue.recordIndex])).toEqual([
        [hostile.code, `/records/1${hostile.pointer}`, 1],
      ]);
      expect(bundle.summary).toMatchObject({ total: 2, valid: 1, invalid: 0, skipped: 1 });
    });
  }

  it("report a bundle whose records list is a sparse array of length 1e8, or a revoked proxy", () => {
    const sparse: unknown[] = [];
    sparse.length = 1e8;
    expect(validateBundle(bundleOf(sparse)).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["value_too_large", "/records"],
    ]);
    const { proxy, revoke } = Proxy.revocable(bundleOf([]), {});
    revoke();
    expect(validateBundle(proxy).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unreadable_value", ""],
    ]);
  });

  it("count a record whose getter throws inside the bundle's list as skipped, and go on", () => {
    const records = [victim(), victim()];
    Object.defineProperty(records, 0, {
      get() {
        throw new Error("read");
      },
      enumerable: true,
    });
    const result = validateBundle(bundleOf(records));
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unreadable_value", "/records/0"],
    ]);
    expect(result.summary).toMatchObject({ total: 2, valid: 1, skipped: 1 });
  });
});

describe("validators on arbitrary values (property)", () => {
  const before = prototypeNames();
  const sound = (issues: readonly { path: string; message: string }[]) => {
    for (const issue of issues) {
      expect(isJsonPointer(issue.path), issue.path).toBe(true);
      expect(issue.message).not.toContain(CANARY);
    }
  };

  it("never throw, give JSON Pointers and echo no value", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue.map((value) => withCanary(value)),
          mutatedRecord,
        ),
        (value) => {
          const checked = checkRecord(value, {});
          sound(checked.issues);
          const validated = validateRecord(value, { locale: MESSAGES.es });
          sound(validated.issues);
          expect(validated.ok).toBe(checked.ok);
          const bundle = validateBundle(bundleOf([value]));
          sound(bundle.issues);
          expect(bundle.summary.total).toBe(1);
          expect(prototypeNames()).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
