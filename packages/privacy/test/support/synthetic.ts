import { generate } from "@tip/testkit";

const cache = new Map<string, readonly unknown[]>();

/** Synthetic records from @tip/testkit, generated once per seed and size. */
export function syntheticRecords(seed: number, count: number): readonly unknown[] {
  const key = `${seed}:${count}`;
  let records = cache.get(key);
  if (!records) {
    records = generate({ seed, count, country: "TT" }).records;
    cache.set(key, records);
  }
  return records;
}
