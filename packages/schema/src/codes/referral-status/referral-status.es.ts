import type { CodeTexts } from "../define-code-list.js";
import type { referralStatus } from "./referral-status.codes.js";

export const referralStatusEs = {
  draft: { label: "Borrador", definition: "La institución que deriva la está preparando y aún no la envió." },
  sent: {
    label: "Enviada",
    definition: "Enviada por la institución que deriva; aún sin confirmación de recepción.",
  },
  received: {
    label: "Recibida",
    definition: "La institución receptora confirmó la recepción pero aún no decidió.",
  },
  accepted: {
    label: "Aceptada",
    definition: "La institución receptora aceptó hacerse cargo de la derivación.",
  },
  declined: {
    label: "Rechazada",
    definition: "La institución receptora rechazó la derivación; la derivación termina aquí.",
  },
  in_progress: {
    label: "En curso",
    definition: "La institución receptora está prestando los servicios solicitados.",
  },
  completed: { label: "Completada", definition: "Se cumplió el propósito de la derivación y está cerrada." },
  withdrawn: {
    label: "Retirada",
    definition:
      "Cancelada por la institución que deriva o a pedido de la persona; la derivación termina aquí.",
  },
  on_hold: {
    label: "En pausa",
    definition:
      "La institución receptora suspendió los servicios (por ejemplo, mientras no se puede contactar a la persona); pueden reanudarse.",
  },
  failed: {
    label: "Fallida",
    definition:
      "La derivación no pudo llevarse a cabo (por ejemplo, nunca llegó o no se pudieron prestar los servicios); la derivación termina aquí.",
  },
  entered_in_error: {
    label: "Registrada por error",
    definition:
      "La derivación se registró por error (por ejemplo, un duplicado o la persona equivocada); puede seguir a cualquier estado, ninguno la sigue y no se cuenta en las estadísticas.",
  },
} as const satisfies CodeTexts<typeof referralStatus>;
