import type { MigrationStep } from "./migration-step.js";
import { v090ToV100 } from "./steps/v0.9.0-to-v1.0.0.js";
import { v100ToV110 } from "./steps/v1.0.0-to-v1.1.0.js";
import { v110ToV120 } from "./steps/v1.1.0-to-v1.2.0.js";

/** Every migration step of the canonical model, oldest first. Add a step here for each model version. */
export const MIGRATIONS: readonly MigrationStep[] = [v090ToV100, v100ToV110, v110ToV120];
