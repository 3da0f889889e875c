import { defineProfile } from "../profile-document.js";

/** Argentina: Law 26.364 as amended by Law 26.842 (2012) defines trafficking without means. */
export const ar = defineProfile({
  id: "ar",
  title: {
    en: "Argentina: Law 26.364 as amended by Law 26.842",
    es: "Argentina: Ley 26.364 modificada por la Ley 26.842",
    fr: "Argentine : loi 26.364 modifiée par la loi 26.842",
    pt: "Argentina: Lei 26.364 alterada pela Lei 26.842",
  },
  description: {
    en: "Trafficking is the offering, recruitment, transfer, receipt or harbouring of persons for exploitation, by any means; the victim's consent never exempts the perpetrators.",
    es: "Trata es el ofrecimiento, la captación, el traslado, la recepción o acogida de personas con fines de explotación, por cualquier medio; el consentimiento de la víctima nunca exime a los autores.",
    fr: "La traite est l'offre, le recrutement, le transfert, la réception ou l'hébergement de personnes aux fins d'exploitation, par quelque moyen que ce soit ; le consentement de la victime n'exonère jamais les auteurs.",
    pt: "Tráfico é a oferta, captação, transferência, receção ou acolhimento de pessoas para fins de exploração, por qualquer meio; o consentimento da vítima nunca isenta os autores.",
  },
  country: "AR",
  version: "1.0.0",
  basedOn: "core",
  sources: [
    {
      title:
        "Ley 26.364 de Prevención y Sanción de la Trata de Personas y Asistencia a sus Víctimas, modificada por la Ley 26.842 (B.O. 27/12/2012), artículo 2",
      url: "https://www.argentina.gob.ar/normativa/nacional/ley-26842-206554",
    },
  ],
  rules: {
    adult_victim_without_means: {
      severity: "off",
      clause:
        "Ley 26.364 Art. 2 (texto según Ley 26.842): la trata no requiere medios comisivos, y el consentimiento dado por la víctima no constituye en ningún caso causa de eximición de responsabilidad",
    },
  },
});
