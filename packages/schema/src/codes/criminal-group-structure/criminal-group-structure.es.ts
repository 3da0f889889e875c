import type { CodeTexts } from "../define-code-list.js";
import type { criminalGroupStructure } from "./criminal-group-structure.codes.js";

export const criminalGroupStructureEs = {
  standard_hierarchy: {
    label: "Jerarquía estándar",
    definition: "Un solo grupo con un único jefe, líneas de mando claras y fuerte disciplina interna.",
  },
  regional_hierarchy: {
    label: "Jerarquía regional",
    definition: "Una jerarquía con un mando central y unidades regionales que conservan cierta autonomía.",
  },
  clustered_hierarchy: {
    label: "Jerarquía agrupada",
    definition: "Varios grupos delictivos bajo un órgano de coordinación común.",
  },
  core_group: {
    label: "Grupo central",
    definition:
      "Un núcleo reducido y muy organizado de personas, con pocos niveles y un círculo más laxo de asociados.",
  },
  criminal_network: {
    label: "Red delictiva",
    definition:
      "Una red laxa y cambiante de personas vinculadas por los proyectos delictivos en que participan.",
  },
} as const satisfies CodeTexts<typeof criminalGroupStructure>;
