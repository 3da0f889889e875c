import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Kind of law-enforcement operation: a national operation, or a joint investigation of two or more States (UN Convention against Transnational Organized Crime, Art. 19). */
export const operationKind = defineCodeList("operation_kind", {
  operation: {},
  joint_investigation_team: {},
  other: {},
});

/** A code of the `operation_kind` list. */
export type OperationKindCode = CodeOf<typeof operationKind>;
