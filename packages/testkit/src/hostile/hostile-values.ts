/** A value no JSON parser makes, built to try a library function, and the issue code it must give. */
export interface HostileCase {
  readonly name: string;
  /** Builds a fresh hostile copy of `record` (the record itself is not changed). */
  readonly build: (record: Record<string, unknown>) => unknown;
  /** The issue code expected: `unreadable_value`, `value_too_large` or `nesting_too_deep`. */
  readonly code: "unreadable_value" | "value_too_large" | "nesting_too_deep";
  /** The JSON Pointer expected, relative to the record. */
  readonly pointer: string;
}

const boom = (): never => {
  throw new Error("hostile value read");
};

/** An object nested `depth` levels deep (iteratively built, so any depth is fine). */
export function deepObject(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let level = 1; level < depth; level++) {
    const next: Record<string, unknown> = {};
    node.a = next;
    node = next;
  }
  return root;
}

/**
 * Values handed to the libraries' functions in memory that no JSON parser makes: getters and proxy traps that
 * throw, revoked proxies, functions, a BigInt, a cycle, a sparse array of length 1e8, nesting 10,000 deep.
 * Each names the issue code and pointer a validator must report for it.
 */
export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "a getter that throws",
    build: (record) => {
      const copy = structuredClone(record);
      Object.defineProperty(copy, "id", { get: boom, enumerable: true });
      return copy;
    },
    code: "unreadable_value",
    pointer: "/id",
  },
  {
    name: "a proxy whose get trap throws",
    build: (record) => new Proxy(structuredClone(record), { get: boom }),
    code: "unreadable_value",
    pointer: "/recordType",
  },
  {
    name: "a proxy whose ownKeys trap throws",
    build: (record) => new Proxy(structuredClone(record), { ownKeys: boom }),
    code: "unreadable_value",
    pointer: "",
  },
  {
    name: "a proxy whose getOwnPropertyDescriptor trap throws",
    build: (record) => new Proxy(structuredClone(record), { getOwnPropertyDescriptor: boom }),
    code: "unreadable_value",
    pointer: "",
  },
  {
    name: "a proxy whose has trap throws, in a list",
    build: (record) => ({ ...structuredClone(record), externalIds: new Proxy([], { has: boom, get: boom }) }),
    code: "unreadable_value",
    pointer: "/externalIds",
  },
  {
    name: "a revoked proxy",
    build: (record) => {
      const { proxy, revoke } = Proxy.revocable(structuredClone(record), {});
      revoke();
      return proxy;
    },
    code: "unreadable_value",
    pointer: "",
  },
  {
    name: "a revoked proxy inside extensions",
    build: (record) => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return { ...structuredClone(record), extensions: { lc: { inner: proxy } } };
    },
    code: "unreadable_value",
    pointer: "/extensions",
  },
  {
    name: "an own toJSON that throws",
    build: (record) => ({ ...structuredClone(record), extensions: { lc: { toJSON: boom } } }),
    code: "unreadable_value",
    pointer: "/extensions",
  },
  {
    name: "a value with a throwing toString and Symbol.toPrimitive",
    build: (record) => ({
      ...structuredClone(record),
      id: { toString: boom, [Symbol.toPrimitive]: boom },
    }),
    code: "unreadable_value",
    pointer: "/id",
  },
  {
    name: "a BigInt",
    build: (record) => ({ ...structuredClone(record), extensions: { lc: { count: 1n } } }),
    code: "unreadable_value",
    pointer: "/extensions",
  },
  {
    name: "a cycle",
    build: (record) => {
      const copy = structuredClone(record);
      copy.extensions = { lc: { self: copy } };
      return copy;
    },
    code: "nesting_too_deep",
    pointer: "/extensions",
  },
  {
    name: "a sparse array of length 1e8",
    build: (record) => {
      const list: unknown[] = [];
      list.length = 1e8;
      return { ...structuredClone(record), externalIds: list };
    },
    code: "value_too_large",
    pointer: "/externalIds",
  },
  {
    name: "an extension nested 10,000 deep",
    build: (record) => ({ ...structuredClone(record), extensions: { lc: deepObject(10_000) } }),
    code: "nesting_too_deep",
    pointer: "/extensions",
  },
];
