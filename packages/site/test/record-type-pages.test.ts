import { LOCALES } from "@tip/schema";
import { es } from "@tip/schema/locales/es";
import { fr } from "@tip/schema/locales/fr";
import { pt } from "@tip/schema/locales/pt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildTempSite } from "./site-files.js";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildTempSite();
});
afterAll(() => site.remove());

/** The prosecution and prevention record types, with their titles written out here (not read from the model). */
const TITLES = {
  operation: { en: "Operation", es: "Operativo", fr: "Opération", pt: "Operação" },
  financialInquiry: {
    en: "Financial inquiry",
    es: "Indagación financiera",
    fr: "Enquête financière",
    pt: "Apuração financeira",
  },
  legalAssistanceRequest: {
    en: "Mutual legal assistance request",
    es: "Solicitud de asistencia judicial recíproca",
    fr: "Demande d'entraide judiciaire",
    pt: "Pedido de assistência jurídica mútua",
  },
  criminalGroup: {
    en: "Organised criminal group",
    es: "Grupo delictivo organizado",
    fr: "Groupe criminel organisé",
    pt: "Grupo criminoso organizado",
  },
  preventionActivity: {
    en: "Prevention activity",
    es: "Actividad de prevención",
    fr: "Activité de prévention",
    pt: "Atividade de prevenção",
  },
} as const;

const escaped = (text: string) => text.replace(/'/g, "&#39;");

describe("a page per prosecution and prevention record type", () => {
  it.each(Object.keys(TITLES))("%s has a model page in the four languages, titled in each", (type) => {
    for (const lang of LOCALES) {
      const html = site.read(`${lang}/model/${type}.html`);
      const title = TITLES[type as keyof typeof TITLES][lang];
      expect(html, `${lang}/${type}`).toMatch(new RegExp(`<h1[^>]*>[^<]*(${title}|${escaped(title)})`));
    }
  });

  it("shows the labels of the new code lists in each language", () => {
    for (const [lang, bundle] of [
      ["es", es],
      ["fr", fr],
      ["pt", pt],
    ] as const) {
      const html = site.read(`${lang}/codes/criminal_group_structure.html`);
      expect(html).toContain(bundle.codes.criminal_group_structure.core_group.label);
    }
  });
});
