import type { CodeTexts } from "../define-code-list.js";
import type { iccsCode } from "./iccs-code.codes.js";

export const iccsCodeEn = {
  "0204": {
    label: "Trafficking in persons",
    definition:
      "Recruiting, moving, harbouring or receiving persons by improper means for the purpose of exploitation.",
  },
  "02041": {
    label: "Trafficking in persons for sexual exploitation",
    definition: "Trafficking whose purpose is sexual exploitation.",
  },
  "02042": {
    label: "Trafficking in persons for forced labour or services",
    definition: "Trafficking whose purpose is forced labour or services.",
  },
  "02043": {
    label: "Trafficking in persons for organ removal",
    definition: "Trafficking whose purpose is the removal of organs.",
  },
  "02044": {
    label: "Trafficking in persons for other purposes",
    definition:
      "Trafficking for a purpose other than sexual exploitation, forced labour or services, or organ removal.",
  },
  "0203": {
    label: "Slavery and exploitation",
    definition:
      "Holding a person in slavery, servitude or forced labour, or otherwise exploiting them, as an offence separate from trafficking.",
  },
  "020321": {
    label: "Forced labour for domestic services",
    definition: "Forcing a person to do domestic work in a household.",
  },
  "0302": {
    label: "Sexual exploitation",
    definition:
      "Using a person for sexual purposes for gain, by abusing their vulnerability or a position of power or trust.",
  },
  "03022": {
    label: "Sexual exploitation of children",
    definition: "Sexual exploitation in which the person exploited is a child.",
  },
  "030221": {
    label: "Child pornography",
    definition: "Producing, distributing or possessing sexual material depicting children.",
  },
  "030222": {
    label: "Child prostitution",
    definition: "Using a child in sexual activities in return for payment or other reward.",
  },
  "08051": {
    label: "Smuggling of migrants",
    definition:
      "Procuring another person's illegal entry into a country for financial or material gain; distinct from trafficking.",
  },
  "020221": {
    label: "Kidnapping",
    definition: "Unlawfully seizing and holding a person against their will, for example to demand a ransom.",
  },
  "020291": {
    label: "Illegal adoption",
    definition:
      "Arranging an adoption unlawfully, for example through improper payment, coercion or forged consent.",
  },
  "020292": {
    label: "Forced marriage",
    definition:
      "Making a person marry without their free and full consent, or keeping them in such a marriage.",
  },
  "07041": {
    label: "Money laundering",
    definition:
      "Converting, transferring or concealing property known to be proceeds of crime, to hide its illicit origin.",
  },
  "09051": {
    label: "Participation in an organized criminal group",
    definition:
      "Taking part in a structured group of three or more persons that acts in concert to commit serious crimes for a material benefit.",
  },
} as const satisfies CodeTexts<typeof iccsCode>;
