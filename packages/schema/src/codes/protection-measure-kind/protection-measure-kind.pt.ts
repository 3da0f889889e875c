import type { CodeTexts } from "../define-code-list.js";
import type { protectionMeasureKind } from "./protection-measure-kind.codes.js";

export const protectionMeasureKindPt = {
  compensation: {
    label: "Indenização",
    definition: "Valor concedido à vítima pelo dano sofrido, por tribunal, fundo estatal ou acordo.",
  },
  restitution: {
    label: "Restituição",
    definition: "Devolução à vítima do que lhe foi tirado, como salários não pagos, imposta ao autor.",
  },
  residence_permit: {
    label: "Autorização de residência",
    definition: "Permissão para a vítima permanecer no país, temporária ou permanentemente.",
  },
  reflection_period: {
    label: "Período de reflexão",
    definition:
      "Um prazo em que a vítima pode permanecer, recuperar-se e decidir se coopera com as autoridades.",
  },
  return_reintegration: {
    label: "Retorno e reintegração",
    definition: "O retorno ao país de origem e o acompanhamento da reintegração da pessoa.",
  },
  non_punishment: {
    label: "Não punição",
    definition: "Como foi tratada uma vítima processada por um crime cometido em consequência do tráfico.",
  },
} as const satisfies CodeTexts<typeof protectionMeasureKind>;
