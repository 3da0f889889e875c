import type { ChromeTexts } from "./chrome-texts.js";
import { profilesFr } from "./profiles.fr.js";

/** French texts of the site's pages. */
export const chromeFr = {
  languageName: "Français",
  siteTitle: "Norme de données sur la traite",
  skipToContent: "Aller au contenu",
  nav: {
    label: "Principale",
    home: "Accueil",
    model: "Modèle de données",
    codeLists: "Listes de codes",
    htcds: "Correspondance HTCDS",
    ctdc: "Correspondance CTDC",
    rules: "Règles et anomalies",
    profiles: "Profils nationaux",
    api: "Référence de l'API",
  },
  languageSwitcher: "Langue",
  search: {
    label: "Rechercher des champs et des codes",
    placeholder: "p. ex. date de naissance, femme, prs_Gender",
    oneResult: "1 résultat",
    results: "{count} résultats",
    noResults: "Aucun résultat",
    kinds: { field: "Champ", code: "Code", object: "Objet", codeList: "Liste de codes" },
  },
  footer: "Généré à partir de @tip/schema, version du modèle {version}.",
  root: {
    title: "Norme d'échange de données sur la traite des êtres humains",
    lead: "Choisissez votre langue.",
    api: "Référence de l'API (en anglais)",
  },
  home: {
    title: "La norme d'échange de données sur la traite des êtres humains",
    lead: "Un modèle commun pour échanger entre pays des données sur la traite des personnes : affaires, victimes, auteurs, organismes et orientations, documenté en français, anglais, espagnol et portugais.",
    about: {
      heading: "Ce qu'est la norme",
      paragraphs: [
        "La norme enregistre les données sur la traite des personnes de la même manière dans tous les pays, afin que les autorités nationales, les ONG et les organisations internationales puissent échanger des affaires et des orientations et produire des statistiques comparables (Rapport mondial de l'ONUDC, indicateur 16.2.2 des ODD, rapports de l'OEA).",
        "Elle suit les unités d'enregistrement de l'IC-TIP, la classification internationale de l'OIM et de l'ONUDC, et correspond au Human Trafficking Case Data Standard (HTCDS) utilisé pour la gestion des dossiers ainsi qu'aux jeux de données du CTDC. Chaque champ porte une classe de données personnelles, pour que les outils puissent caviarder et agréger sans risque.",
        "Ce dictionnaire est généré à partir des schémas du SDK : les champs, listes de codes, correspondances et règles présentés ici sont ceux qu'appliquent les validateurs.",
      ],
    },
    units: {
      heading: "Les enregistrements",
      paragraphs: [
        "L'IC-TIP compte quatre unités : le fait de traite (l'affaire), la victime, l'auteur et l'entité déclarante (l'organisme). La norme y ajoute l'orientation d'une victime entre organismes ou pays, et le lot qui transporte les enregistrements d'une partie à l'autre.",
      ],
    },
    start: {
      heading: "Pour commencer",
      intro: "Le SDK est un ensemble de paquets npm pour Node.js 20 ou plus récent et pour les navigateurs.",
      install: "Installez le modèle et l'outil en ligne de commande :",
      validate: "Vérifiez un export, avec des messages dans votre langue :",
      code: "Vérifiez un enregistrement dans votre propre code :",
      schemas:
        "Vous travaillez dans un autre langage de programmation ? La page de chaque enregistrement renvoie à son JSON Schema (draft 2020-12).",
      synth: "Essayez les outils sur des données synthétiques, jamais sur des cas réels :",
      next: "Lisez ensuite la page de chaque enregistrement et les règles qui s'y appliquent.",
    },
  },
  model: {
    title: "Modèle de données",
    intro:
      "La norme se compose de six types d'enregistrement. Un enregistrement est un objet JSON avec un recordType, un identifiant UUID et les champs listés sur sa page ; les parties sont des objets imbriqués dans les enregistrements.",
    entity: "Enregistrement",
    parts: "Parties",
  },
  object: {
    recordKind: "Type d'enregistrement",
    partKind: "Partie d'un enregistrement",
    fields: "Champs",
    fieldsCaption: "Champs de l'objet {object}",
    parts: "Parties",
    usedIn: "Utilisé dans",
    onThisPage: "Sur cette page",
    rules: "Règles",
    noRules: "Aucune règle inter-champs ne lit ces champs.",
    example: "Exemple",
    exampleIntro: "Un enregistrement fictif et valide.",
    schema: "JSON Schema",
    schemaLink: "Télécharger {file}",
    schemaIntro:
      "JSON Schema draft 2020-12, avec libellés, descriptions, classes de données personnelles et correspondances sous forme de mots-clés x-. Les règles inter-champs ne peuvent pas y être exprimées : les validateurs du SDK les vérifient.",
  },
  fieldTable: {
    name: "Champ",
    label: "Libellé",
    type: "Type",
    required: "Obligatoire",
    description: "Description",
    pii: "Données personnelles",
    mappings: "Correspondances",
    codeList: "Liste de codes",
    rules: "Règles",
    yes: "Oui",
    no: "Non",
  },
  types: {
    text: "texte",
    textLength: "texte de {min} à {max} caractères",
    integer: "entier",
    number: "nombre",
    atLeast: "{type}, au moins {min}",
    between: "{type} de {min} à {max}",
    boolean: "vrai ou faux",
    date: "date (AAAA-MM-JJ)",
    dateTime: "date et heure avec décalage UTC",
    uuid: "UUID",
    email: "adresse électronique",
    url: "adresse web",
    pattern: "texte conforme à {pattern}",
    code: "code de la liste {list}",
    oneOf: "l'un de {values}",
    constant: "toujours {value}",
    listOf: "liste de : {item}",
    extensions: "données d'extension par espace de noms",
    object: "{object} (objet)",
  },
  pii: {
    direct: {
      label: "Identifiant direct",
      description: "Identifie une personne à lui seul (nom, téléphone, numéro de pièce d'identité).",
    },
    quasi: {
      label: "Quasi-identifiant",
      description:
        "Identifie une personne en combinaison avec d'autres champs (date de naissance, nationalité, lieux).",
    },
    sensitive: {
      label: "Sensible",
      description: "Révèle des faits intimes sur une personne (formes d'exploitation, santé, consentement).",
    },
    none: {
      label: "Non personnel",
      description: "Ne dit rien d'une personne (identifiants d'enregistrements, codes d'organismes).",
    },
  },
  piiHeading: "Classes de données personnelles",
  severity: { error: "Erreur", warning: "Avertissement", info: "Information" },
  codes: {
    title: "Listes de codes",
    intro:
      "Chaque champ codé prend ses valeurs dans l'une de ces listes. Les codes sont stables et identiques dans toutes les langues ; les libellés et définitions sont traduits.",
    list: "Liste",
    count: "Codes",
    usedBy: "Utilisée par",
    notUsed: "Aucun champ n'utilise encore cette liste.",
    listTitle: "Liste de codes {list}",
    codeCount: "{count, plural, one {# code} other {# codes}}",
    code: "Code",
    label: "Libellé",
    definition: "Définition",
    mappings: "Correspondances",
  },
  mappings: {
    title: "{standard} et le modèle",
    htcdsIntro:
      "Correspondance entre les champs et valeurs de listes du Human Trafficking Case Data Standard 2.0 et les champs et codes du modèle. Les convertisseurs du SDK lisent et écrivent HTCDS à l'aide de ces correspondances.",
    ctdcIntro:
      "Correspondance entre les colonnes et valeurs des jeux de données du CTDC (le jeu mondial et le jeu synthétique de 2024) et les champs et codes du modèle.",
    fieldsToModel: "De {standard} vers le modèle",
    modelToFields: "Du modèle vers {standard}",
    codes: "Valeurs et codes",
    codesIntro: "Valeurs écrites dans les fichiers {standard} et codes du modèle qu'elles représentent.",
    standardName: "Nom {standard}",
    modelField: "Champ du modèle",
    label: "Libellé",
    codeList: "Liste de codes",
    code: "Code",
    htcdsCredit:
      "Les noms de champs et valeurs de listes HTCDS proviennent du {standard} de l'Organisation internationale pour les migrations (OIM), sous licence {license}.",
    ctdcCredit:
      "Les noms de colonnes et valeurs CTDC sont ceux des jeux de données du {standard}, géré par l'Organisation internationale pour les migrations (OIM).",
    notEndorsed: "L'OIM n'approuve pas ce projet.",
    lookupLabel: "Je viens de {standard} : trouver un nom de colonne ou un champ du modèle",
    lookupHint:
      "Saisissez une partie d’un nom {standard} (prs_Gender), d’un identifiant de champ (victim.gender) ou d’un libellé : les tableaux ci-dessous ne gardent que les lignes correspondantes.",
  },
  rules: {
    title: "Règles et codes d'anomalie",
    intro:
      "Tout problème signalé par un validateur est une anomalie avec un code stable, un JSON Pointer vers son emplacement, une gravité et un message dans la langue du lecteur. Les messages ne contiennent jamais de valeur de l'enregistrement.",
    catalogue: "Règles inter-champs",
    catalogueIntro:
      "Contraintes que JSON Schema ne peut pas exprimer, vérifiées une fois la structure de l'enregistrement valide, chacune avec la clause ou la pratique qu'elle applique.",
    code: "Code",
    record: "Enregistrement",
    severity: "Gravité",
    clause: "Clause ou pratique appliquée",
    fields: "Champs lus",
    message: "Message",
    messages: "Codes d'anomalie et messages",
    ruleCodes: "Codes des règles inter-champs",
    structural: "Codes structurels",
    structuralIntro:
      "Ce que JSON Schema peut aussi exprimer : un champ manquant ou inconnu, un mauvais type, un code hors de sa liste, une date mal formée.",
    input: "Codes d'entrée",
    inputIntro:
      "Problèmes d'un fichier dans son ensemble ou entre ses enregistrements : texte illisible, en-têtes CSV, identifiants en double, références à des enregistrements absents.",
    placeholders:
      "Les mots entre accolades, comme {field}, sont remplacés par le libellé du champ concerné, un code ou une limite.",
  },
  profiles: profilesFr,
} as const satisfies ChromeTexts;
