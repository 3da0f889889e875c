import { configDefaults, defineConfig } from "vitest/config";
import { sharedTestOptions } from "../../scripts/test/vitest-shared.mjs";

/**
 * Browser tests start Chrome or Chromium: files named `*browser*.test.ts`. They are their own project, run by
 * `npm run test:browser` through scripts/test/browser-tests.mjs, which finds the browser (or `CHROME_PATH`)
 * and says so plainly when there is none; `npm test` runs the other project.
 */
const BROWSER_TESTS = ["src/**/*browser*.test.ts", "test/**/*browser*.test.ts"];

export default defineConfig({
  test: {
    ...sharedTestOptions,
    // Test files build the site (the browser ones also start Chromium) before their tests, and CI runs them while
    // the other packages' tests share the two cores: the browser tests ran 10 to 16 times slower there.
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...BROWSER_TESTS],
        },
      },
      { extends: true, test: { name: "browser", include: BROWSER_TESTS } },
    ],
  },
});
