import type { RuleCode } from "../rules/catalogue.js";
import type { InputCode } from "./input-codes.js";
import type { StructuralCode } from "./structural-codes.js";

/** Every issue code the SDK can report; each locale's message table is keyed by this union. */
export type IssueCode = StructuralCode | RuleCode | InputCode;
