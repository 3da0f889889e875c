import type { CodeTexts } from "../define-code-list.js";
import type { criminalGroupStructure } from "./criminal-group-structure.codes.js";

export const criminalGroupStructurePt = {
  standard_hierarchy: {
    label: "Hierarquia padrão",
    definition: "Um único grupo com um só líder, linhas de comando claras e forte disciplina interna.",
  },
  regional_hierarchy: {
    label: "Hierarquia regional",
    definition: "Uma hierarquia com comando central e unidades regionais que mantêm certa autonomia.",
  },
  clustered_hierarchy: {
    label: "Hierarquia agrupada",
    definition: "Vários grupos criminosos sob um órgão de coordenação comum.",
  },
  core_group: {
    label: "Grupo central",
    definition:
      "Um núcleo pequeno e fortemente organizado de pessoas, com poucos níveis e um círculo mais frouxo de associados.",
  },
  criminal_network: {
    label: "Rede criminosa",
    definition: "Uma rede frouxa e mutável de pessoas ligadas pelos projetos criminosos de que participam.",
  },
} as const satisfies CodeTexts<typeof criminalGroupStructure>;
