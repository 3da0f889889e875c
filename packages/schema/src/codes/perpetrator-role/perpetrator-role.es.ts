import type { CodeTexts } from "../define-code-list.js";
import type { perpetratorRole } from "./perpetrator-role.codes.js";

export const perpetratorRoleEs = {
  travelling_partner: {
    label: "Acompañante de viaje",
    definition: "Viajó con la víctima, por ejemplo como acompañante o escolta.",
  },
  transporter: { label: "Transportista", definition: "Condujo o trasladó de otro modo a la víctima." },
  recruiter_or_intermediary: {
    label: "Captador o intermediario",
    definition: "Captó a la víctima o actuó como intermediario.",
  },
  broker_travel_agent: {
    label: "Gestor o agente de viajes",
    definition: "Organizó viajes, documentos o empleos como gestor o agente.",
  },
  transferred_individual: {
    label: "Trasladó a la víctima",
    definition: "Entregó a la víctima de un lugar o controlador a otro.",
  },
  harboured_individual: { label: "Acogió a la víctima", definition: "Alojó u ocultó a la víctima." },
  sold_individual: { label: "Vendió a la víctima", definition: "Vendió a la víctima a otra persona." },
  bought_individual: { label: "Compró a la víctima", definition: "Pagó para obtener a la víctima." },
  received_individual: {
    label: "Recibió a la víctima",
    definition: "Recibió a la víctima en un lugar de tránsito o de destino.",
  },
  controlled_individual: {
    label: "Controló a la víctima",
    definition: "Ejerció control sobre los movimientos, el trabajo o los ingresos de la víctima.",
  },
  smuggler: {
    label: "Traficante de migrantes",
    definition: "Ayudó a la víctima a cruzar una frontera de forma irregular.",
  },
  abuser: { label: "Agresor", definition: "Maltrató a la víctima física, sexual o psicológicamente." },
  kidnapper: { label: "Secuestrador", definition: "Secuestró a la víctima por la fuerza o mediante engaño." },
  exploiter: {
    label: "Explotador",
    definition: "Se benefició directamente de la explotación de la víctima.",
  },
  organiser: { label: "Organizador", definition: "Planificó, dirigió o encabezó la operación de trata." },
  financier: { label: "Financista", definition: "Aportó dinero para financiar la operación de trata." },
  money_launderer: {
    label: "Blanqueador de dinero",
    definition: "Ocultó o movió las ganancias de la trata.",
  },
  other: { label: "Otro", definition: "Otro rol, descrito en el registro." },
} as const satisfies CodeTexts<typeof perpetratorRole>;
