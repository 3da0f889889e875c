import type { CodeTexts } from "../define-code-list.js";
import type { migrationStatus } from "./migration-status.codes.js";

export const migrationStatusEs = {
  national: { label: "Nacional", definition: "Ciudadano o ciudadana del país que hace el registro." },
  regular_migrant: {
    label: "Migrante regular",
    definition: "Persona extranjera con autorización de permanencia vigente.",
  },
  irregular_migrant: {
    label: "Migrante en situación irregular",
    definition: "Persona extranjera sin autorización para entrar, permanecer o trabajar.",
  },
  asylum_seeker: {
    label: "Solicitante de asilo",
    definition: "Persona cuya solicitud de protección internacional aún no se ha resuelto.",
  },
  refugee: {
    label: "Refugiado",
    definition: "Persona reconocida como refugiada o con protección internacional otorgada.",
  },
  stateless: { label: "Apátrida", definition: "Persona a la que ningún Estado considera su nacional." },
  internally_displaced: {
    label: "Desplazado interno",
    definition: "Persona obligada a huir de su hogar que no ha cruzado una frontera internacional.",
  },
  returnee: {
    label: "Retornado",
    definition: "Nacional que ha regresado al país después de vivir en el extranjero.",
  },
  unknown: { label: "Desconocida", definition: "La situación migratoria no se conoce o no se registró." },
} as const satisfies CodeTexts<typeof migrationStatus>;
