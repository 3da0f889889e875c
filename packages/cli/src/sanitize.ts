/**
 * Terminal escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC ] … ESC \`, e.g. hyperlinks and
 * window titles) and the two-byte escapes. Removed whole so no parameter bytes are left behind.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const ESCAPE_SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;

/**
 * Characters that change what a terminal shows rather than show themselves: C0 controls (line breaks and tabs
 * included: a printed line stays one line), DEL, C1 controls (`\u009b` is a one-byte CSI), and the Unicode
 * bidirectional marks, embeddings, overrides and isolates that can reorder a line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line safe to print: escape sequences are dropped, other control characters become a space. Everything the
 * commands print about their input goes through here (see `writeErrors` and `writeLines`), so a value that
 * slipped into a message cannot colour, move, hide or rewrite what the terminal shows.
 */
export function safeLine(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, "").replace(CONTROLS, " ");
}
