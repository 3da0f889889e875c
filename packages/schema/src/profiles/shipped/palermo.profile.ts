import { defineProfile } from "../profile-document.js";

/** The Palermo Protocol applied strictly: an adult is a victim only when a means was used. */
export const palermo = defineProfile({
  id: "palermo",
  title: {
    en: "Palermo Protocol, Article 3 applied strictly",
    es: "Protocolo de Palermo, artículo 3 aplicado estrictamente",
    fr: "Protocole de Palerme, article 3 appliqué strictement",
    pt: "Protocolo de Palermo, artigo 3.º aplicado estritamente",
  },
  version: "1.0.0",
  basedOn: "core",
  sources: [
    {
      title:
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime (2000), Article 3",
      url: "https://www.ohchr.org/en/instruments-mechanisms/instruments/protocol-prevent-suppress-and-punish-trafficking-persons",
    },
  ],
  rules: {
    adult_victim_without_means: {
      severity: "error",
      clause:
        "Art. 3(a): trafficking of an adult requires an act, a means and a purpose; only Art. 3(c) exempts children from the means",
    },
  },
});
