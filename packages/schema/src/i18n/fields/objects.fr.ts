import type { ObjectTexts } from "../object-texts.js";

/** French labels and descriptions of every object of the model. */
export const objectsFr = {
  case: {
    label: "Dossier",
    description:
      "Affaire de traite des personnes (l'événement de traite, première unité de l'IC-TIP) : actes, moyens et fins d'exploitation, lieux et dates, classement ICCS, personnes et organismes impliqués, état de la procédure pénale.",
  },
  traffickingEvent: {
    label: "Étape de la traite",
    description:
      "Une étape du processus de traite (recrutement, transit, exploitation ou identification), avec son lieu et sa date.",
  },
  eventPlace: {
    label: "Lieu de l'étape",
    description:
      "Endroit où s'est déroulée une étape de la traite : pays, région, ville, adresse ou coordonnées.",
  },
  financialInvestigation: {
    label: "Enquête financière",
    description:
      "Volet blanchiment d'argent d'une affaire : ouverture d'une enquête financière et mesures prises sur les avoirs.",
  },
  assetAction: {
    label: "Mesure sur les avoirs",
    description:
      "Une mesure prise sur des avoirs d'origine criminelle : identification, gel, saisie, confiscation ou restitution aux victimes.",
  },
  proceedings: {
    label: "Procédure pénale",
    description: "Où en est la procédure pénale : stade, chefs d'accusation, décision et peines prononcées.",
  },
  charge: {
    label: "Chef d'accusation",
    description:
      "Une infraction reprochée, codée selon l'ICCS, avec la disposition de la loi nationale visée.",
  },
  penalty: {
    label: "Peine",
    description:
      "Un élément de la peine prononcée : emprisonnement en mois, amende avec sa devise, confiscation, etc.",
  },
  caseComment: {
    label: "Commentaire",
    description:
      "Note datée ajoutée à un dossier ; son texte libre peut nommer des personnes et est traité comme donnée directement identifiante.",
  },
  technologyUse: {
    label: "Usage de la technologie",
    description:
      "Un usage de la technologie dans une affaire : plateforme employée et finalité (recrutement, publicité, contrôle, paiements, etc.).",
  },
  victim: {
    label: "Victime",
    description:
      "Personne identifiée ou présumée victime de la traite (unité « victime » de l'IC-TIP) : profil, nationalité, identification, exploitation subie, assistance et consentements.",
  },
  identification: {
    label: "Identification",
    description:
      "Comment, quand, dans quel pays et par quel organisme une personne a été identifiée comme victime présumée ou avérée.",
  },
  exploitation: {
    label: "Exploitation",
    description:
      "Ce qu'a subi une victime, au sens du Protocole de Palerme (actes, moyens, fins) et dans le détail opérationnel que relèvent HTCDS et CTDC.",
  },
  assistance: {
    label: "Assistance",
    description:
      "Un service reçu ou prévu pour une personne survivante, dans le cadre de son plan d'accompagnement.",
  },
  consent: {
    label: "Consentement",
    description:
      "Consentement éclairé d'une personne à l'utilisation de ses données : finalités, destinataires, date et durée de validité.",
  },
  personAddress: {
    label: "Adresse postale",
    description: "Adresse postale d'une personne ; précise jusqu'à la rue, elle l'identifie directement.",
  },
  externalId: {
    label: "Identifiant externe",
    description:
      "Identifiant du même enregistrement dans un autre système, comme un numéro d'affaire national ou un identifiant HTCDS.",
  },
  perpetrator: {
    label: "Auteur",
    description:
      "Personne soupçonnée, poursuivie ou condamnée pour traite (unité « auteur » de l'IC-TIP) : rôle, liens avec les victimes, nationalité, sexe et suites pénales.",
  },
  victimRelation: {
    label: "Lien avec une victime",
    description: "Relation entre un auteur et l'une des victimes du dossier.",
  },
  agency: {
    label: "Organisme",
    description:
      "Entité déclarante ou prestataire de services : ministère, police, ministère public, foyer d'hébergement, ligne d'assistance, ONG ou organisation internationale.",
  },
  agencyAddress: {
    label: "Adresse de l'organisme",
    description: "Adresse d'un organisme ; donnée publique d'annuaire, non personnelle.",
  },
  contactPoint: {
    label: "Point de contact",
    description:
      "Point focal d'un organisme ; son nom et ses coordonnées restent des données personnelles, même dans un annuaire.",
  },
  referral: {
    label: "Orientation",
    description:
      "Orientation d'une victime d'un organisme vers un autre, dans un même pays (mécanisme national d'orientation) ou entre deux pays (mécanisme transnational d'orientation).",
  },
  referralParty: {
    label: "Partie à l'orientation",
    description:
      "L'organisme qui oriente ou celui qui reçoit, avec son pays et le référent chargé du dossier.",
  },
  riskAssessment: {
    label: "Évaluation des risques",
    description:
      "Évaluation conjointe des risques avant un retour, menée par les pays d'origine et de destination.",
  },
  statusChange: {
    label: "Changement de statut",
    description:
      "Une étape de la vie d'une orientation : le statut atteint, le moment et l'organisme qui l'a modifié.",
  },
  bundle: {
    label: "Lot d'échange",
    description:
      "Enveloppe d'un échange : version du modèle, expéditeur, destinataires, date d'envoi, objet, marquage TLP 2.0 et enregistrements transmis.",
  },
  bundleParty: {
    label: "Partie à l'échange",
    description: "L'expéditeur ou l'un des destinataires d'un lot d'échange : organisme et pays.",
  },
  aggregate: {
    label: "Chiffre agrégé",
    description:
      "Un chiffre publié par un État qui dispose de totaux plutôt que de dossiers, sur le modèle des données GLOTIP de l'ONUDC : un indicateur par pays et par année, ventilé par catégorie, sexe et groupe d'âge, sous forme de valeur ou de marque de chiffre masqué.",
  },
  suppressedValue: {
    label: "Chiffre masqué",
    description:
      "Un chiffre que l'éditeur a masqué parce qu'il est petit, et la borne sous laquelle il se trouve.",
  },
  sourceLabels: {
    label: "Textes de la source",
    description:
      "Les textes propres à la source pour un chiffre, conservés pour la réécrire sans changement.",
  },
  helplineContact: {
    label: "Contact avec la ligne d'assistance",
    description:
      "Un contact avec une ligne d'assistance contre la traite : canal, heure, langue, qui a contacté, indicateurs relevés, suite donnée et la victime ou l'affaire à laquelle il a mené.",
  },
  screening: {
    label: "Dépistage",
    description:
      "Un dépistage d'une personne fondé sur des indicateurs : outil, indicateurs relevés avec leur force, conclusion, et le contact et la victime qu'il relie.",
  },
  screeningIndicator: {
    label: "Indicateur relevé",
    description: "Un indicateur relevé lors d'un dépistage et sa force.",
  },
  protectionMeasure: {
    label: "Mesure de protection",
    description:
      "Une mesure de protection d'une victime : indemnisation, restitution, titre de séjour, délai de réflexion, retour et réintégration, ou non-sanction.",
  },
  compensationDetail: {
    label: "Détail de l'indemnisation",
    description: "Source, octroi, versement, montants et devise d'une indemnisation ou restitution.",
  },
  residenceDetail: {
    label: "Détail du séjour",
    description: "Type, décision et dates d'un titre de séjour ou délai de réflexion.",
  },
  reintegrationDetail: {
    label: "Détail de la réintégration",
    description: "Pays, dates et issue d'un retour et de son suivi.",
  },
  nonPunishmentDetail: {
    label: "Détail de la non-sanction",
    description:
      "Infraction, issue et date des poursuites contre une victime pour une infraction commise du fait de la traite.",
  },
  sgbvIncident: {
    label: "Incident de VSBG",
    description:
      "Un incident de violence sexuelle ou basée sur le genre subi par une femme ou une fille migrante sur la route, classé selon les types du GBVIMS.",
  },
  operation: {
    label: "Opération",
    description:
      "Une opération des services répressifs ou une enquête commune contre la traite : organismes et pays participants, dates, personnes identifiées, arrestations et victimes secourues, et les affaires, auteurs et groupes concernés.",
  },
  financialInquiry: {
    label: "Enquête financière",
    description:
      "Une déclaration ou un rapport de renseignement financier, ou une enquête pour blanchiment ou financière parallèle sur le produit de la traite, avec les mesures prises sur les avoirs et l'issue.",
  },
  legalAssistanceRequest: {
    label: "Demande d'entraide judiciaire",
    description:
      "Une demande d'entraide judiciaire dans une affaire de traite, envoyée ou reçue : pays et autorités, base juridique, entraide demandée, statut et dates.",
  },
  criminalGroup: {
    label: "Groupe criminel organisé",
    description:
      "Un groupe criminel organisé : sa structure, ses pays d'activité, les infractions liées, sa taille estimée et ses avoirs, avec ses membres et ses affaires.",
  },
  preventionActivity: {
    label: "Activité de prévention",
    description:
      "Une campagne de sensibilisation, une formation d'agents publics ou une autre activité de prévention : public, portée, canaux et plateformes en ligne, dates, pays et organisateur.",
  },
} as const satisfies ObjectTexts;
