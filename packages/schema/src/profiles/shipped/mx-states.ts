/**
 * The 32 federal entities of Mexico (31 states and Mexico City), ISO 3166-2:MX codes as maintained by the ISO
 * 3166 Maintenance Agency. Names are proper nouns: the same in every language except where usage differs.
 */
export const MX_STATES = {
  "MX-AGU": {
    labels: { en: "Aguascalientes", es: "Aguascalientes", fr: "Aguascalientes", pt: "Aguascalientes" },
  },
  "MX-BCN": {
    labels: { en: "Baja California", es: "Baja California", fr: "Baja California", pt: "Baja California" },
  },
  "MX-BCS": {
    labels: {
      en: "Baja California Sur",
      es: "Baja California Sur",
      fr: "Baja California Sur",
      pt: "Baja California Sur",
    },
  },
  "MX-CAM": { labels: { en: "Campeche", es: "Campeche", fr: "Campeche", pt: "Campeche" } },
  "MX-CHP": { labels: { en: "Chiapas", es: "Chiapas", fr: "Chiapas", pt: "Chiapas" } },
  "MX-CHH": { labels: { en: "Chihuahua", es: "Chihuahua", fr: "Chihuahua", pt: "Chihuahua" } },
  "MX-CMX": {
    labels: { en: "Mexico City", es: "Ciudad de México", fr: "Mexico (ville)", pt: "Cidade do México" },
  },
  "MX-COA": {
    labels: {
      en: "Coahuila de Zaragoza",
      es: "Coahuila de Zaragoza",
      fr: "Coahuila de Zaragoza",
      pt: "Coahuila de Zaragoza",
    },
  },
  "MX-COL": { labels: { en: "Colima", es: "Colima", fr: "Colima", pt: "Colima" } },
  "MX-DUR": { labels: { en: "Durango", es: "Durango", fr: "Durango", pt: "Durango" } },
  "MX-GUA": { labels: { en: "Guanajuato", es: "Guanajuato", fr: "Guanajuato", pt: "Guanajuato" } },
  "MX-GRO": { labels: { en: "Guerrero", es: "Guerrero", fr: "Guerrero", pt: "Guerrero" } },
  "MX-HID": { labels: { en: "Hidalgo", es: "Hidalgo", fr: "Hidalgo", pt: "Hidalgo" } },
  "MX-JAL": { labels: { en: "Jalisco", es: "Jalisco", fr: "Jalisco", pt: "Jalisco" } },
  "MX-MEX": { labels: { en: "State of Mexico", es: "México", fr: "État de Mexico", pt: "Estado do México" } },
  "MX-MIC": {
    labels: {
      en: "Michoacán de Ocampo",
      es: "Michoacán de Ocampo",
      fr: "Michoacán de Ocampo",
      pt: "Michoacán de Ocampo",
    },
  },
  "MX-MOR": { labels: { en: "Morelos", es: "Morelos", fr: "Morelos", pt: "Morelos" } },
  "MX-NAY": { labels: { en: "Nayarit", es: "Nayarit", fr: "Nayarit", pt: "Nayarit" } },
  "MX-NLE": { labels: { en: "Nuevo León", es: "Nuevo León", fr: "Nuevo León", pt: "Nuevo León" } },
  "MX-OAX": { labels: { en: "Oaxaca", es: "Oaxaca", fr: "Oaxaca", pt: "Oaxaca" } },
  "MX-PUE": { labels: { en: "Puebla", es: "Puebla", fr: "Puebla", pt: "Puebla" } },
  "MX-QUE": { labels: { en: "Querétaro", es: "Querétaro", fr: "Querétaro", pt: "Querétaro" } },
  "MX-ROO": { labels: { en: "Quintana Roo", es: "Quintana Roo", fr: "Quintana Roo", pt: "Quintana Roo" } },
  "MX-SLP": {
    labels: { en: "San Luis Potosí", es: "San Luis Potosí", fr: "San Luis Potosí", pt: "San Luis Potosí" },
  },
  "MX-SIN": { labels: { en: "Sinaloa", es: "Sinaloa", fr: "Sinaloa", pt: "Sinaloa" } },
  "MX-SON": { labels: { en: "Sonora", es: "Sonora", fr: "Sonora", pt: "Sonora" } },
  "MX-TAB": { labels: { en: "Tabasco", es: "Tabasco", fr: "Tabasco", pt: "Tabasco" } },
  "MX-TAM": { labels: { en: "Tamaulipas", es: "Tamaulipas", fr: "Tamaulipas", pt: "Tamaulipas" } },
  "MX-TLA": { labels: { en: "Tlaxcala", es: "Tlaxcala", fr: "Tlaxcala", pt: "Tlaxcala" } },
  "MX-VER": {
    labels: {
      en: "Veracruz de Ignacio de la Llave",
      es: "Veracruz de Ignacio de la Llave",
      fr: "Veracruz de Ignacio de la Llave",
      pt: "Veracruz de Ignacio de la Llave",
    },
  },
  "MX-YUC": { labels: { en: "Yucatán", es: "Yucatán", fr: "Yucatán", pt: "Yucatán" } },
  "MX-ZAC": { labels: { en: "Zacatecas", es: "Zacatecas", fr: "Zacatecas", pt: "Zacatecas" } },
} as const;
