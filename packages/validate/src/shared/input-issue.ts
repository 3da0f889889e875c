import {
  formatMessage,
  INPUT_CODES,
  type InputCode,
  type Issue,
  type IssueParams,
  type MessageLocale,
} from "@tip/schema";

/** Builds a localised issue about the input (not a field of a record); params never hold a record's value. */
export function inputIssue(code: InputCode, path: string, params: IssueParams, bundle: MessageLocale): Issue {
  return {
    code,
    path,
    severity: INPUT_CODES[code].severity,
    message: formatMessage(bundle, code, params),
    params,
  };
}
