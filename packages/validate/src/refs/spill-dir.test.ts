import { closeSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeSpillDirs, SpillDir } from "./spill-dir.js";

const parent = mkdtempSync(join(tmpdir(), "tip-spill-test-"));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe("SpillDir", () => {
  it("makes nothing until a file is made, and removeSpillDirs removes every live directory", () => {
    const first = new SpillDir(parent);
    const second = new SpillDir(parent);
    expect(readdirSync(parent)).toEqual([]);
    closeSync(first.create().fd);
    closeSync(second.create().fd);
    expect(readdirSync(parent)).toHaveLength(2);
    removeSpillDirs();
    expect(readdirSync(parent)).toEqual([]);
    expect(() => first.remove()).not.toThrow();
  });

  it("forgets a directory removed on its own, so a later sweep touches nothing else", () => {
    const spill = new SpillDir(parent);
    closeSync(spill.create().fd);
    const path = spill.path as string;
    spill.remove();
    expect(existsSync(path)).toBe(false);
    removeSpillDirs();
    expect(readdirSync(parent)).toEqual([]);
  });
});
