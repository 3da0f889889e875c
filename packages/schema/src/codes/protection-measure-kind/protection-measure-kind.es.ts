import type { CodeTexts } from "../define-code-list.js";
import type { protectionMeasureKind } from "./protection-measure-kind.codes.js";

export const protectionMeasureKindEs = {
  compensation: {
    label: "Indemnización",
    definition:
      "Dinero concedido a la víctima por el daño sufrido, por un tribunal, un fondo estatal o un acuerdo.",
  },
  restitution: {
    label: "Restitución",
    definition: "Devolución a la víctima de lo que se le quitó, como salarios impagos, impuesta al autor.",
  },
  residence_permit: {
    label: "Permiso de residencia",
    definition: "Autorización para que la víctima permanezca en el país, temporal o permanentemente.",
  },
  reflection_period: {
    label: "Período de reflexión",
    definition:
      "Un plazo en que la víctima puede permanecer, recuperarse y decidir si coopera con las autoridades.",
  },
  return_reintegration: {
    label: "Retorno y reintegración",
    definition: "El retorno al país de origen y el seguimiento de la reintegración de la persona.",
  },
  non_punishment: {
    label: "No punibilidad",
    definition: "Cómo se trató a una víctima procesada por un delito cometido como consecuencia de la trata.",
  },
} as const satisfies CodeTexts<typeof protectionMeasureKind>;
