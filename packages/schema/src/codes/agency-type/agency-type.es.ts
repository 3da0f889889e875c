import type { CodeTexts } from "../define-code-list.js";
import type { agencyType } from "./agency-type.codes.js";

export const agencyTypeEs = {
  ngo: {
    label: "ONG",
    definition: "Organización de la sociedad civil, no gubernamental y sin fines de lucro.",
  },
  law_enforcement: {
    label: "Fuerzas de seguridad",
    definition: "Policía, guardia de fronteras u otro organismo que hace cumplir la ley penal.",
  },
  health_service: {
    label: "Servicio de salud",
    definition: "Hospital, clínica u otro prestador de atención de salud.",
  },
  central_government: {
    label: "Gobierno central",
    definition: "Ministerio u otro organismo del gobierno nacional.",
  },
  local_government: { label: "Gobierno local", definition: "Autoridad regional, provincial o municipal." },
  immigration_service: {
    label: "Servicio de migración",
    definition: "Autoridad encargada del ingreso, la permanencia y la salida de personas extranjeras.",
  },
  legal_service: {
    label: "Servicio jurídico",
    definition: "Abogado, consultorio jurídico u otro proveedor de asesoría y representación legal.",
  },
  corporate_business: { label: "Empresa", definition: "Empresa privada u otra entidad comercial." },
  school_or_college: {
    label: "Escuela o centro de estudios",
    definition: "Escuela, colegio, universidad u otra institución educativa.",
  },
  prosecution: { label: "Fiscalía", definition: "Ministerio público, encargado de ejercer la acción penal." },
  judiciary: {
    label: "Poder judicial",
    definition: "Tribunal o juzgado que conoce de las causas y decide sobre la culpabilidad y las penas.",
  },
  labour_inspectorate: {
    label: "Inspección del trabajo",
    definition:
      "Servicio público que inspecciona los lugares de trabajo y hace cumplir la legislación laboral.",
  },
  international_organisation: {
    label: "Organización internacional",
    definition: "Organización intergubernamental, como la OIM, la UNODC o el ACNUR.",
  },
  shelter: { label: "Albergue", definition: "Casa de acogida o centro residencial que aloja a víctimas." },
  hotline: {
    label: "Línea de ayuda",
    definition: "Línea telefónica o en línea que recibe denuncias y brinda orientación.",
  },
  national_rapporteur: {
    label: "Relator nacional",
    definition:
      "Instancia independiente que vigila la acción del Estado contra la trata e informa sobre ella.",
  },
  tip_task_force: {
    label: "Comisión contra la trata",
    definition: "Órgano interinstitucional que coordina la respuesta nacional a la trata.",
  },
  embassy_or_consulate: {
    label: "Embajada o consulado",
    definition: "Misión diplomática o consular de un Estado en el exterior.",
  },
  child_protection: {
    label: "Protección de la infancia",
    definition:
      "Autoridad o servicio responsable del cuidado y la protección de niñas, niños y adolescentes.",
  },
  social_services: {
    label: "Servicios sociales",
    definition: "Servicio público o concertado que brinda apoyo de bienestar social.",
  },
  other: { label: "Otro", definition: "Cualquier otro tipo de organización." },
} as const satisfies CodeTexts<typeof agencyType>;
