import type { CodeTexts } from "../define-code-list.js";
import type { referralReason } from "./referral-reason.codes.js";

export const referralReasonEs = {
  additional_services_required: {
    label: "Se requieren servicios adicionales",
    definition: "La persona necesita servicios que la institución que deriva no puede prestar.",
  },
  migration_or_change_of_location: {
    label: "Migración o cambio de ubicación",
    definition: "La persona se trasladó, o se está trasladando, a una zona atendida por otra institución.",
  },
  safe_return: {
    label: "Retorno seguro",
    definition: "Organizar el retorno voluntario y seguro de la persona a su país o lugar de origen.",
  },
  continued_assistance: {
    label: "Continuidad de la asistencia",
    definition: "Mantener sin interrupción, a cargo de la institución receptora, la asistencia ya iniciada.",
  },
  criminal_proceedings: {
    label: "Proceso penal",
    definition:
      "Permitir que la persona participe en una investigación o juicio penal y esté protegida durante ellos.",
  },
  civil_proceedings: {
    label: "Proceso civil",
    definition: "Reclamar una indemnización u otros derechos ante tribunales civiles o laborales.",
  },
  family_reunification: {
    label: "Reunificación familiar",
    definition: "Reunir a la persona con sus familiares una vez confirmado que es seguro.",
  },
  resettlement: {
    label: "Reasentamiento",
    definition: "Trasladar a la persona a un tercer país o a un nuevo lugar donde pueda vivir con seguridad.",
  },
  other: { label: "Otro", definition: "Otro motivo, descrito en la derivación." },
} as const satisfies CodeTexts<typeof referralReason>;
