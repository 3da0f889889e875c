import type { CodeTexts } from "../define-code-list.js";
import type { iccsCode } from "./iccs-code.codes.js";

export const iccsCodeEs = {
  "0204": {
    label: "Trata de personas",
    definition: "Captar, trasladar, acoger o recibir personas por medios ilícitos con fines de explotación.",
  },
  "02041": {
    label: "Trata de personas con fines de explotación sexual",
    definition: "Trata cuyo propósito es la explotación sexual.",
  },
  "02042": {
    label: "Trata de personas con fines de trabajos o servicios forzosos",
    definition: "Trata cuyo propósito son los trabajos o servicios forzosos.",
  },
  "02043": {
    label: "Trata de personas con fines de extracción de órganos",
    definition: "Trata cuyo propósito es la extracción de órganos.",
  },
  "02044": {
    label: "Trata de personas con otros fines",
    definition:
      "Trata con un propósito distinto de la explotación sexual, los trabajos o servicios forzosos o la extracción de órganos.",
  },
  "0203": {
    label: "Esclavitud y explotación",
    definition:
      "Someter a una persona a esclavitud, servidumbre o trabajo forzoso, u otra explotación, como delito distinto de la trata.",
  },
  "020321": {
    label: "Trabajo forzoso en servicios domésticos",
    definition: "Obligar a una persona a realizar trabajo doméstico en un hogar.",
  },
  "0302": {
    label: "Explotación sexual",
    definition:
      "Utilizar a una persona con fines sexuales para obtener un beneficio, abusando de su vulnerabilidad o de una posición de poder o confianza.",
  },
  "03022": {
    label: "Explotación sexual de niños, niñas y adolescentes",
    definition: "Explotación sexual en la que la persona explotada es menor de edad.",
  },
  "030221": {
    label: "Pornografía infantil",
    definition: "Producir, distribuir o poseer material sexual que representa a niños, niñas o adolescentes.",
  },
  "030222": {
    label: "Prostitución infantil",
    definition:
      "Utilizar a un niño, niña o adolescente en actividades sexuales a cambio de pago u otra retribución.",
  },
  "08051": {
    label: "Tráfico ilícito de migrantes",
    definition:
      "Facilitar la entrada ilegal de una persona en un país para obtener un beneficio económico o material; distinto de la trata.",
  },
  "020221": {
    label: "Secuestro",
    definition:
      "Aprehender y retener ilegalmente a una persona contra su voluntad, por ejemplo para exigir un rescate.",
  },
  "020291": {
    label: "Adopción ilegal",
    definition:
      "Gestionar una adopción de forma ilícita, por ejemplo mediante pagos indebidos, coacción o consentimiento falsificado.",
  },
  "020292": {
    label: "Matrimonio forzado",
    definition:
      "Obligar a una persona a casarse sin su consentimiento libre y pleno, o retenerla en ese matrimonio.",
  },
  "07041": {
    label: "Lavado de activos",
    definition:
      "Convertir, transferir u ocultar bienes que se sabe provienen de un delito, para disimular su origen ilícito.",
  },
  "09051": {
    label: "Participación en un grupo delictivo organizado",
    definition:
      "Tomar parte en un grupo estructurado de tres o más personas que actúa concertadamente para cometer delitos graves con un beneficio material.",
  },
} as const satisfies CodeTexts<typeof iccsCode>;
