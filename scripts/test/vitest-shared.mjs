// Test options every package shares; each package's vitest.config.ts adds its own files and needs.
export const sharedTestOptions = {
  // One fixed fast-check seed: reproducible runs (see the file).
  setupFiles: ["../../scripts/test/fast-check-seed.mjs"],
  // Generous: CI runs every package's tests at once on two cores; speed lives in `npm run bench`.
  testTimeout: 120_000,
  // A worker's test files share its modules rather than each importing the packages again, which was most of
  // the suite's time. A test that needs a module's fresh state imports it anew (`vi.resetModules`).
  isolate: false,
};
