import type { CodeTexts } from "../define-code-list.js";
import type { criminalJusticeStage } from "./criminal-justice-stage.codes.js";

export const criminalJusticeStageFr = {
  suspected: {
    label: "Soupçonné",
    definition:
      "Impliqué selon des allégations, sans qu'aucune mesure officielle n'ait encore été prise par les autorités.",
  },
  formal_contact: {
    label: "Contact officiel",
    definition:
      "Entré en contact officiel avec la police ou la justice, par exemple arrêté, averti ou enregistré comme suspect.",
  },
  investigation: {
    label: "Enquête",
    definition: "La police ou le parquet rassemble des preuves sur l'infraction.",
  },
  prosecution: {
    label: "Poursuites",
    definition: "Le parquet a engagé des poursuites devant une juridiction.",
  },
  trial: { label: "Procès", definition: "L'affaire est en cours de jugement devant une juridiction." },
  convicted: { label: "Condamné", definition: "Reconnu coupable par une juridiction." },
  acquitted: { label: "Acquitté", definition: "Déclaré non coupable par une juridiction." },
  case_dismissed: {
    label: "Affaire classée",
    definition:
      "La procédure a pris fin sans décision sur la culpabilité, par exemple après abandon des charges.",
  },
  appeal: { label: "Appel", definition: "Une décision est contestée devant une juridiction supérieure." },
} as const satisfies CodeTexts<typeof criminalJusticeStage>;
