/** The data sheet of the official HTCDS 2.0 template with validation lists. */
export const TEMPLATE_SHEET = "Case Sheet";
