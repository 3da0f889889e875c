import type { Random } from "../random/random.js";

// Syllables chosen to sound like no language in particular; every name carries at least one marked syllable
// (q, x, zh, wy...) so a generated name cannot be mistaken for a real person's.
const MARKED = ["qua", "xan", "zhe", "wyl", "qir", "xo", "vyx", "oq", "zyl", "thex"] as const;
const PLAIN = [
  "ba",
  "dru",
  "el",
  "fen",
  "ga",
  "ira",
  "ko",
  "lum",
  "mar",
  "nel",
  "or",
  "pe",
  "ru",
  "sa",
  "tev",
  "ul",
] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A fictional word of two or three syllables, one of them marked. */
export function fictionalWord(random: Random): string {
  const syllables: string[] = [random.pick(MARKED), random.pick(PLAIN)];
  if (random.chance(0.4)) syllables.push(random.pick(PLAIN));
  const marked = syllables[0] as string;
  const rest = syllables.slice(1);
  const at = random.int(0, rest.length);
  rest.splice(at, 0, marked);
  return capitalise(rest.join(""));
}

/** A fictional given name and family name. */
export function fictionalPerson(random: Random): { givenName: string; familyName: string } {
  return { givenName: fictionalWord(random), familyName: fictionalWord(random) };
}
