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
    definition: "La institución receptora rechazó la derivación; no admite más cambios.",
  },
  in_progress: {
    label: "En curso",
    definition: "La institución receptora está prestando los servicios solicitados.",
  },
  completed: { label: "Completada", definition: "Se cumplió el propósito de la derivación y está cerrada." },
  withdrawn: {
    label: "Retirada",
    definition: "Cancelada por la institución que deriva o a pedido de la persona; no admite más cambios.",
  },
} as const satisfies CodeTexts<typeof referralStatus>;
