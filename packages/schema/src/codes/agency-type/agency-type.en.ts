import type { CodeTexts } from "../define-code-list.js";
import type { agencyType } from "./agency-type.codes.js";

export const agencyTypeEn = {
  ngo: { label: "NGO", definition: "A non-governmental, non-profit civil-society organisation." },
  law_enforcement: {
    label: "Law enforcement",
    definition: "Police, border guard or another body that enforces criminal law.",
  },
  health_service: {
    label: "Health service",
    definition: "A hospital, clinic or other provider of health care.",
  },
  central_government: {
    label: "Central government",
    definition: "A ministry or other body of the national government.",
  },
  local_government: {
    label: "Local government",
    definition: "A regional, provincial or municipal authority.",
  },
  immigration_service: {
    label: "Immigration service",
    definition: "The authority responsible for the entry, stay and removal of non-nationals.",
  },
  legal_service: {
    label: "Legal service",
    definition: "A lawyer, legal clinic or other provider of legal advice and representation.",
  },
  corporate_business: { label: "Business", definition: "A private company or other commercial enterprise." },
  school_or_college: {
    label: "School or college",
    definition: "A school, college, university or other educational institution.",
  },
  prosecution: {
    label: "Prosecution service",
    definition: "The public prosecutor's office, which brings criminal charges.",
  },
  judiciary: {
    label: "Judiciary",
    definition: "A court that tries cases and decides on guilt and penalties.",
  },
  labour_inspectorate: {
    label: "Labour inspectorate",
    definition: "The public service that inspects workplaces and enforces labour law.",
  },
  international_organisation: {
    label: "International organisation",
    definition: "An intergovernmental organisation such as IOM, UNODC or UNHCR.",
  },
  shelter: {
    label: "Shelter",
    definition: "A safe house or residential facility that accommodates victims.",
  },
  hotline: {
    label: "Hotline",
    definition: "A telephone or online helpline that takes reports and gives advice.",
  },
  national_rapporteur: {
    label: "National rapporteur",
    definition: "An independent office that monitors and reports on the state's action against trafficking.",
  },
  tip_task_force: {
    label: "Anti-trafficking task force",
    definition: "An inter-agency body that coordinates the national response to trafficking.",
  },
  embassy_or_consulate: {
    label: "Embassy or consulate",
    definition: "A diplomatic or consular mission of a state abroad.",
  },
  child_protection: {
    label: "Child protection",
    definition: "The authority or service responsible for the care and protection of children.",
  },
  social_services: {
    label: "Social services",
    definition: "A public or contracted service that provides social-welfare support.",
  },
  other: { label: "Other", definition: "Any other kind of organisation." },
} as const satisfies CodeTexts<typeof agencyType>;
