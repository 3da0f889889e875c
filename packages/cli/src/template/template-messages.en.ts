import type { TemplateMessages } from "./template-messages-shape.js";

/** English texts of `tip template`. */
export const templateMessagesEn = {
  description:
    "Write a collection template made from the model: an XLSForm questionnaire for KoboToolbox and ODK, or an Excel workbook with drop-down lists and validation. What is collected (the workbook, or the XLSForm JSON or CSV export) reads back with `tip convert --from htcds`.",
  format: "xlsform (questionnaire, labels in all four languages) or xlsx (Excel workbook)",
  lang: "language of the workbook and of the questionnaire's default labels: en, es, fr or pt",
  output: "file to write the template to",
  exitCodes: "Exit codes: 0 written; 2 usage error, profile unreadable or file not writable.",
  written: "{format} template ({lang}) written to {file}",
  writtenProfile: "{format} template ({lang}) for the profile {profile} written to {file}",
  badFormat: "--format {value} is not a template format; use one of: {formats}",
  badLang: "--lang {value} is not a template language; use one of: {langs}",
  missingOption: "{option} is required",
} satisfies TemplateMessages;
