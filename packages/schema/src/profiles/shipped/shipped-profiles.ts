import type { ProfileDocument } from "../profile-document.js";
import { ar } from "./ar.profile.js";
import { mx } from "./mx.profile.js";
import { palermo } from "./palermo.profile.js";

/** The reference profiles shipped with the model, by id; each cites the legal text it states. */
export const SHIPPED_PROFILES: Readonly<Record<string, ProfileDocument>> = Object.freeze(
  Object.assign(Object.create(null), { palermo, mx, ar }),
);
