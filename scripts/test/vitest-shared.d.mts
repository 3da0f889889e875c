// Declarations of vitest-shared.mjs, for the packages' vitest.config.ts.
import type { ViteUserConfig } from "vitest/config";

export declare const sharedTestOptions: NonNullable<ViteUserConfig["test"]>;
