import type { CodeTexts } from "../define-code-list.js";
import type { labourSector } from "./labour-sector.codes.js";

export const labourSectorEs = {
  agriculture: {
    label: "Agricultura",
    definition: "Trabajo agrícola, ganadero, en plantaciones y otras labores rurales similares.",
  },
  aquafarming: {
    label: "Acuicultura",
    definition:
      "Cría de peces, mariscos o plantas acuáticas y trabajos relacionados en el agua o cerca de ella.",
  },
  begging: {
    label: "Mendicidad",
    definition: "Mendicidad en lugares públicos, que CTDC registra como tipo de trabajo.",
  },
  construction: {
    label: "Construcción",
    definition: "Edificación, demolición, obras viales y trabajos de obra relacionados.",
  },
  domestic_work: {
    label: "Trabajo doméstico",
    definition: "Limpieza, cocina, cuidado de personas y otras tareas en un hogar particular.",
  },
  hospitality: {
    label: "Hotelería y restaurantes",
    definition: "Trabajo en hoteles, restaurantes, bares y servicios similares.",
  },
  illicit_activities: {
    label: "Actividades ilícitas",
    definition:
      "Trabajo en actividades que son ilegales en sí mismas, como la producción de drogas o el contrabando.",
  },
  manufacturing: {
    label: "Manufactura",
    definition: "Producción de bienes en fábricas, talleres o a domicilio.",
  },
  mining_or_drilling: {
    label: "Minería o perforación",
    definition: "Trabajo en minas, canteras o perforación de petróleo y gas.",
  },
  peddling: {
    label: "Venta ambulante",
    definition: "Venta de mercancías en la calle, de puerta en puerta o en el transporte público.",
  },
  transportation: {
    label: "Transporte",
    definition: "Conducción, navegación, carga y descarga y otros trabajos de transporte.",
  },
  other: { label: "Otro", definition: "Otro sector no incluido en esta lista." },
} as const satisfies CodeTexts<typeof labourSector>;
