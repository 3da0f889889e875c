import type { CodeTexts } from "../define-code-list.js";
import type { sex } from "./sex.codes.js";

export const sexFr = {
  female: { label: "Féminin", definition: "Enregistré comme de sexe féminin." },
  male: { label: "Masculin", definition: "Enregistré comme de sexe masculin." },
  other: {
    label: "Autre",
    definition: "Enregistré comme ni féminin ni masculin, y compris les personnes intersexes.",
  },
  unknown: { label: "Inconnu", definition: "Le sexe n'a pas été enregistré ou n'est pas connu." },
} as const satisfies CodeTexts<typeof sex>;
