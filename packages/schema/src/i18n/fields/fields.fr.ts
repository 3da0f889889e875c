import type { FieldTexts } from "../field-texts.js";

/** French labels and descriptions of every field. */
export const fieldsFr = {
  "case.recordType": {
    label: "Type d'enregistrement",
    description: "Nature de l'enregistrement ; vaut toujours « case » pour un dossier.",
  },
  "case.id": {
    label: "Identifiant du dossier",
    description:
      "Identifiant unique du dossier au format UUID (RFC 9562), qui sert de clé dans les échanges.",
  },
  "case.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants du même dossier dans d'autres systèmes, par exemple un numéro d'affaire national ou un identifiant HTCDS.",
  },
  "case.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "case.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "case.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "case.status": {
    label: "Statut du dossier",
    description:
      "Où en est la prise en charge du dossier par l'organisme : actif, en suivi, clos, ou clos après orientation.",
  },
  "case.closureReason": {
    label: "Motif de clôture",
    description: "Texte libre expliquant pourquoi le dossier a été clos.",
  },
  "case.caseOwner": {
    label: "Responsable du dossier",
    description:
      "Nom du professionnel qui gère le dossier au sein de l'organisme ; donnée directement identifiante.",
  },
  "case.openedOn": {
    label: "Date d'ouverture",
    description: "Jour où le dossier a été ouvert, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "case.closedOn": {
    label: "Date de clôture",
    description: "Jour où le dossier a été clos, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "case.acts": {
    label: "Actes",
    description:
      "Actes de traite relevés dans l'affaire au sens de l'article 3 du Protocole de Palerme : recrutement, transport, transfert, hébergement ou accueil de personnes.",
  },
  "case.means": {
    label: "Moyens",
    description:
      "Moyens employés par les auteurs au sens du Protocole de Palerme, comme la contrainte, l'enlèvement, la tromperie ou l'abus d'une situation de vulnérabilité.",
  },
  "case.purposes": {
    label: "Fins d'exploitation",
    description:
      "Formes d'exploitation visées ou constatées dans l'affaire, par exemple l'exploitation sexuelle, le travail forcé ou le prélèvement d'organes.",
  },
  "case.iccsCodes": {
    label: "Codes ICCS de la traite",
    description:
      "Codes de la Classification internationale des infractions à des fins statistiques (ICCS) qui rangent l'affaire dans la traite des personnes (0204 et ses subdivisions).",
  },
  "case.relatedOffences": {
    label: "Infractions connexes",
    description:
      "Autres infractions liées à l'affaire, codées selon l'ICCS, comme l'enlèvement, l'adoption illégale ou le trafic illicite de migrants.",
  },
  "case.events": {
    label: "Étapes de la traite",
    description:
      "Étapes successives du processus de traite (recrutement, transit, exploitation, identification), chacune avec son lieu et sa date.",
  },
  "case.transnational": {
    label: "Affaire transnationale",
    description: "Indique si l'affaire a franchi au moins une frontière internationale.",
  },
  "case.organisedCrime": {
    label: "Criminalité organisée",
    description:
      "Degré d'implication de la criminalité organisée dans l'affaire : aucune, auteur isolé, groupe criminel organisé ou réseau transnational.",
  },
  "case.technologyUses": {
    label: "Usages de la technologie",
    description:
      "Technologies mises en œuvre dans l'affaire, avec la plateforme et la finalité (recrutement, publicité, contrôle, paiements, etc.).",
  },
  "case.financialInvestigation": {
    label: "Enquête financière",
    description:
      "Volet financier de l'affaire : ouverture d'une enquête financière, poursuites pour blanchiment et mesures prises sur les avoirs.",
  },
  "case.proceedings": {
    label: "Procédure pénale",
    description:
      "Avancement de la procédure pénale dans l'affaire : stade, chefs d'accusation, décision et peines.",
  },
  "case.victimIds": {
    label: "Victimes liées",
    description: "Identifiants (UUID) des enregistrements de victimes rattachés au dossier.",
  },
  "case.perpetratorIds": {
    label: "Auteurs liés",
    description: "Identifiants (UUID) des enregistrements d'auteurs rattachés au dossier.",
  },
  "case.reportingAgencyIds": {
    label: "Organismes déclarants",
    description:
      "Identifiants (UUID) des organismes qui ont identifié, assisté ou enregistré les personnes du dossier (entités déclarantes au sens de l'IC-TIP).",
  },
  "case.leadAgencyId": {
    label: "Organisme chef de file",
    description: "Identifiant (UUID) de l'organisme qui pilote le dossier.",
  },
  "case.comments": {
    label: "Commentaires",
    description: "Notes datées ajoutées au dossier par les organismes qui le suivent.",
  },
  "traffickingEvent.victimId": {
    label: "Victime",
    description:
      "La victime que concerne cette étape (id d'un enregistrement de victime). Chaque victime d'une affaire a sa propre chronologie ; une victime de nouveau victime de traite après son identification a une seconde série d'étapes.",
  },
  "traffickingEvent.role": {
    label: "Type d'étape",
    description:
      "Nature de l'étape du processus de traite : recrutement, transit, exploitation ou identification.",
  },
  "traffickingEvent.place": {
    label: "Lieu de l'étape",
    description:
      "Endroit où l'étape s'est déroulée : pays, région, ville, adresse ou coordonnées géographiques.",
  },
  "traffickingEvent.date": {
    label: "Date de l'étape",
    description:
      "Date ou début de l'étape, en date ISO 8601 éventuellement partielle (AAAA, AAAA-MM ou AAAA-MM-JJ).",
  },
  "traffickingEvent.endDate": {
    label: "Date de fin de l'étape",
    description: "Fin de l'étape lorsqu'elle s'est prolongée, en date ISO 8601 éventuellement partielle.",
  },
  "traffickingEvent.description": {
    label: "Description de l'étape",
    description: "Récit libre de ce qui s'est passé au cours de l'étape.",
  },
  "eventPlace.country": {
    label: "Pays (lieu de l'étape)",
    description: "Pays où l'étape a eu lieu, en code ISO 3166-1 alpha-2.",
  },
  "eventPlace.region": {
    label: "Région (lieu de l'étape)",
    description: "État, province, département ou autre division administrative où l'étape a eu lieu.",
  },
  "eventPlace.city": {
    label: "Ville (lieu de l'étape)",
    description: "Ville ou localité où l'étape a eu lieu.",
  },
  "eventPlace.street": {
    label: "Rue (lieu de l'étape)",
    description:
      "Rue et numéro du lieu de l'étape ; une adresse précise peut identifier directement une personne.",
  },
  "eventPlace.postalCode": {
    label: "Code postal (lieu de l'étape)",
    description: "Code postal du lieu de l'étape.",
  },
  "eventPlace.latitude": {
    label: "Latitude (lieu de l'étape)",
    description: "Latitude du lieu de l'étape en degrés décimaux, de -90 à 90.",
  },
  "eventPlace.longitude": {
    label: "Longitude (lieu de l'étape)",
    description: "Longitude du lieu de l'étape en degrés décimaux, de -180 à 180.",
  },
  "financialInvestigation.opened": {
    label: "Enquête financière ouverte",
    description: "Indique si une enquête financière a été ouverte sur les profits tirés de la traite.",
  },
  "financialInvestigation.openedOn": {
    label: "Date d'ouverture de l'enquête",
    description: "Jour d'ouverture de l'enquête financière, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "financialInvestigation.moneyLaunderingCharged": {
    label: "Poursuites pour blanchiment",
    description: "Indique si des chefs de blanchiment d'argent ont été retenus dans l'affaire.",
  },
  "financialInvestigation.assetActions": {
    label: "Mesures sur les avoirs",
    description:
      "Mesures prises sur les avoirs d'origine criminelle : identification, gel, saisie, confiscation ou restitution aux victimes.",
  },
  "assetAction.action": {
    label: "Type de mesure",
    description:
      "Mesure prise sur les avoirs : identifiés, gelés, saisis, confisqués ou restitués à la victime.",
  },
  "assetAction.value": {
    label: "Valeur des avoirs",
    description: "Valeur estimée des avoirs visés par la mesure, exprimée dans la devise indiquée.",
  },
  "assetAction.currency": {
    label: "Devise de la valeur",
    description:
      "Devise dans laquelle la valeur est exprimée, en code ISO 4217 à trois lettres (par ex. USD).",
  },
  "assetAction.date": {
    label: "Date de la mesure",
    description: "Jour où la mesure a été prise, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "proceedings.stage": {
    label: "Stade de la procédure",
    description:
      "Stade atteint dans la chaîne pénale : soupçons, contact officiel, enquête, poursuites, procès, condamnation, acquittement, classement ou appel.",
  },
  "proceedings.charges": {
    label: "Chefs d'accusation",
    description:
      "Infractions reprochées, chacune avec son code ICCS et la disposition de la loi nationale visée.",
  },
  "proceedings.courtCaseNumber": {
    label: "Numéro de l'affaire judiciaire",
    description: "Numéro attribué à l'affaire par la juridiction ou le ministère public.",
  },
  "proceedings.prosecutionStartedOn": {
    label: "Date d'engagement des poursuites",
    description: "Jour où le ministère public a engagé les poursuites, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "proceedings.verdict": {
    label: "Décision judiciaire",
    description:
      "Issue du jugement : condamnation, acquittement, non-lieu, plaider-coupable ou décision en attente.",
  },
  "proceedings.verdictDate": {
    label: "Date de la décision",
    description: "Jour où la décision a été rendue, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "proceedings.penalties": {
    label: "Peines",
    description:
      "Peines prononcées à la suite d'une condamnation, comme l'emprisonnement, l'amende ou la confiscation.",
  },
  "charge.iccs": {
    label: "Code ICCS de l'infraction",
    description:
      "Code de l'infraction reprochée dans la Classification internationale des infractions à des fins statistiques (ICCS).",
  },
  "charge.legalProvision": {
    label: "Disposition légale",
    description:
      "Texte de loi national sur lequel repose l'accusation, par exemple un article du code pénal.",
  },
  "charge.chargedOn": {
    label: "Date de l'accusation",
    description: "Jour où ce chef d'accusation a été retenu, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "penalty.type": {
    label: "Type de peine",
    description:
      "Nature de la peine : emprisonnement, peine avec sursis, amende, travail d'intérêt général, confiscation, expulsion ou autre.",
  },
  "penalty.months": {
    label: "Durée (mois)",
    description: "Durée de la peine en mois, par exemple pour une peine d'emprisonnement (de 0 à 1 200).",
  },
  "penalty.amount": {
    label: "Montant",
    description: "Montant d'une peine pécuniaire, exprimé dans la devise indiquée.",
  },
  "penalty.currency": {
    label: "Devise du montant",
    description:
      "Devise dans laquelle le montant est exprimé, en code ISO 4217 à trois lettres (par ex. EUR).",
  },
  "penalty.suspended": {
    label: "Avec sursis",
    description: "Indique si l'exécution de la peine est suspendue (sursis).",
  },
  "caseComment.date": {
    label: "Date du commentaire",
    description: "Jour où la note a été rédigée, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "caseComment.authorAgencyId": {
    label: "Organisme auteur",
    description: "Identifiant (UUID) de l'organisme qui a rédigé la note.",
  },
  "caseComment.text": {
    label: "Texte du commentaire",
    description:
      "Contenu libre de la note ; comme il peut nommer des personnes, il est traité comme donnée directement identifiante.",
  },
  "technologyUse.purpose": {
    label: "Finalité de l'usage",
    description:
      "Ce à quoi la technologie a servi, par exemple recruter, publier des annonces, contrôler les victimes ou effectuer des paiements.",
  },
  "technologyUse.platform": {
    label: "Plateforme",
    description:
      "Plateforme, site ou application utilisé (réseau social, messagerie, site d'annonces, etc.).",
  },
  "technologyUse.detail": {
    label: "Précisions",
    description: "Description libre de la manière dont la technologie a été utilisée.",
  },
  "victim.recordType": {
    label: "Type d'enregistrement",
    description: "Nature de l'enregistrement ; vaut toujours « victim » pour une victime.",
  },
  "victim.id": {
    label: "Identifiant de la victime",
    description: "Identifiant unique de l'enregistrement de la victime au format UUID (RFC 9562).",
  },
  "victim.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de la même personne dans d'autres systèmes (numéro de dossier national, identifiant HTCDS, etc.) ; données directement identifiantes.",
  },
  "victim.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "victim.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "victim.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "victim.caseIds": {
    label: "Dossiers liés",
    description: "Identifiants (UUID) des dossiers dans lesquels la personne figure comme victime.",
  },
  "victim.salutation": {
    label: "Civilité",
    description: "Formule de politesse employée pour s'adresser à la personne (Mme, M., etc.).",
  },
  "victim.givenName": {
    label: "Prénom",
    description: "Prénom de la personne ; donnée directement identifiante.",
  },
  "victim.middleName": {
    label: "Deuxième prénom",
    description: "Autre prénom ou nom intermédiaire de la personne.",
  },
  "victim.familyName": {
    label: "Nom de famille",
    description: "Nom de famille de la personne ; donnée directement identifiante.",
  },
  "victim.title": {
    label: "Fonction",
    description: "Intitulé du poste que la personne occupe dans une organisation, le cas échéant.",
  },
  "victim.birthDate": {
    label: "Date de naissance",
    description: "Date de naissance complète de la personne, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "victim.birthYear": {
    label: "Année de naissance",
    description:
      "Année de naissance, à utiliser lorsque la date exacte est inconnue ou ne doit pas être communiquée.",
  },
  "victim.ageAtIdentification": {
    label: "Âge à l'identification",
    description: "Âge en années révolues au moment où la personne a été identifiée comme victime.",
  },
  "victim.ageAtRecruitment": {
    label: "Âge lors du recrutement",
    description:
      "Âge en années révolues lors du premier acte de la traite (recrutement, transport, transfert, hébergement ou accueil). Il décide si la victime est un enfant (article 3 c) et d) du Protocole de Palerme) : une personne recrutée à 17 ans est une victime enfant même si elle est exploitée ou identifiée adulte. Déduit de la date de naissance et de la date de recrutement quand les deux sont connues.",
  },
  "victim.ageAtExploitation": {
    label: "Âge lors de l'exploitation",
    description: "Âge en années révolues au début de l'exploitation.",
  },
  "victim.ageBand": {
    label: "Tranche d'âge",
    description:
      "Classe d'âge de la personne selon les tranches de la CTDC (0-8, 9-17, 18-20, ..., 48 et plus).",
  },
  "victim.majorityStatus": {
    label: "Mineur ou majeur",
    description:
      "Indique si la personne était mineure (moins de 18 ans) ou majeure au moment de son enregistrement.",
  },
  "victim.majorityStatusAtExploitation": {
    label: "Mineur ou majeur (exploitation)",
    description: "Indique si la personne était mineure ou majeure au moment de son exploitation.",
  },
  "victim.majorityStatusAtEntry": {
    label: "Mineur ou majeur (entrée)",
    description:
      "Indique si la personne était mineure ou majeure lors de son entrée dans la situation de traite (variable CTDC majorityEntry).",
  },
  "victim.sex": {
    label: "Sexe",
    description:
      "Sexe de la personne, utilisé pour les ventilations statistiques (femmes, filles, hommes, garçons).",
  },
  "victim.gender": {
    label: "Genre",
    description:
      "Genre auquel la personne s'identifie : féminin, masculin, transgenre, non conforme ou non précisé.",
  },
  "victim.deceased": {
    label: "Personne décédée",
    description: "Indique si le décès de la personne a été constaté ou signalé.",
  },
  "victim.maritalStatus": {
    label: "Situation matrimoniale",
    description:
      "Situation conjugale de la personne (célibataire, mariée, en union libre, divorcée, veuve, etc.).",
  },
  "victim.numberOfChildren": {
    label: "Nombre d'enfants",
    description: "Nombre d'enfants qu'a la personne.",
  },
  "victim.primaryLanguage": {
    label: "Langue principale",
    description: "Langue que la personne maîtrise le mieux, en code ISO 639-1 à deux lettres.",
  },
  "victim.otherLanguages": {
    label: "Autres langues",
    description: "Autres langues que la personne parle, en codes ISO 639-1 à deux lettres.",
  },
  "victim.educationLevel": {
    label: "Niveau d'instruction",
    description:
      "Plus haut niveau d'enseignement atteint, selon la Classification internationale type de l'éducation (CITE).",
  },
  "victim.citizenships": {
    label: "Nationalité(s)",
    description:
      "Pays dont la personne a la nationalité, en codes ISO 3166-1 alpha-2 ; à distinguer du pays d'identification.",
  },
  "victim.stateless": {
    label: "Apatride",
    description: "Indique si aucun État ne reconnaît la personne comme sa ressortissante.",
  },
  "victim.migrationStatus": {
    label: "Statut migratoire",
    description:
      "Situation de la personne au regard de l'entrée et du séjour dans le pays où elle se trouve.",
  },
  "victim.vulnerabilityFactors": {
    label: "Facteurs de vulnérabilité",
    description:
      "Situations qui ont exposé la personne à la traite, comme la pauvreté, un handicap, une dépendance, la discrimination ou la migration.",
  },
  "victim.identityNumber": {
    label: "Numéro d'identité",
    description: "Numéro d'un document d'identité national de la personne ; donnée directement identifiante.",
  },
  "victim.email": {
    label: "Adresse électronique",
    description: "Adresse électronique de la personne.",
  },
  "victim.homePhone": {
    label: "Téléphone fixe",
    description: "Numéro de téléphone du domicile, au format international E.164 (par ex. +50912345678).",
  },
  "victim.mobilePhone": {
    label: "Téléphone portable",
    description: "Numéro de téléphone portable, au format international E.164 (par ex. +50912345678).",
  },
  "victim.address": {
    label: "Adresse postale",
    description: "Adresse à laquelle la personne peut recevoir du courrier.",
  },
  "victim.identification": {
    label: "Identification",
    description:
      "Comment, quand, où et par qui la personne a été identifiée comme victime présumée ou avérée.",
  },
  "victim.exploitation": {
    label: "Exploitation subie",
    description:
      "Détail de la traite subie par la personne : actes, moyens, formes d'exploitation, recrutement, lieux et dates.",
  },
  "victim.assistance": {
    label: "Assistance",
    description:
      "Services que la personne a reçus ou doit recevoir dans le cadre de son plan d'accompagnement.",
  },
  "victim.consents": {
    label: "Consentements",
    description:
      "Consentements éclairés donnés par la personne à l'utilisation et à la transmission de ses données.",
  },
  "victim.yearOfRegistration": {
    label: "Année d'enregistrement",
    description: "Année au cours de laquelle la source des données a enregistré la personne comme victime.",
  },
  "victim.dataSource": {
    label: "Source des données",
    description:
      "Type de source dont proviennent les données : gestion de dossiers, ligne d'assistance, services répressifs, enquête ou autre.",
  },
  "identification.status": {
    label: "Statut de victime",
    description:
      "Conclusion sur la qualité de victime : victime présumée, victime identifiée ou non-victime.",
  },
  "identification.authority": {
    label: "Autorité d'identification",
    description:
      "Catégorie d'organisme qui s'est prononcé sur le statut de victime : police, ONG, tribunal ou ministère public, autre administration, etc.",
  },
  "identification.agencyId": {
    label: "Organisme d'identification",
    description: "Identifiant (UUID) de l'organisme qui a identifié la personne.",
  },
  "identification.date": {
    label: "Date d'identification",
    description: "Jour où la personne a été identifiée, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "identification.country": {
    label: "Pays d'identification",
    description:
      "Pays où la personne a été identifiée, en code ISO 3166-1 alpha-2 ; il peut différer de sa nationalité.",
  },
  "identification.indicatorsObserved": {
    label: "Indicateurs observés",
    description:
      "Indicateurs de travail forcé de l'OIT relevés lors de l'identification, par exemple la tromperie, la rétention de documents ou la servitude pour dettes.",
  },
  "exploitation.forms": {
    label: "Formes d'exploitation",
    description:
      "Formes d'exploitation subies : exploitation sexuelle, travail forcé, activités criminelles forcées, mendicité, mariage forcé, prélèvement d'organes, etc.",
  },
  "exploitation.acts": {
    label: "Actes",
    description:
      "Actes de traite subis par la personne au sens du Protocole de Palerme : recrutement, transport, transfert, hébergement ou accueil.",
  },
  "exploitation.palermoMeans": {
    label: "Moyens (Protocole de Palerme)",
    description:
      "Moyens employés contre la personne au sens de l'article 3 du Protocole de Palerme ; ils ne sont pas exigés lorsque la victime est un enfant.",
  },
  "exploitation.meansOfControl": {
    label: "Moyens de contrôle",
    description:
      "Procédés utilisés pour garder la personne sous emprise, comme la servitude pour dettes, les menaces, les violences ou la confiscation des documents.",
  },
  "exploitation.labourIndustry": {
    label: "Branche d'activité (CITI)",
    description:
      "Branche d'activité économique où a eu lieu l'exploitation par le travail, selon les sections A à U de la CITI Rév. 4 (ISIC).",
  },
  "exploitation.labourSectors": {
    label: "Types de travail",
    description:
      "Types de travail imposé selon les catégories de la CTDC : agriculture, construction, travail domestique, hôtellerie-restauration, mendicité, etc.",
  },
  "exploitation.sexualExploitationTypes": {
    label: "Types d'exploitation sexuelle",
    description:
      "Formes précises de l'exploitation sexuelle : prostitution, pornographie, services sexuels à distance ou services sexuels privés.",
  },
  "exploitation.countriesOfExploitation": {
    label: "Pays d'exploitation",
    description: "Pays où la personne a été exploitée, en codes ISO 3166-1 alpha-2.",
  },
  "exploitation.recruitmentDate": {
    label: "Date du recrutement",
    description:
      "Date du recrutement, en date ISO 8601 éventuellement partielle (AAAA, AAAA-MM ou AAAA-MM-JJ).",
  },
  "exploitation.startDate": {
    label: "Début de l'exploitation",
    description: "Date à laquelle l'exploitation a commencé, en date ISO 8601 éventuellement partielle.",
  },
  "exploitation.endDate": {
    label: "Fin de l'exploitation",
    description: "Date à laquelle l'exploitation a pris fin, en date ISO 8601 éventuellement partielle.",
  },
  "exploitation.duration": {
    label: "Durée de la traite",
    description: "Durée de la situation de traite, par tranche : 0 à 12 mois, 13 à 24 mois, 25 mois et plus.",
  },
  "exploitation.recruitmentMethods": {
    label: "Modes de recrutement",
    description:
      "Manières dont la personne a été recrutée, par exemple une fausse offre d'emploi, une promesse de mariage ou un enlèvement.",
  },
  "exploitation.recruitmentPlatforms": {
    label: "Plateformes de recrutement",
    description: "Sites web et applications par lesquels la personne a été recrutée.",
  },
  "exploitation.exploitationPlatforms": {
    label: "Plateformes d'exploitation",
    description:
      "Sites web et applications utilisés pour exploiter la personne (annonces, diffusion en direct, paiements).",
  },
  "exploitation.technologyUses": {
    label: "Usages de la technologie",
    description:
      "Usages de la technologie dans la traite de cette personne, chacun avec sa plateforme et sa finalité.",
  },
  "exploitation.isAbduction": {
    label: "Enlèvement",
    description: "Indique si la personne a été enlevée pour être soumise à la traite.",
  },
  "exploitation.recruiterRelations": {
    label: "Lien avec le recruteur",
    description:
      "Relation entre la personne et son recruteur : partenaire intime, ami, membre de la famille, autre ou inconnue.",
  },
  "exploitation.recruitmentLocation": {
    label: "Lieu du recrutement",
    description: "Description libre de l'endroit où la personne a été recrutée.",
  },
  "exploitation.exploitationLocation": {
    label: "Lieu de l'exploitation",
    description: "Description libre de l'endroit où la personne a été exploitée.",
  },
  "assistance.service": {
    label: "Type de service",
    description:
      "Service fourni ou prévu, par exemple hébergement, soins médicaux, soutien psychologique, aide juridique, retour ou réintégration.",
  },
  "assistance.providerAgencyId": {
    label: "Organisme prestataire",
    description: "Identifiant (UUID) de l'organisme qui fournit le service.",
  },
  "assistance.objectives": {
    label: "Objectifs",
    description: "Résultats que le service doit permettre d'atteindre pour la personne.",
  },
  "assistance.actionPlan": {
    label: "Plan d'action",
    description: "Démarches et étapes prévues pour atteindre les objectifs du service.",
  },
  "assistance.startDate": {
    label: "Date de début",
    description: "Jour où le service a commencé, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "assistance.plannedEndDate": {
    label: "Date de fin prévue",
    description: "Jour où le service doit prendre fin, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "assistance.actualEndDate": {
    label: "Date de fin effective",
    description: "Jour où le service a réellement pris fin, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "consent.id": {
    label: "Identifiant du consentement",
    description: "Identifiant unique (UUID) de ce consentement, auquel les orientations font référence.",
  },
  "consent.given": {
    label: "Consentement donné",
    description: "Indique si la personne a donné son consentement éclairé.",
  },
  "consent.givenOn": {
    label: "Date du consentement",
    description: "Jour où la personne a donné son consentement, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "consent.purposes": {
    label: "Finalités autorisées",
    description:
      "Usages des données auxquels la personne consent : assistance, orientation nationale ou transnationale, retour, procédure pénale, statistiques, etc.",
  },
  "consent.recipientAgencyIds": {
    label: "Organismes destinataires autorisés",
    description: "Identifiants (UUID) des organismes auxquels les données peuvent être transmises.",
  },
  "consent.recipientCountries": {
    label: "Pays destinataires autorisés",
    description: "Pays vers lesquels les données peuvent être transmises, en codes ISO 3166-1 alpha-2.",
  },
  "consent.recordedByAgencyId": {
    label: "Organisme ayant recueilli le consentement",
    description: "Identifiant (UUID) de l'organisme qui a recueilli et consigné le consentement.",
  },
  "consent.expiresOn": {
    label: "Date d'expiration",
    description:
      "Jour à partir duquel le consentement cesse d'être valable, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "consent.withdrawnOn": {
    label: "Date de retrait",
    description: "Jour où la personne a retiré son consentement, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "consent.informedOfPurpose": {
    label: "Finalité expliquée",
    description: "Indique si l'on a expliqué à la personne pourquoi ses informations sont recueillies.",
  },
  "consent.informedOfDataUse": {
    label: "Utilisation des données expliquée",
    description: "Indique si la personne sait comment ses données seront utilisées et qui pourra y accéder.",
  },
  "consent.informedOfResearchUse": {
    label: "Usage pour la recherche expliqué",
    description:
      "Indique si la personne sait que ses données, une fois désidentifiées, peuvent servir à la recherche.",
  },
  "consent.informedOfRightOfAccess": {
    label: "Droit d'accès expliqué",
    description:
      "Indique si la personne sait qu'elle peut consulter ses données et en demander la correction.",
  },
  "consent.informedOfRetention": {
    label: "Durée de conservation expliquée",
    description: "Indique si la personne sait combien de temps ses données seront conservées.",
  },
  "consent.informedOfWithdrawal": {
    label: "Droit de retrait expliqué",
    description: "Indique si la personne sait qu'elle peut retirer son consentement à tout moment.",
  },
  "personAddress.country": {
    label: "Pays (adresse postale)",
    description: "Pays de l'adresse postale de la personne, en code ISO 3166-1 alpha-2.",
  },
  "personAddress.region": {
    label: "Région (adresse postale)",
    description: "État, province, département ou autre division administrative de l'adresse postale.",
  },
  "personAddress.city": {
    label: "Ville (adresse postale)",
    description: "Ville ou localité de l'adresse postale de la personne.",
  },
  "personAddress.street": {
    label: "Rue (adresse postale)",
    description: "Rue et numéro de l'adresse postale ; donnée directement identifiante.",
  },
  "personAddress.postalCode": {
    label: "Code postal (adresse postale)",
    description: "Code postal de l'adresse de la personne.",
  },
  "personAddress.latitude": {
    label: "Latitude (adresse postale)",
    description: "Latitude de l'adresse en degrés décimaux, de -90 à 90 ; donnée directement identifiante.",
  },
  "personAddress.longitude": {
    label: "Longitude (adresse postale)",
    description:
      "Longitude de l'adresse en degrés décimaux, de -180 à 180 ; donnée directement identifiante.",
  },
  "externalId.system": {
    label: "Système d'origine",
    description:
      "Nom du système ou du registre qui a attribué l'identifiant, par exemple un registre national d'affaires ou HTCDS.",
  },
  "externalId.value": {
    label: "Identifiant externe",
    description: "Valeur de l'identifiant dans ce système ; elle peut permettre de retrouver la personne.",
  },
  "perpetrator.recordType": {
    label: "Type d'enregistrement",
    description: "Nature de l'enregistrement ; vaut toujours « perpetrator » pour un auteur.",
  },
  "perpetrator.id": {
    label: "Identifiant de l'auteur",
    description: "Identifiant unique de l'enregistrement de l'auteur au format UUID (RFC 9562).",
  },
  "perpetrator.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de la même personne dans d'autres systèmes, par exemple un numéro de procédure ; données directement identifiantes.",
  },
  "perpetrator.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "perpetrator.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "perpetrator.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "perpetrator.caseIds": {
    label: "Dossiers liés",
    description: "Identifiants (UUID) des dossiers dans lesquels cette personne est mise en cause.",
  },
  "perpetrator.givenName": {
    label: "Prénom",
    description: "Prénom de l'auteur ; donnée directement identifiante.",
  },
  "perpetrator.familyName": {
    label: "Nom de famille",
    description: "Nom de famille de l'auteur ; donnée directement identifiante.",
  },
  "perpetrator.alias": {
    label: "Alias",
    description: "Surnom, pseudonyme ou nom d'emprunt sous lequel l'auteur est connu.",
  },
  "perpetrator.sex": {
    label: "Sexe",
    description:
      "Sexe de l'auteur, utilisé pour ventiler les statistiques de personnes poursuivies et condamnées.",
  },
  "perpetrator.gender": {
    label: "Genre",
    description:
      "Genre auquel l'auteur s'identifie : féminin, masculin, transgenre, non conforme ou non précisé.",
  },
  "perpetrator.birthYear": {
    label: "Année de naissance",
    description: "Année de naissance de l'auteur.",
  },
  "perpetrator.age": {
    label: "Âge",
    description: "Âge de l'auteur en années révolues, tel qu'il a été enregistré.",
  },
  "perpetrator.citizenships": {
    label: "Nationalité(s)",
    description:
      "Pays dont l'auteur a la nationalité, en codes ISO 3166-1 alpha-2 ; sert aux statistiques de l'ONUDC sur les auteurs.",
  },
  "perpetrator.roles": {
    label: "Rôles dans la traite",
    description:
      "Rôles joués dans le processus de traite, comme recruteur, transporteur, hébergeur, exploiteur, organisateur ou financeur.",
  },
  "perpetrator.roleDetails": {
    label: "Précisions sur le rôle",
    description: "Description libre de ce que l'auteur a fait dans le processus de traite.",
  },
  "perpetrator.isLegalPerson": {
    label: "Personne morale",
    description:
      "Indique si l'auteur est une personne morale (entreprise, association) plutôt qu'une personne physique.",
  },
  "perpetrator.victimRelations": {
    label: "Liens avec les victimes",
    description: "Relation de l'auteur avec chacune des victimes du dossier.",
  },
  "perpetrator.organisedCrime": {
    label: "Criminalité organisée",
    description:
      "Lien de l'auteur avec la criminalité organisée : aucun, auteur isolé, groupe criminel organisé ou réseau transnational.",
  },
  "perpetrator.proceedings": {
    label: "Procédure pénale",
    description:
      "Avancement de la procédure pénale visant cet auteur : stade, chefs d'accusation, décision et peines.",
  },
  "victimRelation.victimId": {
    label: "Victime concernée",
    description: "Identifiant (UUID) de l'enregistrement de la victime à laquelle se rapporte le lien.",
  },
  "victimRelation.relation": {
    label: "Nature du lien",
    description:
      "Relation entre l'auteur et cette victime : partenaire intime, ami, membre de la famille, autre ou inconnue.",
  },
  "agency.recordType": {
    label: "Type d'enregistrement",
    description: "Nature de l'enregistrement ; vaut toujours « agency » pour un organisme.",
  },
  "agency.id": {
    label: "Identifiant de l'organisme",
    description:
      "Identifiant unique de l'organisme au format UUID (RFC 9562), repris par les autres enregistrements.",
  },
  "agency.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de l'organisme dans d'autres systèmes, par exemple un numéro d'enregistrement officiel.",
  },
  "agency.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "agency.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "agency.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "agency.name": {
    label: "Nom de l'organisme",
    description: "Nom officiel de l'organisme.",
  },
  "agency.alternateName": {
    label: "Autre nom",
    description: "Sigle ou autre nom sous lequel l'organisme est connu.",
  },
  "agency.description": {
    label: "Description",
    description: "Présentation de l'organisme, de sa mission et de ses activités.",
  },
  "agency.types": {
    label: "Types d'organisme",
    description:
      "Catégories auxquelles appartient l'organisme : ONG, services répressifs, ministère public, foyer d'hébergement, ligne d'assistance, etc.",
  },
  "agency.country": {
    label: "Pays d'implantation",
    description: "Pays dans lequel l'organisme est établi, en code ISO 3166-1 alpha-2.",
  },
  "agency.address": {
    label: "Adresse de l'organisme",
    description: "Adresse physique ou postale de l'organisme ; donnée publique d'annuaire.",
  },
  "agency.phone": {
    label: "Téléphone",
    description: "Numéro de téléphone principal de l'organisme, au format international E.164.",
  },
  "agency.email": {
    label: "Adresse électronique",
    description: "Adresse électronique générale de l'organisme.",
  },
  "agency.website": {
    label: "Site web",
    description: "Adresse du site de l'organisme (URL en http ou https).",
  },
  "agency.services": {
    label: "Services proposés",
    description:
      "Services d'assistance que l'organisme fournit aux victimes (hébergement, soins, aide juridique, etc.).",
  },
  "agency.languages": {
    label: "Langues de travail",
    description: "Langues dans lesquelles l'organisme peut accueillir le public, en codes ISO 639-1.",
  },
  "agency.areasServed": {
    label: "Pays couverts",
    description: "Pays dans lesquels l'organisme intervient, en codes ISO 3166-1 alpha-2.",
  },
  "agency.contactPoints": {
    label: "Points de contact",
    description: "Personnes à contacter (points focaux) au sein de l'organisme, avec leurs coordonnées.",
  },
  "agency.parentAgencyId": {
    label: "Organisme de rattachement",
    description:
      "Identifiant (UUID) de l'organisme dont celui-ci dépend, par exemple le ministère d'une direction.",
  },
  "agency.legalStatus": {
    label: "Statut juridique",
    description:
      "Forme juridique de l'organisme, par exemple administration publique, association ou fondation.",
  },
  "agency.hotline": {
    label: "Ligne d'assistance",
    description: "Indique si l'organisme gère une ligne d'assistance, téléphonique ou en ligne.",
  },
  "agencyAddress.country": {
    label: "Pays (adresse de l'organisme)",
    description: "Pays de l'adresse de l'organisme, en code ISO 3166-1 alpha-2.",
  },
  "agencyAddress.region": {
    label: "Région (adresse de l'organisme)",
    description: "État, province, département ou autre division administrative de l'adresse de l'organisme.",
  },
  "agencyAddress.city": {
    label: "Ville (adresse de l'organisme)",
    description: "Ville ou localité où se trouve l'organisme.",
  },
  "agencyAddress.street": {
    label: "Rue (adresse de l'organisme)",
    description: "Rue et numéro de l'adresse de l'organisme.",
  },
  "agencyAddress.postalCode": {
    label: "Code postal (adresse de l'organisme)",
    description: "Code postal de l'adresse de l'organisme.",
  },
  "agencyAddress.latitude": {
    label: "Latitude (adresse de l'organisme)",
    description: "Latitude de l'organisme en degrés décimaux, de -90 à 90.",
  },
  "agencyAddress.longitude": {
    label: "Longitude (adresse de l'organisme)",
    description: "Longitude de l'organisme en degrés décimaux, de -180 à 180.",
  },
  "contactPoint.name": {
    label: "Nom du contact",
    description: "Nom de la personne à contacter ; donnée personnelle, même dans un annuaire.",
  },
  "contactPoint.role": {
    label: "Fonction du contact",
    description: "Fonction ou rôle de la personne à contacter au sein de l'organisme.",
  },
  "contactPoint.email": {
    label: "Adresse électronique du contact",
    description: "Adresse électronique à laquelle joindre la personne de contact.",
  },
  "contactPoint.phone": {
    label: "Téléphone du contact",
    description: "Numéro de téléphone de la personne de contact, au format international E.164.",
  },
  "contactPoint.languages": {
    label: "Langues du contact",
    description: "Langues dans lesquelles on peut s'adresser à la personne de contact, en codes ISO 639-1.",
  },
  "contactPoint.available24h": {
    label: "Joignable 24 h/24",
    description: "Indique si la personne de contact peut être jointe à toute heure, tous les jours.",
  },
  "referral.recordType": {
    label: "Type d'enregistrement",
    description: "Nature de l'enregistrement ; vaut toujours « referral » pour une orientation.",
  },
  "referral.id": {
    label: "Identifiant de l'orientation",
    description: "Identifiant unique de l'orientation au format UUID (RFC 9562).",
  },
  "referral.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de la même orientation dans d'autres systèmes, par exemple un numéro de dossier national.",
  },
  "referral.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "referral.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "referral.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "referral.victimId": {
    label: "Victime orientée",
    description: "Identifiant (UUID) de la victime qui fait l'objet de l'orientation.",
  },
  "referral.caseId": {
    label: "Dossier lié",
    description: "Identifiant (UUID) du dossier auquel se rattache l'orientation.",
  },
  "referral.from": {
    label: "Organisme qui oriente",
    description: "Organisme à l'origine de l'orientation, avec son pays et le référent chargé du dossier.",
  },
  "referral.to": {
    label: "Organisme destinataire",
    description:
      "Organisme vers lequel la personne est orientée, avec son pays et le référent chargé du dossier.",
  },
  "referral.crossBorder": {
    label: "Orientation transfrontalière",
    description:
      "Indique si l'orientation se fait d'un pays à un autre (mécanisme transnational d'orientation) plutôt qu'à l'intérieur d'un même pays.",
  },
  "referral.reasons": {
    label: "Motifs de l'orientation",
    description:
      "Raisons de l'orientation : services supplémentaires, changement de lieu, retour, poursuite de l'assistance, procédure pénale ou civile, etc.",
  },
  "referral.details": {
    label: "Précisions sur l'orientation",
    description: "Explications libres sur l'orientation et sur les besoins de la personne.",
  },
  "referral.trmStage": {
    label: "Étape du MTO",
    description:
      "Étape du mécanisme transnational d'orientation (MTO) concernée : identification, première assistance, assistance à long terme, retour, ou procédures pénales et civiles.",
  },
  "referral.servicesRequested": {
    label: "Services demandés",
    description: "Services que l'organisme destinataire est invité à fournir à la personne.",
  },
  "referral.consentId": {
    label: "Consentement",
    description: "Identifiant (UUID) du consentement de la personne qui autorise cette orientation.",
  },
  "referral.riskAssessment": {
    label: "Évaluation des risques",
    description:
      "Évaluation des risques menée avant un retour, conjointement par le pays d'origine et le pays de destination.",
  },
  "referral.sentOn": {
    label: "Date d'envoi",
    description: "Jour où l'orientation a été envoyée, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "referral.receivedOn": {
    label: "Date de réception",
    description: "Jour où l'organisme destinataire a reçu l'orientation, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "referral.plannedArrivalOn": {
    label: "Date d'arrivée prévue",
    description:
      "Jour où la personne doit arriver auprès de l'organisme destinataire ou dans le pays de retour, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "referral.reflectionPeriodDays": {
    label: "Délai de réflexion (jours)",
    description: "Durée en jours du délai de rétablissement et de réflexion accordé à la personne.",
  },
  "referral.status": {
    label: "Statut de l'orientation",
    description:
      "Où en est l'orientation : brouillon, envoyée, reçue, acceptée, refusée, en cours, terminée ou retirée.",
  },
  "referral.statusHistory": {
    label: "Historique des statuts",
    description: "Suite datée des changements de statut de l'orientation, du plus ancien au plus récent.",
  },
  "referralParty.agencyId": {
    label: "Organisme",
    description: "Identifiant (UUID) de l'organisme partie à l'orientation.",
  },
  "referralParty.country": {
    label: "Pays de l'organisme",
    description: "Pays de cet organisme, en code ISO 3166-1 alpha-2.",
  },
  "referralParty.caseWorker": {
    label: "Référent",
    description:
      "Nom du professionnel chargé du dossier au sein de cet organisme ; donnée directement identifiante.",
  },
  "riskAssessment.conductedOn": {
    label: "Date de l'évaluation",
    description: "Jour où l'évaluation des risques a été réalisée, au format ISO 8601 (AAAA-MM-JJ).",
  },
  "riskAssessment.level": {
    label: "Niveau de risque",
    description: "Niveau de risque retenu pour la personne : faible, moyen, élevé ou inconnu.",
  },
  "riskAssessment.jointWithOrigin": {
    label: "Évaluation conjointe",
    description: "Indique si l'évaluation a été menée avec les autorités du pays d'origine.",
  },
  "riskAssessment.assessingAgencyIds": {
    label: "Organismes évaluateurs",
    description: "Identifiants (UUID) des organismes qui ont participé à l'évaluation.",
  },
  "riskAssessment.lifeOrSafetyRisk": {
    label: "Risque pour la sécurité",
    description:
      "Indique si un danger pour la vie ou la sécurité de la personne a été relevé ; une telle information est toujours transmise.",
  },
  "riskAssessment.summary": {
    label: "Synthèse de l'évaluation",
    description: "Résumé libre des risques relevés et des mesures de protection prévues.",
  },
  "statusChange.status": {
    label: "Nouveau statut",
    description: "Statut dans lequel l'orientation est entrée à ce moment.",
  },
  "statusChange.at": {
    label: "Date et heure du changement",
    description: "Moment du changement de statut, au format ISO 8601 avec décalage horaire.",
  },
  "statusChange.byAgencyId": {
    label: "Organisme à l'origine",
    description: "Identifiant (UUID) de l'organisme qui a changé le statut.",
  },
  "statusChange.note": {
    label: "Note",
    description: "Commentaire libre sur ce changement de statut.",
  },
  "bundle.recordType": {
    label: "Type d'enregistrement",
    description: "Nature de l'enregistrement ; vaut toujours « bundle » pour un lot d'échange.",
  },
  "bundle.id": {
    label: "Identifiant du lot",
    description: "Identifiant unique du lot d'échange au format UUID (RFC 9562).",
  },
  "bundle.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants du même lot dans d'autres systèmes, par exemple une référence de transmission.",
  },
  "bundle.createdAt": {
    label: "Date de création",
    description: "Date et heure de création du lot, au format ISO 8601 avec décalage horaire.",
  },
  "bundle.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification du lot, au format ISO 8601 avec décalage horaire.",
  },
  "bundle.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "bundle.schemaVersion": {
    label: "Version du modèle",
    description: "Version du modèle de données suivie par le lot, en versionnage sémantique (par ex. 1.0.0).",
  },
  "bundle.sender": {
    label: "Expéditeur",
    description: "Organisme et pays qui envoient le lot.",
  },
  "bundle.recipients": {
    label: "Destinataires",
    description: "Organismes et pays auxquels le lot est destiné ; il en faut au moins un.",
  },
  "bundle.sentAt": {
    label: "Date et heure d'envoi",
    description: "Moment de l'envoi du lot, au format ISO 8601 avec décalage horaire.",
  },
  "bundle.purpose": {
    label: "Objet de l'échange",
    description:
      "Raison de l'échange : orientation, coopération sur un dossier, statistiques, annuaire des organismes, recherche ou audit.",
  },
  "bundle.tlp": {
    label: "Marquage TLP",
    description:
      "Limite de diffusion selon le Traffic Light Protocol 2.0 : RED, AMBER+STRICT, AMBER, GREEN ou CLEAR.",
  },
  "bundle.records": {
    label: "Enregistrements",
    description:
      "Enregistrements transmis dans le lot : dossiers, victimes, auteurs, organismes et orientations.",
  },
  "bundleParty.agencyId": {
    label: "Organisme",
    description: "Identifiant (UUID) de l'organisme expéditeur ou destinataire, s'il est connu.",
  },
  "bundleParty.country": {
    label: "Pays",
    description: "Pays de l'expéditeur ou du destinataire, en code ISO 3166-1 alpha-2.",
  },
  "aggregate.recordType": {
    label: "Type d'enregistrement",
    description: "Nature de l'enregistrement ; toujours « aggregate » pour un chiffre publié.",
  },
  "aggregate.id": {
    label: "Identifiant du chiffre",
    description: "Identifiant unique du chiffre (un UUID).",
  },
  "aggregate.externalIds": {
    label: "Autres identifiants",
    description: "Identifiants du même chiffre dans d'autres systèmes, chacun avec le système qui l'a émis.",
  },
  "aggregate.createdAt": {
    label: "Créé le",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec le décalage UTC.",
  },
  "aggregate.updatedAt": {
    label: "Mis à jour le",
    description: "Date et heure de la dernière modification, au format ISO 8601 avec le décalage UTC.",
  },
  "aggregate.extensions": {
    label: "Extensions",
    description:
      "Valeurs hors du standard, groupées par espace de noms (un profil national, les colonnes d'un format source).",
  },
  "aggregate.indicator": {
    label: "Indicateur",
    description:
      "Ce que compte le chiffre : victimes détectées, personnes en contact formel, poursuivies ou condamnées, ou infractions.",
  },
  "aggregate.country": {
    label: "Pays",
    description: "Pays auquel se rapporte le chiffre, sous forme de code ISO 3166-1 alpha-2.",
  },
  "aggregate.year": {
    label: "Année",
    description: "Année civile couverte par le chiffre.",
  },
  "aggregate.breakdown": {
    label: "Ventilation",
    description:
      "La catégorie selon laquelle le chiffre est ventilé (forme d'exploitation, nationalité, pays de rapatriement), ou total.",
  },
  "aggregate.exploitationForm": {
    label: "Forme d'exploitation",
    description: "La forme d'exploitation comptée, lorsque le chiffre est ventilé par forme.",
  },
  "aggregate.categoryCountry": {
    label: "Pays de la catégorie",
    description:
      "La nationalité ou le pays de rapatriement compté, sous forme de code ISO 3166-1 alpha-2, lorsque le chiffre est ventilé ainsi.",
  },
  "aggregate.sex": {
    label: "Sexe",
    description: "Sexe des personnes comptées ; absent lorsque le chiffre couvre tous les sexes.",
  },
  "aggregate.ageGroup": {
    label: "Groupe d'âge",
    description:
      "Enfant (0 à 17 ans) ou adulte (18 ans ou plus) ; absent lorsque le chiffre couvre tous les âges.",
  },
  "aggregate.unit": {
    label: "Unité",
    description: "Unité du chiffre : un nombre ou un taux pour 100 000 habitants.",
  },
  "aggregate.value": {
    label: "Valeur",
    description: "Le chiffre ; absent lorsqu'il a été masqué.",
  },
  "aggregate.suppressed": {
    label: "Masqué",
    description:
      "Signale un chiffre que l'éditeur a masqué parce qu'il est petit (GLOTIP écrit <5), avec la borne sous laquelle il se trouve.",
  },
  "aggregate.source": {
    label: "Source",
    description: "Qui a publié le chiffre ou la collecte dont il provient (GLOTIP).",
  },
  "aggregate.sourceLabels": {
    label: "Textes de la source",
    description:
      "Les textes propres à la source lorsque les codes ne les reproduiraient pas à l'identique, pour réécrire la source sans changement.",
  },
  "suppressedValue.below": {
    label: "Inférieur à",
    description:
      "Le chiffre masqué est inférieur à ce nombre (<5 signifie de 0 à 4) ; absent si l'éditeur ne l'a pas dit.",
  },
  "sourceLabels.countryCode": {
    label: "Code de pays",
    description: "Texte de la source pour le champ code de pays (Iso3_code), tel qu'écrit.",
  },
  "sourceLabels.area": {
    label: "Nom du pays",
    description: "Texte de la source pour le champ nom du pays ou de la zone, tel qu'écrit.",
  },
  "sourceLabels.region": {
    label: "Région",
    description: "Texte de la source pour le champ région, tel qu'écrit.",
  },
  "sourceLabels.subregion": {
    label: "Sous-région",
    description: "Texte de la source pour le champ sous-région, tel qu'écrit.",
  },
  "sourceLabels.indicator": {
    label: "Indicateur",
    description: "Texte de la source pour le champ indicateur, tel qu'écrit.",
  },
  "sourceLabels.breakdown": {
    label: "Ventilation",
    description: "Texte de la source pour le champ ventilation (Dimension), tel qu'écrit.",
  },
  "sourceLabels.category": {
    label: "Catégorie",
    description: "Texte de la source pour le champ catégorie, lorsqu'aucun code ne la dit, tel qu'écrit.",
  },
  "sourceLabels.sex": {
    label: "Sexe",
    description: "Texte de la source pour le champ sexe, tel qu'écrit.",
  },
  "sourceLabels.age": {
    label: "Âge",
    description: "Texte de la source pour le champ groupe d'âge, tel qu'écrit.",
  },
  "sourceLabels.year": {
    label: "Année",
    description: "Texte de la source pour le champ année, tel qu'écrit.",
  },
  "sourceLabels.unit": {
    label: "Unité",
    description: "Texte de la source pour le champ unité de mesure, tel qu'écrit.",
  },
  "sourceLabels.value": {
    label: "Valeur",
    description: "Texte de la source pour le champ valeur (comme 1,757 ou <5), tel qu'écrit.",
  },
  "helplineContact.recordType": {
    label: "Type d'enregistrement",
    description:
      "Valeur fixe « helplineContact », qui identifie l'enregistrement comme contact avec la ligne d'assistance.",
  },
  "helplineContact.id": {
    label: "Identifiant de l'enregistrement",
    description:
      "Identifiant unique de l'enregistrement (contact avec la ligne d'assistance), au format UUID (RFC 9562).",
  },
  "helplineContact.externalIds": {
    label: "Identifiants externes",
    description:
      "Numéros sous lesquels d'autres systèmes enregistrent le même enregistrement (contact avec la ligne d'assistance).",
  },
  "helplineContact.createdAt": {
    label: "Création de l'enregistrement",
    description:
      "Date et heure de création de l'enregistrement (contact avec la ligne d'assistance), au format ISO 8601 avec décalage horaire.",
  },
  "helplineContact.updatedAt": {
    label: "Dernière mise à jour",
    description:
      "Date et heure de la dernière modification de l'enregistrement (contact avec la ligne d'assistance), au format ISO 8601 avec décalage horaire.",
  },
  "helplineContact.extensions": {
    label: "Extensions",
    description:
      "Données supplémentaires (contact avec la ligne d'assistance) hors du standard, regroupées par espace de noms.",
  },
  "helplineContact.agencyId": {
    label: "Ligne d'assistance",
    description: "Identifiant (UUID) de l'enregistrement de l'organisme de la ligne contactée.",
  },
  "helplineContact.contactedAt": {
    label: "Date et heure du contact",
    description: "Date et heure du contact, au format ISO 8601 avec décalage horaire.",
  },
  "helplineContact.channel": {
    label: "Canal",
    description:
      "Comment la ligne a été contactée : téléphone, messagerie, réseaux sociaux, courriel, en personne ou autre.",
  },
  "helplineContact.language": {
    label: "Langue",
    description: "Langue dans laquelle le contact a eu lieu.",
  },
  "helplineContact.contactor": {
    label: "Qui a contacté",
    description:
      "Qui a contacté la ligne : la victime, un proche, un tiers, un professionnel ou une personne anonyme.",
  },
  "helplineContact.callerName": {
    label: "Nom de la personne qui a contacté",
    description:
      "Nom donné par la personne qui a contacté la ligne ; jamais enregistré pour un contact anonyme.",
  },
  "helplineContact.callerPhone": {
    label: "Téléphone de la personne qui a contacté",
    description:
      "Numéro de téléphone de la personne qui a contacté la ligne, au format E.164 ; jamais enregistré pour un contact anonyme.",
  },
  "helplineContact.indicatorsRaised": {
    label: "Indicateurs relevés",
    description: "Indicateurs du travail forcé de l'OIT relevés lors du contact.",
  },
  "helplineContact.outcome": {
    label: "Suite donnée",
    description: "Ce qui est résulté du contact : orientation, information donnée, aucune suite ou autre.",
  },
  "helplineContact.victimId": {
    label: "Victime",
    description: "Identifiant (UUID) de l'enregistrement de la victime à laquelle le contact a mené.",
  },
  "helplineContact.caseId": {
    label: "Affaire",
    description: "Identifiant (UUID) de l'enregistrement de l'affaire à laquelle le contact a mené.",
  },
  "helplineContact.summary": {
    label: "Résumé",
    description: "Résumé en texte libre du contact.",
  },
  "screening.recordType": {
    label: "Type d'enregistrement",
    description: "Valeur fixe « screening », qui identifie l'enregistrement comme dépistage.",
  },
  "screening.id": {
    label: "Identifiant de l'enregistrement",
    description: "Identifiant unique de l'enregistrement (dépistage), au format UUID (RFC 9562).",
  },
  "screening.externalIds": {
    label: "Identifiants externes",
    description: "Numéros sous lesquels d'autres systèmes enregistrent le même enregistrement (dépistage).",
  },
  "screening.createdAt": {
    label: "Création de l'enregistrement",
    description:
      "Date et heure de création de l'enregistrement (dépistage), au format ISO 8601 avec décalage horaire.",
  },
  "screening.updatedAt": {
    label: "Dernière mise à jour",
    description:
      "Date et heure de la dernière modification de l'enregistrement (dépistage), au format ISO 8601 avec décalage horaire.",
  },
  "screening.extensions": {
    label: "Extensions",
    description: "Données supplémentaires (dépistage) hors du standard, regroupées par espace de noms.",
  },
  "screening.agencyId": {
    label: "Organisme de dépistage",
    description: "Identifiant (UUID) de l'enregistrement de l'organisme qui a réalisé le dépistage.",
  },
  "screening.screenedOn": {
    label: "Date du dépistage",
    description: "Date du dépistage.",
  },
  "screening.tool": {
    label: "Outil de dépistage",
    description:
      "L'outil utilisé : indicateurs de l'OIT, indicateurs opérationnels OIT–CE, formulaire de l'OIM, un outil national ou autre.",
  },
  "screening.toolName": {
    label: "Nom de l'outil",
    description: "Nom et version de l'outil, surtout s'il s'agit d'un outil national ou autre.",
  },
  "screening.indicators": {
    label: "Indicateurs relevés",
    description: "Indicateurs relevés lors du dépistage, chacun avec sa force.",
  },
  "screening.outcome": {
    label: "Conclusion",
    description: "Conclusion du dépistage : victime présumée, pas une victime ou suivi nécessaire.",
  },
  "screening.helplineContactId": {
    label: "Contact avec la ligne",
    description: "Identifiant (UUID) de l'enregistrement du contact avec la ligne qui a mené au dépistage.",
  },
  "screening.victimId": {
    label: "Victime",
    description: "Identifiant (UUID) de l'enregistrement de la victime à laquelle le dépistage a mené.",
  },
  "screening.notes": {
    label: "Notes",
    description: "Notes en texte libre sur le dépistage.",
  },
  "screeningIndicator.indicator": {
    label: "Indicateur",
    description: "Un des indicateurs du travail forcé de l'OIT.",
  },
  "screeningIndicator.strength": {
    label: "Force",
    description: "Avec quelle force l'indicateur désigne la traite : fort, moyen ou faible.",
  },
  "protectionMeasure.recordType": {
    label: "Type d'enregistrement",
    description:
      "Valeur fixe « protectionMeasure », qui identifie l'enregistrement comme mesure de protection.",
  },
  "protectionMeasure.id": {
    label: "Identifiant de l'enregistrement",
    description: "Identifiant unique de l'enregistrement (mesure de protection), au format UUID (RFC 9562).",
  },
  "protectionMeasure.externalIds": {
    label: "Identifiants externes",
    description:
      "Numéros sous lesquels d'autres systèmes enregistrent le même enregistrement (mesure de protection).",
  },
  "protectionMeasure.createdAt": {
    label: "Création de l'enregistrement",
    description:
      "Date et heure de création de l'enregistrement (mesure de protection), au format ISO 8601 avec décalage horaire.",
  },
  "protectionMeasure.updatedAt": {
    label: "Dernière mise à jour",
    description:
      "Date et heure de la dernière modification de l'enregistrement (mesure de protection), au format ISO 8601 avec décalage horaire.",
  },
  "protectionMeasure.extensions": {
    label: "Extensions",
    description:
      "Données supplémentaires (mesure de protection) hors du standard, regroupées par espace de noms.",
  },
  "protectionMeasure.kind": {
    label: "Type de mesure",
    description:
      "Indemnisation, restitution, titre de séjour, délai de réflexion, retour et réintégration, ou non-sanction.",
  },
  "protectionMeasure.victimId": {
    label: "Victime",
    description: "Identifiant (UUID) de l'enregistrement de la victime que la mesure concerne.",
  },
  "protectionMeasure.caseId": {
    label: "Affaire",
    description: "Identifiant (UUID) de l'enregistrement de l'affaire à laquelle la mesure se rattache.",
  },
  "protectionMeasure.agencyId": {
    label: "Organisme responsable",
    description:
      "Identifiant (UUID) de l'enregistrement de l'organisme qui a décidé ou mis en œuvre la mesure.",
  },
  "protectionMeasure.compensation": {
    label: "Indemnisation ou restitution",
    description: "Détail d'une indemnisation ou restitution : source, octroi, paiement, montants et devise.",
  },
  "protectionMeasure.residence": {
    label: "Titre de séjour ou délai de réflexion",
    description: "Détail d'un titre de séjour ou délai de réflexion : type, décision et dates.",
  },
  "protectionMeasure.reintegration": {
    label: "Retour et réintégration",
    description: "Détail d'un retour et de son suivi : pays, dates et issue.",
  },
  "protectionMeasure.nonPunishment": {
    label: "Non-sanction",
    description:
      "Détail des poursuites contre la victime pour une infraction commise du fait de la traite, et de leur issue.",
  },
  "protectionMeasure.notes": {
    label: "Notes",
    description: "Notes en texte libre sur la mesure.",
  },
  "compensationDetail.source": {
    label: "Source",
    description: "D'où vient l'argent : décision de justice, fonds public, transaction ou autre.",
  },
  "compensationDetail.awarded": {
    label: "Accordée",
    description: "Si l'indemnisation ou la restitution a été accordée.",
  },
  "compensationDetail.awardedOn": {
    label: "Date d'octroi",
    description: "Date de l'octroi.",
  },
  "compensationDetail.amountAwarded": {
    label: "Montant accordé",
    description: "Montant accordé, dans la devise indiquée.",
  },
  "compensationDetail.paid": {
    label: "Versée",
    description: "Si la victime a reçu l'argent.",
  },
  "compensationDetail.paidOn": {
    label: "Date de versement",
    description: "Date à laquelle l'argent a été versé.",
  },
  "compensationDetail.amountPaid": {
    label: "Montant versé",
    description: "Montant effectivement versé, dans la devise indiquée.",
  },
  "compensationDetail.currency": {
    label: "Devise",
    description: "Devise des montants, en code ISO 4217.",
  },
  "residenceDetail.permitType": {
    label: "Type de titre",
    description: "Type de titre : temporaire, permanent, humanitaire, protection internationale ou autre.",
  },
  "residenceDetail.decision": {
    label: "Décision",
    description: "Si le titre ou le délai a été accordé, refusé ou est en attente.",
  },
  "residenceDetail.decidedOn": {
    label: "Date de la décision",
    description: "Date de la décision.",
  },
  "residenceDetail.startDate": {
    label: "Date de début",
    description: "Premier jour couvert par le titre ou le délai.",
  },
  "residenceDetail.endDate": {
    label: "Date de fin",
    description: "Dernier jour couvert par le titre ou le délai.",
  },
  "reintegrationDetail.country": {
    label: "Pays de retour",
    description: "Pays dans lequel la personne est retournée.",
  },
  "reintegrationDetail.returnedOn": {
    label: "Date du retour",
    description: "Date du retour.",
  },
  "reintegrationDetail.lastFollowUpOn": {
    label: "Dernier suivi",
    description: "Date du dernier suivi de la réintégration.",
  },
  "reintegrationDetail.outcome": {
    label: "Issue de la réintégration",
    description: "Où en était la réintégration au dernier suivi.",
  },
  "nonPunishmentDetail.offence": {
    label: "Infraction",
    description: "Infraction pour laquelle la victime a été poursuivie, en code ICCS.",
  },
  "nonPunishmentDetail.offenceDescription": {
    label: "Infraction selon la source",
    description: "L'infraction telle que la source la décrit, si aucun code ICCS de la liste ne convient.",
  },
  "nonPunishmentDetail.outcome": {
    label: "Issue",
    description: "Non poursuivie, poursuites abandonnées, acquittée, condamnée ou en cours.",
  },
  "nonPunishmentDetail.decidedOn": {
    label: "Date de la décision",
    description: "Date de la décision qui a fixé l'issue.",
  },
  "sgbvIncident.recordType": {
    label: "Type d'enregistrement",
    description: "Valeur fixe « sgbvIncident », qui identifie l'enregistrement comme incident de VSBG.",
  },
  "sgbvIncident.id": {
    label: "Identifiant de l'enregistrement",
    description: "Identifiant unique de l'enregistrement (incident de VSBG), au format UUID (RFC 9562).",
  },
  "sgbvIncident.externalIds": {
    label: "Identifiants externes",
    description:
      "Numéros sous lesquels d'autres systèmes enregistrent le même enregistrement (incident de VSBG).",
  },
  "sgbvIncident.createdAt": {
    label: "Création de l'enregistrement",
    description:
      "Date et heure de création de l'enregistrement (incident de VSBG), au format ISO 8601 avec décalage horaire.",
  },
  "sgbvIncident.updatedAt": {
    label: "Dernière mise à jour",
    description:
      "Date et heure de la dernière modification de l'enregistrement (incident de VSBG), au format ISO 8601 avec décalage horaire.",
  },
  "sgbvIncident.extensions": {
    label: "Extensions",
    description:
      "Données supplémentaires (incident de VSBG) hors du standard, regroupées par espace de noms.",
  },
  "sgbvIncident.victimId": {
    label: "Victime",
    description: "Identifiant (UUID) de l'enregistrement de la victime qui a subi l'incident.",
  },
  "sgbvIncident.caseId": {
    label: "Affaire",
    description: "Identifiant (UUID) de l'enregistrement de l'affaire à laquelle l'incident se rattache.",
  },
  "sgbvIncident.type": {
    label: "Type d'incident",
    description: "Un des six types principaux de violence basée sur le genre de la classification du GBVIMS.",
  },
  "sgbvIncident.date": {
    label: "Date",
    description: "Date de l'incident, à l'année, au mois ou au jour.",
  },
  "sgbvIncident.dateApproximate": {
    label: "Date approximative",
    description: "Si la date est une estimation.",
  },
  "sgbvIncident.country": {
    label: "Pays",
    description: "Pays où l'incident a eu lieu.",
  },
  "sgbvIncident.place": {
    label: "Lieu",
    description: "Lieu de la route où l'incident a eu lieu, comme une ville ou un poste frontière.",
  },
  "sgbvIncident.routeStage": {
    label: "Étape de la route",
    description:
      "Si l'incident a eu lieu au recrutement, en transit, pendant l'exploitation ou à l'identification.",
  },
  "sgbvIncident.perpetratorKinds": {
    label: "Auteurs",
    description:
      "Qui a commis l'incident : passeur, trafiquant, agent public, groupe armé, autre migrant, partenaire, famille, autre ou inconnu.",
  },
  "sgbvIncident.reported": {
    label: "Signalé",
    description: "Si l'incident a été signalé à la police ou à une autre autorité.",
  },
  "sgbvIncident.servicesReceived": {
    label: "Services reçus",
    description: "Services reçus par la personne après l'incident.",
  },
  "sgbvIncident.notes": {
    label: "Notes",
    description: "Notes en texte libre sur l'incident.",
  },
  "operation.recordType": {
    label: "Type d'enregistrement",
    description: "Nature de l'enregistrement ; vaut toujours « operation » pour une opération.",
  },
  "operation.id": {
    label: "Identifiant de l'opération",
    description: "Identifiant unique de l'opération au format UUID (RFC 9562).",
  },
  "operation.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de la même opération dans d'autres systèmes, chacun avec le système qui l'a attribué.",
  },
  "operation.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "operation.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "operation.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "operation.kind": {
    label: "Type d'opération",
    description:
      "S'il s'agit d'une opération des autorités d'un État ou d'une enquête commune de deux États ou plus.",
  },
  "operation.name": {
    label: "Nom de l'opération",
    description: "Nom ou nom de code de l'opération ; confidentiel, car il peut révéler une enquête.",
  },
  "operation.leadAgencyId": {
    label: "Organisme chef de file",
    description: "L'organisme qui a dirigé l'opération (son enregistrement d'organisme).",
  },
  "operation.agencyIds": {
    label: "Organismes participants",
    description: "Tous les organismes qui ont pris part à l'opération (leurs enregistrements d'organisme).",
  },
  "operation.countries": {
    label: "Pays participants",
    description: "Pays dont les autorités ont pris part à l'opération.",
  },
  "operation.startedOn": { label: "Date de début", description: "Jour où l'opération a commencé." },
  "operation.endedOn": {
    label: "Date de fin",
    description: "Jour où l'opération a pris fin ; vide tant qu'elle se poursuit.",
  },
  "operation.personsIdentified": {
    label: "Personnes identifiées",
    description: "Nombre de personnes identifiées comme soupçonnées d'avoir pris part aux infractions.",
  },
  "operation.arrests": {
    label: "Arrestations",
    description: "Nombre de personnes arrêtées lors de l'opération.",
  },
  "operation.victimsRescued": {
    label: "Victimes secourues",
    description:
      "Nombre de victimes présumées secourues ou soustraites à l'exploitation lors de l'opération.",
  },
  "operation.caseIds": {
    label: "Affaires liées",
    description: "Les affaires que concerne l'opération (leurs enregistrements d'affaire).",
  },
  "operation.perpetratorIds": {
    label: "Auteurs liés",
    description: "Les auteurs présumés identifiés lors de l'opération (leurs enregistrements d'auteur).",
  },
  "operation.criminalGroupIds": {
    label: "Groupes criminels liés",
    description: "Les groupes criminels organisés visés par l'opération (leurs enregistrements de groupe).",
  },
  "operation.summary": { label: "Résumé", description: "Récit libre de l'opération ; confidentiel." },
  "financialInquiry.recordType": {
    label: "Type d'enregistrement",
    description:
      "Nature de l'enregistrement ; vaut toujours « financialInquiry » pour une enquête financière.",
  },
  "financialInquiry.id": {
    label: "Identifiant de l'enquête financière",
    description: "Identifiant unique de l'enquête financière au format UUID (RFC 9562).",
  },
  "financialInquiry.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de la même enquête financière dans d'autres systèmes, chacun avec le système qui l'a attribué.",
  },
  "financialInquiry.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "financialInquiry.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "financialInquiry.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "financialInquiry.kind": {
    label: "Type d'enquête",
    description:
      "S'il s'agit d'une déclaration de soupçon, d'un rapport de renseignement financier, d'une enquête pour blanchiment ou d'une enquête financière parallèle.",
  },
  "financialInquiry.openedOn": {
    label: "Date d'ouverture",
    description: "Jour où la déclaration a été faite ou l'enquête ouverte.",
  },
  "financialInquiry.closedOn": {
    label: "Date de clôture",
    description: "Jour où l'enquête a été close ; vide tant qu'elle est ouverte.",
  },
  "financialInquiry.country": { label: "Pays", description: "Pays où l'enquête est menée." },
  "financialInquiry.agencyId": {
    label: "Organisme déclarant ou enquêteur",
    description:
      "La cellule de renseignement financier, la police ou le parquet qui a fait la déclaration ou mène l'enquête (son enregistrement d'organisme).",
  },
  "financialInquiry.caseIds": {
    label: "Affaires liées",
    description: "Les affaires que concerne l'enquête (leurs enregistrements d'affaire).",
  },
  "financialInquiry.perpetratorIds": {
    label: "Auteurs liés",
    description:
      "Les personnes dont les finances font l'objet de l'enquête (leurs enregistrements d'auteur).",
  },
  "financialInquiry.criminalGroupIds": {
    label: "Groupes criminels liés",
    description:
      "Les groupes criminels organisés dont les finances font l'objet de l'enquête (leurs enregistrements de groupe).",
  },
  "financialInquiry.assetActions": {
    label: "Mesures sur les avoirs",
    description:
      "Avoirs identifiés, gelés, saisis, confisqués ou restitués aux victimes, chacun avec sa valeur et sa monnaie.",
  },
  "financialInquiry.outcome": {
    label: "Issue",
    description: "Où en est l'enquête ou comment elle s'est terminée.",
  },
  "financialInquiry.summary": { label: "Résumé", description: "Récit libre de l'enquête ; confidentiel." },
  "legalAssistanceRequest.recordType": {
    label: "Type d'enregistrement",
    description:
      "Nature de l'enregistrement ; vaut toujours « legalAssistanceRequest » pour une demande d'entraide judiciaire.",
  },
  "legalAssistanceRequest.id": {
    label: "Identifiant de la demande d'entraide",
    description: "Identifiant unique de la demande d'entraide au format UUID (RFC 9562).",
  },
  "legalAssistanceRequest.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de la même demande d'entraide dans d'autres systèmes, chacun avec le système qui l'a attribué.",
  },
  "legalAssistanceRequest.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "legalAssistanceRequest.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "legalAssistanceRequest.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "legalAssistanceRequest.direction": {
    label: "Sens",
    description: "Si l'État qui enregistre a envoyé la demande ou l'a reçue.",
  },
  "legalAssistanceRequest.requestingCountry": {
    label: "Pays requérant",
    description: "L'État qui demande l'entraide.",
  },
  "legalAssistanceRequest.requestedCountry": {
    label: "Pays requis",
    description: "L'État à qui l'entraide est demandée.",
  },
  "legalAssistanceRequest.requestingAgencyId": {
    label: "Autorité requérante",
    description: "L'autorité qui a émis la demande (son enregistrement d'organisme).",
  },
  "legalAssistanceRequest.requestedAgencyId": {
    label: "Autorité requise",
    description: "L'autorité centrale ou compétente qui a reçu la demande (son enregistrement d'organisme).",
  },
  "legalAssistanceRequest.legalBasis": {
    label: "Base juridique",
    description: "Le traité ou la loi sur lequel repose la demande.",
  },
  "legalAssistanceRequest.assistanceTypes": {
    label: "Entraide demandée",
    description: "Les formes d'entraide que demande la requête.",
  },
  "legalAssistanceRequest.sentOn": {
    label: "Date d'envoi",
    description: "Jour où l'État requérant a envoyé la demande.",
  },
  "legalAssistanceRequest.receivedOn": {
    label: "Date de réception",
    description: "Jour où l'État requis a reçu la demande.",
  },
  "legalAssistanceRequest.status": {
    label: "Statut",
    description: "Où en est la demande : en attente, exécutée, exécutée en partie, refusée ou retirée.",
  },
  "legalAssistanceRequest.closedOn": {
    label: "Date de clôture",
    description: "Jour où la demande a été exécutée, refusée ou retirée.",
  },
  "legalAssistanceRequest.caseId": {
    label: "Affaire liée",
    description: "L'affaire que sert la demande (son enregistrement d'affaire).",
  },
  "legalAssistanceRequest.details": {
    label: "Détails",
    description: "Récit libre de ce qui a été demandé et répondu ; confidentiel.",
  },
  "criminalGroup.recordType": {
    label: "Type d'enregistrement",
    description:
      "Nature de l'enregistrement ; vaut toujours « criminalGroup » pour un groupe criminel organisé.",
  },
  "criminalGroup.id": {
    label: "Identifiant du groupe criminel",
    description: "Identifiant unique du groupe criminel au format UUID (RFC 9562).",
  },
  "criminalGroup.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de le même groupe criminel dans d'autres systèmes, chacun avec le système qui l'a attribué.",
  },
  "criminalGroup.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "criminalGroup.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "criminalGroup.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "criminalGroup.name": {
    label: "Nom du groupe",
    description: "Nom sous lequel le groupe est connu ; confidentiel, car il peut révéler une enquête.",
  },
  "criminalGroup.structure": {
    label: "Structure",
    description:
      "Comment le groupe est organisé, selon les cinq types de groupe criminel organisé de l'ONUDC.",
  },
  "criminalGroup.transnational": {
    label: "Transnational",
    description: "Si le groupe agit au-delà des frontières (art. 3.2 de la CTO).",
  },
  "criminalGroup.countries": { label: "Pays d'activité", description: "Pays où le groupe est actif." },
  "criminalGroup.offences": {
    label: "Infractions liées",
    description:
      "Infractions auxquelles le groupe est lié, en codes ICCS (traite des personnes, blanchiment, participation à un groupe criminel organisé, etc.).",
  },
  "criminalGroup.estimatedMembers": {
    label: "Taille estimée",
    description: "Nombre estimé de membres du groupe.",
  },
  "criminalGroup.assetActions": {
    label: "Mesures sur les avoirs",
    description:
      "Avoirs du groupe identifiés, gelés, saisis, confisqués ou restitués aux victimes, chacun avec sa valeur et sa monnaie.",
  },
  "criminalGroup.perpetratorIds": {
    label: "Membres",
    description: "Les auteurs dont on sait qu'ils appartiennent au groupe (leurs enregistrements d'auteur).",
  },
  "criminalGroup.caseIds": {
    label: "Affaires liées",
    description: "Les affaires dans lesquelles le groupe est impliqué (leurs enregistrements d'affaire).",
  },
  "criminalGroup.summary": { label: "Résumé", description: "Récit libre sur le groupe ; confidentiel." },
  "preventionActivity.recordType": {
    label: "Type d'enregistrement",
    description:
      "Nature de l'enregistrement ; vaut toujours « preventionActivity » pour une activité de prévention.",
  },
  "preventionActivity.id": {
    label: "Identifiant de l'activité de prévention",
    description: "Identifiant unique de l'activité de prévention au format UUID (RFC 9562).",
  },
  "preventionActivity.externalIds": {
    label: "Identifiants externes",
    description:
      "Identifiants de la même activité dans d'autres systèmes, chacun avec le système qui l'a attribué.",
  },
  "preventionActivity.createdAt": {
    label: "Date de création",
    description: "Date et heure de création de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "preventionActivity.updatedAt": {
    label: "Dernière modification",
    description:
      "Date et heure de la dernière modification de l'enregistrement, au format ISO 8601 avec décalage horaire.",
  },
  "preventionActivity.extensions": {
    label: "Extensions",
    description:
      "Données complémentaires rangées par espace de noms (profil national, champs source non convertis) ; seul endroit où des clés hors norme sont admises.",
  },
  "preventionActivity.kind": {
    label: "Type d'activité",
    description:
      "S'il s'agit d'une campagne de sensibilisation, d'une formation ou d'une autre activité de prévention.",
  },
  "preventionActivity.title": {
    label: "Titre",
    description: "Titre public de la campagne ou de la formation.",
  },
  "preventionActivity.audiences": {
    label: "Public visé",
    description:
      "À qui s'adressait l'activité : le public, des catégories d'agents publics, des groupes à risque ou le secteur privé.",
  },
  "preventionActivity.peopleReached": {
    label: "Personnes touchées",
    description: "Nombre estimé de personnes touchées par l'activité.",
  },
  "preventionActivity.trainees": {
    label: "Personnes formées",
    description: "Nombre de personnes qui ont suivi la formation.",
  },
  "preventionActivity.channels": {
    label: "Canaux",
    description:
      "Par quels canaux l'activité a touché les gens : radio, télévision, imprimés, en présentiel, en ligne.",
  },
  "preventionActivity.platforms": {
    label: "Plateformes en ligne",
    description: "Les sites web, applications et réseaux sociaux utilisés en ligne.",
  },
  "preventionActivity.startedOn": { label: "Date de début", description: "Jour où l'activité a commencé." },
  "preventionActivity.endedOn": { label: "Date de fin", description: "Jour où l'activité a pris fin." },
  "preventionActivity.country": { label: "Pays", description: "Pays où l'activité a eu lieu." },
  "preventionActivity.organiserAgencyId": {
    label: "Organisme organisateur",
    description: "L'organisme qui a organisé l'activité (son enregistrement d'organisme).",
  },
  "preventionActivity.description": { label: "Description", description: "Description libre de l'activité." },
} as const satisfies FieldTexts;
