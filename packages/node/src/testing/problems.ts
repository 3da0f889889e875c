import { expect } from "vitest";

/**
 * What an error answer of the node must be: a problem details document (RFC 9457) whose type is the code in
 * the node's URN scheme, with a title, its HTTP status and the code, plus these extension members. Spelt out
 * here rather than taken from the code under test.
 */
export function expectedProblem(status: number, code: string, extras: Record<string, unknown> = {}) {
  return {
    type: `https://github.com/tip-sdk/tip-sdk/blob/main/packages/node/README.md#problem-${code}`,
    title: expect.stringMatching(/^[A-Z][^{}]{2,60}$/),
    status,
    code,
    ...extras,
  };
}
