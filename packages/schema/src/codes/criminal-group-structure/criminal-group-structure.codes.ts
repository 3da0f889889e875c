import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** Structure of an organised criminal group, after the five types of UNODC's pilot survey of forty organized criminal groups in sixteen countries (Centre for International Crime Prevention, "Results of a pilot survey of forty selected organized criminal groups in sixteen countries", 2002; also in Trends in Organized Crime 6(2), 2000). UNODC's Education for Justice module on organized crime (Module 7) describes the same five models as rigid hierarchy, devolved hierarchy, hierarchical conglomerate, core criminal group and organized criminal network. */
export const criminalGroupStructure = defineCodeList("criminal_group_structure", {
  standard_hierarchy: {},
  regional_hierarchy: {},
  clustered_hierarchy: {},
  core_group: {},
  criminal_network: {},
});

/** A code of the `criminal_group_structure` list. */
export type CriminalGroupStructureCode = CodeOf<typeof criminalGroupStructure>;
