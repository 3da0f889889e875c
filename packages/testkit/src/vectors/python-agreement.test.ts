import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isRecordType, type Profile, schemaFileName, toProfileJsonSchemas } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { loadCoreSchemas, structurallyValid } from "../testing/structural-verdict.js";
import { buildVectors, vectorProfile } from "./build-vectors.js";
import type { ConformanceVector } from "./vector.js";

const script = fileURLToPath(new URL("../../scripts/jsonschema-verdicts.py", import.meta.url));
/**
 * The Python interpreter: `PYTHON` when set, else the first of `python3` on the path and the system's
 * `/usr/bin/python3` that can import jsonschema (a version manager's `python3` may shadow the system one that
 * `apt-get install python3-jsonschema` serves).
 */
const python = process.env.PYTHON || findPython();

function findPython(): string {
  const candidates = ["python3", "/usr/bin/python3"];
  const works = (candidate: string) =>
    spawnSync(candidate, ["-c", "import jsonschema"], { stdio: "ignore" }).status === 0;
  return candidates.find(works) ?? "python3";
}

/** The schemas a vector is checked against: the committed files, or those `tip schema --profile` writes. */
function schemasFor(vector: ConformanceVector, core: Record<string, object>): Record<string, object> {
  if (vector.profile === undefined) return core;
  const profile: Profile = vectorProfile(vector.profile);
  return toProfileJsonSchemas(core, profile) as Record<string, object>;
}

/** Python jsonschema's verdict on each case, in one run per set of schemas. */
function pythonVerdicts(schemas: Record<string, object>, cases: { schema: string; input: unknown }[]) {
  const run = spawnSync(python, [script], {
    input: JSON.stringify({ schemas, cases }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error !== undefined || run.status !== 0) {
    throw new Error(
      `${python} ${script} failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}\n` +
        "This test needs Python 3 with jsonschema: apt-get install python3-jsonschema python3-rfc3987 " +
        "(or pip install jsonschema), or PYTHON=<interpreter>.",
    );
  }
  return JSON.parse(run.stdout) as boolean[];
}

describe("Python jsonschema (from the committed JSON Schema, or a profile's) and zod agree on every vector", () => {
  const core = loadCoreSchemas();
  const vectors = buildVectors().filter((vector) => isRecordType(vector.recordType));
  const groups = new Map<string, ConformanceVector[]>();
  for (const vector of vectors) {
    const key = vector.profile ?? "";
    groups.set(key, [...(groups.get(key) ?? []), vector]);
  }

  it("covers core and profile vectors", () => {
    expect(groups.get("")?.length).toBeGreaterThan(50);
    expect(groups.size).toBeGreaterThan(1);
  });

  it.each([...groups.keys()].map((key) => [key === "" ? "core" : key, key] as const))("%s", (_, key) => {
    const group = groups.get(key) ?? [];
    const schemas = schemasFor(group[0] as ConformanceVector, core);
    const verdicts = pythonVerdicts(
      schemas,
      group.map((vector) => ({ schema: schemaFileName(vector.recordType as never), input: vector.input })),
    );
    const disagreements = group
      .map((vector, index) => ({ vector, python: verdicts[index], zod: structurallyValid(vector) }))
      .filter(({ python, zod }) => python !== zod)
      .map(({ vector, python }) => `${vector.recordType}/${vector.name}: python says ${python}`);
    expect(verdicts).toHaveLength(group.length);
    expect(disagreements).toEqual([]);
  });
});
