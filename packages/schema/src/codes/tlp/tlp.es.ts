import type { CodeTexts } from "../define-code-list.js";
import type { tlp } from "./tlp.codes.js";

export const tlpEs = {
  RED: {
    label: "TLP:RED",
    definition: "Solo para las personas destinatarias nombradas; no puede transmitirse a nadie más.",
  },
  "AMBER+STRICT": {
    label: "TLP:AMBER+STRICT",
    definition:
      "Solo puede compartirse dentro de la propia organización destinataria, con quien necesite conocerlo.",
  },
  AMBER: {
    label: "TLP:AMBER",
    definition:
      "Puede compartirse dentro de la organización destinataria y con sus usuarios, con quien necesite conocerlo.",
  },
  GREEN: {
    label: "TLP:GREEN",
    definition:
      "Puede compartirse dentro de la comunidad de la persona destinataria, pero no por canales de acceso público.",
  },
  CLEAR: {
    label: "TLP:CLEAR",
    definition: "Sin límite de difusión; puede hacerse público, sin perjuicio de otras normas legales.",
  },
} as const satisfies CodeTexts<typeof tlp>;
