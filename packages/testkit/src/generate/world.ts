import type { CountryCode } from "@tip/schema";
import type { Random } from "../random/random.js";
import { buildDirectory, type Directory } from "./agencies.js";
import { chooseNeighbourhood, type Neighbourhood } from "./countries.js";

/** Everything the records of one data set share: the reporting country, its partners and the agency directory. */
export interface World {
  readonly country: CountryCode;
  readonly neighbourhood: Neighbourhood;
  readonly directory: Directory;
}

/** How many partner countries get an agency in the directory. */
const PARTNER_COUNT = 5;

/** Draws the world of a data set. */
export function buildWorld(random: Random, country: CountryCode): World {
  const neighbourhood = chooseNeighbourhood(random, country, PARTNER_COUNT);
  return { country, neighbourhood, directory: buildDirectory(random, country, neighbourhood.partners) };
}
