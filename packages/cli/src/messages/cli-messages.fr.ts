import type { CliMessages } from "./cli-messages.js";

/** French texts of the `tip` command. */
export const cliMessagesFr = {
  locale: "fr",
  programDescription: "Vérifier et échanger des données sur la traite des personnes dans le modèle TIP.",
  helpOption: "afficher l’aide de la commande",
  helpCommand: "afficher l’aide de la commande",
  versionOption: "afficher le numéro de version",
  modelVersion: "modèle de données {version}",
  exitCodes:
    "Codes de sortie : 0 terminé, rien d’omis ; 1 données invalides, ou enregistrements omis ou non écrits ; 2 erreur d’utilisation, entrée illisible ou sortie impossible à écrire.",
  defaultValue: "(par défaut : {value})",
  titles: {
    "Usage:": "Utilisation :",
    "Arguments:": "Arguments :",
    "Options:": "Options :",
    "Commands:": "Commandes :",
    "Global Options:": "Options globales :",
  },
  validate: {
    description:
      "Vérifier des fichiers de données (NDJSON, lot JSON ou CSV) par rapport au modèle TIP. Code de sortie 0 : tous les enregistrements sont valides ; 1 : des enregistrements non valides ont été trouvés ; 2 : erreur d’utilisation ou entrée illisible.",
    files:
      "fichiers ou motifs glob à vérifier (.ndjson/.jsonl, .json, .csv) ; - ou un tube lit l’entrée standard, dont le format est deviné",
    format: "format du rapport : text ou json (par défaut : text)",
    lang: "langue du rapport : en, es, fr ou pt (par défaut : selon LANG, sinon en)",
    maxIssues: "nombre maximal de problèmes listés ; le décompte continue (par défaut : {default})",
    workers:
      "fils de travail pour le NDJSON : un nombre (0 : un seul fil), « all-cores », un par cœur, ou « auto », un par cœur moins un (par défaut : all-cores)",
    inputFormat:
      "format d’entrée : ndjson, json ou csv (par défaut : selon l’extension du fichier ; pour l’entrée standard, selon ses premiers octets)",
    recordType: "type d’enregistrement des lignes CSV : {choices}",
    progress: "Vérification de {file}",
    filesChecked: "Fichiers vérifiés : {count}",
    output: "fichier où écrire le rapport (par défaut : la sortie standard)",
    severity:
      "ne lister que les problèmes de cette gravité ou pire : error, warning ou info (par défaut : info) ; les décomptes et le code de sortie ne changent pas",
    validOnly:
      "écrire aussi les enregistrements valides, un JSON par ligne, dans ce fichier (fichiers NDJSON ou JSON seulement) ; les autres sont comptés dans le rapport",
    validWritten: "enregistrements valides écrits dans le fichier de --valid-only : {count, number}",
    environment:
      "Environnement : LC_ALL, LC_MESSAGES ou LANG choisissent la langue par défaut ; NO_COLOR désactive les couleurs (utilisées seulement dans un terminal) et FORCE_COLOR les active (0 ou false : désactivées). Une barre de progression s’affiche sur stderr pour les fichiers de plus de 5 Mo quand stderr est un terminal.",
  },
  profile: {
    option:
      "profil national : un id fourni (palermo, mx, ar) ou un fichier JSON de profil ; ses règles, listes de codes et champs d’extension s’appliquent",
    unreadable: "impossible de lire le profil « {file} » : {reason}",
    issue: "profil {profile} en {pointer} : {message}",
    folded:
      "enregistrements écrits avec les codes de base auxquels correspondent leurs codes nationaux ({format} ne connaît que les codes de base) : {count, number}",
  },
  textInput: {
    encoding:
      "encodage du texte d’entrée : auto, utf-8, utf-16le, utf-16be, windows-1252 (aussi latin1) ou iso-8859-15 (par défaut : auto : UTF-16 d’après sa marque d’ordre des octets, sinon UTF-8 ; les autres octets sont refusés, jamais remplacés)",
    delimiter:
      "délimiteur de cellules CSV : , ; ou tab (par défaut : celui de la ligne d'en-tête ; avec ; les nombres ont une virgule décimale, comme Excel les écrit en espagnol, français ou portugais)",
  },
  errors: {
    prefix: "erreur",
    helpHint: "Lancez « {command} --help » pour l’utilisation.",
    unknownOption: "option inconnue « {token} »",
    unknownCommand: "commande inconnue « {token} »",
    missingArgument: "argument obligatoire manquant « {token} »",
    optionMissingArgument: "l’option « {token} » demande une valeur",
    excessArguments: "trop d’arguments",
    didYouMean: "vouliez-vous dire {token} ?",
    badChoice: "« {value} » n’est pas une valeur valide de {option} : utilisez {choices}",
    badMaxIssues: "{option} demande un nombre entier supérieur ou égal à 0, pas « {value} »",
    unknownExtension:
      "impossible de déduire le format de « {file} » à partir de son nom : indiquez --input-format ndjson, json ou csv",
    stdinNeedsFormat: "la lecture de l’entrée standard (-) demande --input-format ndjson, json ou csv",
    stdinTwice: "l’entrée standard (-) ne peut être lue qu’une fois",
    noMatch: "aucun fichier ne correspond au motif « {pattern} »",
    validOnlyNeedsFiles:
      "--valid-only lit chaque entrée deux fois : « {file} » doit être un fichier NDJSON ou JSON, pas un CSV ni l’entrée standard",
    unreadable: "impossible de lire « {file} » : {reason}",
    internal:
      "échec inattendu lors de la vérification de « {file} » ({name}) ; aucun contenu d’enregistrement n’est affiché",
    unexpected: "échec inattendu ({name}) ; aucun contenu d’enregistrement n’est affiché",
    invalidEncoding:
      "« {file} » n’est pas du texte {encoding} à la ligne {line} (octet {byte}) ; si un programme Windows l’a enregistré, donnez --encoding windows-1252",
    unknownModelVersion:
      "« {file} » ligne {line} est dans la version {found} du modèle, qui ne peut pas être mise à jour vers {current} (inconnue ou plus récente que ce tip)",
    nulByte:
      "« {file} » contient un octet NUL à la ligne {line} : il est binaire ou dans un autre encodage (voir --encoding)",
  },
  workbook: {
    overLimit: "le classeur dépasse la limite du lecteur {limit} = {max}{place} ; rien n'a été converti",
    unreadable: "l'entrée n'est pas un classeur .xlsx lisible : {fault}{place}",
    sheet: "feuille {n}",
    row: "ligne {n}",
    column: "colonne {n}",
    notText:
      "l'entrée est un classeur .xlsx, mais --from {format} lit du texte : les classeurs se lisent avec --from htcds ou --from ctdc",
    faults: {
      not_a_zip: "ce n'est pas une archive zip",
      damaged_zip: "son archive zip est endommagée ou tronquée",
      encrypted: "il est chiffré ou compressé d'une façon que le lecteur ne connaît pas",
      no_workbook: "il n'a pas de partie classeur",
      no_sheet: "il n'a pas de feuille à cette position",
      missing_part: "une partie dont il a besoin manque",
      malformed_xml: "une partie n'est pas du XML bien formé",
      bad_reference: "une référence de cellule ou de ligne n'est pas valide",
    },
  },
  reasons: {
    ENOENT: "fichier introuvable",
    EACCES: "permission refusée",
    EISDIR: "c’est un répertoire",
    notAFile: "ce n’est pas un fichier ordinaire",
    other: "erreur système {code}",
  },
  output: {
    input: "l’entrée",
    sameFile: "{first} et {second} sont le même fichier : donnez un autre fichier à {second}",
    unwritable: "impossible d’écrire le fichier de {option} : {reason} ; rien n’a été écrit",
    stdoutFailed: "impossible d’écrire sur la sortie standard : {reason}",
    binaryToStdout: "cette sortie est binaire : donnez {option} <fichier>",
    notAFolder: "{option} désigne un fichier, pas un dossier : donnez un dossier ; rien n'a été écrit",
    holdsInput:
      "{option} est ou contient les fichiers que lit cette commande : donnez un autre dossier ; rien n'a été écrit",
    notOwnFolder:
      "{option} contient déjà des fichiers ou dossiers que cette commande remplacerait mais qu'elle n'a pas écrits : donnez un dossier vide ou nouveau ; rien n'a été écrit",
    reasons: {
      ENOENT: "son dossier n’existe pas",
      EACCES: "permission refusée",
      EISDIR: "c’est un répertoire",
      ENOSPC: "plus d’espace sur le périphérique",
      EROFS: "le système de fichiers est en lecture seule",
      other: "erreur système {code}",
    },
    workersCapped: "--workers {asked} dépasse les {cores} cœurs disponibles : {cores} utilisés",
    records: "enregistrements : {read, number} lus, {written, number} écrits, {skipped, number} ignorés",
    skippedReason: "{count, number} ignorés : {reason}",
    otherTypesHint: "donnez -o <fichier> pour écrire chaque type d’enregistrement dans son propre fichier",
    migrated:
      "{records, plural, one {# enregistrement mis} other {# enregistrements mis}} à jour du modèle {from} vers {to}",
    migrationChange: "{count, plural, one {# modification} other {# modifications}} : {kind}",
    otherTypeFiles:
      "{count, plural, one {# autre type d’enregistrement écrit} other {# autres types d’enregistrement écrits}} à côté de {option} : {names}",
    notesInReport:
      "{count, plural, one {# note} other {# notes}} sur la lecture ou l’écriture des valeurs des champs : dans le fichier de {option}",
    notesHint:
      "{count, plural, one {# note} other {# notes}} sur la lecture ou l’écriture des valeurs des champs : indiquez {option} <fichier> pour {count, plural, one {la lire} other {les lire}}",
  },
  /** `tip docs`, `tip schema` and `tip synth`. */
  generators: {
    docs: {
      description:
        "Écrire le site de documentation de la norme (dictionnaire de données, listes de codes, correspondances, règles) en HTML statique.",
      out: "dossier où écrire le site",
      lang: "langues du site : en, es, fr, pt ou all (par défaut : all) ; plusieurs séparées par des virgules",
      written: "Site de documentation écrit ({langs}) : {entry}",
    },
    schema: {
      description: "Écrire le JSON Schema (draft 2020-12) de chaque type d'enregistrement.",
      out: "dossier où écrire les schémas (par défaut : le dossier courant)",
      written:
        "{count, plural, one {# fichier JSON Schema écrit} other {# fichiers JSON Schema écrits}} dans {dir}",
      writtenProfile:
        "{count, plural, one {# fichier JSON Schema du profil {profile} écrit} other {# fichiers JSON Schema du profil {profile} écrits}} dans {dir}",
    },
    synth: {
      description:
        "Écrire des enregistrements de traite synthétiques et fictifs en NDJSON (un enregistrement par ligne) pour les tests et les démonstrations.",
      count:
        "nombre d'enregistrements de victimes ; les affaires, auteurs, organismes et orientations les accompagnent",
      seed: "graine du générateur : la même graine donne toujours les mêmes enregistrements",
      country: "code ISO 3166-1 alpha-2 du pays déclarant (par défaut : TT)",
      errorRate:
        "part des enregistrements rendus invalides exprès, de 0 à 1 (par défaut : 0) : victimes, et les chiffres et enregistrements de protection, de poursuite et de prévention écrits avec elles",
      aggregates:
        "écrire aussi les chiffres que le pays publierait à partir de ces enregistrements (enregistrements agrégés, au format de GLOTIP), après eux",
      protection:
        "écrire aussi, autour de chaque victime, des contacts avec la ligne d'assistance, des dépistages, des mesures de protection et des incidents de violence sexuelle ou basée sur le genre",
      prosecution:
        "écrire aussi les enregistrements de poursuite et de prévention : groupes criminels, opérations, enquêtes financières, demandes d'entraide judiciaire et activités de prévention",
      out: "fichier à écrire ; - ou sans cette option, écrit sur la sortie standard",
      written: "{count, plural, one {# enregistrement écrit} other {# enregistrements écrits}} dans {file}",
    },
    errors: {
      badCount: "{option} attend un nombre entier supérieur ou égal à 0, pas « {value} »",
      badRate: "{option} attend un nombre de 0 à 1, pas « {value} »",
      badCountry: "« {value} » n'est pas un code de pays ISO 3166-1 alpha-2 (comme TT, MX ou BR)",
      missingOption: "l'option {option} est obligatoire",
      unwritable: "impossible d'écrire « {file} » : {reason}",
    },
  },
  /** `tip keys new`, `tip seal` and `tip open`. */
  exchange: {
    common: {
      lang: "langue des messages : en, es, fr ou pt (par défaut : selon LANG, sinon en)",
      key: "fichier de clé privée de cet organisme (de tip keys new)",
      keyFile: "{option} « {file} » : {problem}",
    },
    keys: {
      description: "Gérer les clés d’un organisme pour l’échange sécurisé.",
      newDescription:
        "Créer les clés d’un organisme : un fichier de clé privée (lisible par vous seul ; gardez-le secret) et un jeu JWK public à remettre aux organismes partenaires. Code de sortie 0 : écrites ; 2 : erreur d’utilisation ou clés déjà présentes.",
      agency: "identifiant de l’organisme (un UUID, comme dans les lots qu’il envoie)",
      country: "pays de l’organisme, ISO 3166-1 alpha-2 (publié avec les clés)",
      validFrom: "premier moment où les clés peuvent servir, ISO 8601 (par défaut : sans début)",
      validUntil:
        "moment à partir duquel les clés ne peuvent plus servir, ISO 8601, pour une rotation prévue",
      outputDir: "dossier où écrire private.jwks.json et public.jwks.json (créé s’il manque)",
      written:
        "Clés de l’organisme {agency} écrites dans {dir} : private.jwks.json (privé, lisible par vous seul) et public.jwks.json (à remettre aux organismes partenaires). Identifiants de clé : signature {sig}, chiffrement {enc}.",
      keepPrivate:
        "N’envoyez, ne publiez et ne copiez jamais private.jwks.json dans un lieu partagé : qui le détient peut signer au nom de votre organisme et lire ce qui lui est envoyé.",
      exists:
        "{dir} contient déjà {file} : les clés ne sont jamais écrasées. Utilisez un autre dossier (rotation : publiez les deux jeux de clés).",
      badAgency: "{option} demande un identifiant d’organisme écrit comme un UUID, pas « {value} »",
      badCountry: "{option} demande un code pays ISO 3166-1 alpha-2 comme TT, pas « {value} »",
      badTime:
        "{option} demande un moment en ISO 8601 avec un décalage (2024-01-01T00:00:00Z), pas « {value} »",
      badPeriod: "--valid-until doit venir après --valid-from",
    },
    seal: {
      description:
        "Signer un lot avec la clé de cet organisme et le chiffrer pour les organismes destinataires, après avoir vérifié que le consentement de chaque personne couvre la finalité et les destinataires (pas de consentement, pas d’enveloppe). Code de sortie 0 : scellé ; 1 : le lot ne peut pas être envoyé tel quel (enregistrements désignés par leur position) ; 2 : erreur d’utilisation ou entrée illisible.",
      bundle: "le lot d’échange à envoyer (JSON)",
      to: "le jeu JWK public d’un organisme destinataire, ou un annuaire d’organismes (à répéter pour plusieurs)",
      purpose: "pourquoi les données sont partagées, une finalité de consentement : {choices}",
      agreement: "référence de l’accord de partage de données (lettres, chiffres et ._:/-)",
      retention:
        "durée pendant laquelle le destinataire peut garder les données, durée ISO 8601 comme P5Y, P6M ou P90D",
      expiresIn: "jours pendant lesquels l’enveloppe peut être ouverte, de 1 à 366 (par défaut : 7)",
      inReplyTo: "identifiant de message de l’enveloppe à laquelle celle-ci répond",
      mark: "le marquage TLP propre à un enregistrement, sous la forme <id d’enregistrement>=<TLP> (à répéter pour plusieurs)",
      output: "fichier où écrire l’enveloppe (par défaut : sortie standard)",
      sealed:
        "Message {id} scellé pour {count, plural, one {# organisme} other {# organismes}} : {recipients}. Il peut être ouvert jusqu’au {expiresAt}.",
      refusedMore: "… et {count, number} de plus.",
      badMark: "{option} demande <id d’enregistrement>=<TLP> avec une TLP parmi {choices}, pas « {value} »",
      notJson: "« {file} » n’est pas un document JSON",
    },
    open: {
      description:
        "Déchiffrer une enveloppe envoyée à cet organisme, vérifier qui l’a signée avec les clés de confiance, refuser les rejeux, les enveloppes expirées et les clés révoquées, et valider le lot. Code de sortie 0 : ouvert et valide ; 1 : ouvert, mais le lot contient des enregistrements non valides ; 2 : refusé (rien n’est écrit), erreur d’utilisation ou entrée illisible.",
      envelope: "l’enveloppe reçue (JSON)",
      trust:
        "l’annuaire de confiance, ou le jeu JWK public d’un organisme expéditeur (à répéter pour plusieurs)",
      seen: "fichier des identifiants de messages déjà ouverts, pour refuser les rejeux d’une exécution à l’autre (créé s’il manque)",
      output: "fichier où écrire le lot (par défaut : sortie standard)",
      receipt:
        "fichier où écrire un accusé de réception signé pour l’expéditeur : accepté, ou rejeté avec les codes des problèmes",
      opened:
        "Message {id} ouvert, de l’organisme {sender} : finalité {purpose}, accord {agreement}, à conserver {retention}, TLP:{tlp}.",
      markings:
        "{count, plural, one {# enregistrement porte} other {# enregistrements portent}} un marquage TLP propre.",
      valid: "Le lot est valide : {count, plural, one {# enregistrement} other {# enregistrements}}.",
      invalid:
        "Le lot n’est pas valide : {errors, plural, one {# erreur} other {# erreurs}} ; {invalid, plural, one {# enregistrement} other {# enregistrements}} sur {count, number} non {invalid, plural, one {valide} other {valides}}. Répondez par un rejet (voir --receipt).",
      receiptWritten: "Accusé de réception {id} ({outcome}) écrit.",
      badSeen:
        "impossible d’utiliser « {file} » comme liste des messages ouverts : la ligne {line} n’en est pas une entrée",
    },
    node: {
      badUrl: "{option} attend l’URL d’un nœud commençant par http:// ou https://, pas « {value} »",
      unreachable: "impossible de joindre le nœud à {url} : {reason}",
      refused: "le nœud a refusé la requête (HTTP {status}, {code})",
      envelopeRefused: "le nœud a refusé l’enveloppe : {reason}",
      badId: "{option} attend un identifiant de message écrit comme un UUID, pas « {value} »",
      deleted:
        "le nœud ne garde plus cette enveloppe : son contenu a été supprimé le {at} car {because, select, retention {la durée de conservation fixée par l’expéditeur était écoulée} expired {elle a expiré avant que cette agence n’en accuse réception} other {son délai était écoulé}} ; son identifiant de message et son accusé sont conservés, et on peut encore en accuser réception",
    },
    serve: {
      description:
        "Faire tourner le nœud d’échange de cet organisme : une API HTTP par laquelle les organismes de confiance envoient des enveloppes (conservées chiffrées, telles que reçues) et des mises à jour de statut par des requêtes signées, auxquelles répondent des accusés de réception signés ; cet organisme liste, récupère et acquitte ce qui est arrivé avec tip inbox. Données dans PostgreSQL : --database-url ou DATABASE_URL, sinon un PostgreSQL intégré dans --data-dir. Ctrl-C l’arrête. Code de sortie 0 : arrêté ; 2 : erreur d’utilisation, clés illisibles, ou port ou base de données inutilisable.",
      trust:
        "l’annuaire de confiance, ou les jeux de clés JWK publics, des organismes autorisés à appeler, celui-ci compris (à répéter)",
      port: "port d’écoute (par défaut : 8080)",
      host: "adresse d’écoute (par défaut : 127.0.0.1 ; placez un proxy TLS devant pour servir d’autres machines)",
      dataDir: "dossier de la base de données intégrée (par défaut : tip-node-data)",
      databaseUrl: "URL d’un serveur PostgreSQL (par défaut : DATABASE_URL ; sans elle, la base intégrée)",
      maxMb: "plus grande enveloppe acceptée, en Mio (par défaut : 64)",
      purgeMinutes:
        "l’attente la plus longue entre deux suppressions du contenu des enveloppes que le nœud ne peut plus garder (durée de conservation écoulée, ou expirées sans accusé de réception) ; le nœud supprime aussi dès que la suivante arrive à échéance. En minutes (par défaut : 60 ; 0 : jamais)",
      listening:
        "Nœud de l’organisme {agency} à l’écoute sur {url} (base de données : {database}). Ctrl-C pour l’arrêter.",
      stopped: "Nœud arrêté.",
      cannotStart: "le nœud n’a pas pu démarrer : {reason}",
      badPort: "{option} attend un numéro de port de 0 à 65535, pas « {value} »",
      badPurge: "{option} attend un nombre de minutes de 0 à {max}, pas « {value} »",
    },
    send: {
      description:
        "Envoyer une enveloppe scellée au nœud de l’organisme destinataire par une requête signée avec la clé de cet organisme, et vérifier l’accusé de réception signé qu’il renvoie. Code de sortie 0 : acceptée ; 1 : rejetée car le lot contient des enregistrements invalides (codes listés) ; 2 : refusée, erreur d’utilisation, entrée illisible ou nœud injoignable.",
      envelope: "l’enveloppe scellée à envoyer (produite par tip seal)",
      to: "l’URL du nœud de l’organisme destinataire",
      trust:
        "le jeu de clés JWK public de l’organisme destinataire, ou l’annuaire, pour vérifier son accusé (à répéter)",
      receipt: "fichier où écrire l’accusé de réception signé",
      accepted: "Message {id} accepté par l’organisme {agency}.",
      rejected:
        "Message {id} rejeté par l’organisme {agency} : le lot contient des enregistrements invalides ({count, plural, one {# code de problème} other {# codes de problème}}).",
      issue: "  {code} : {count}",
      verified: "La signature de l’accusé de réception a été vérifiée.",
      receiptInvalid:
        "la réponse du nœud n’est pas un accusé de réception valide de l’organisme destinataire : {reason}",
      replayed:
        "Le nœud a déjà reçu le message {id} et le refuse à nouveau ; le premier accusé indique : {outcome}.",
      receiptWritten: "Accusé de réception écrit dans {file}.",
    },
    inbox: {
      description:
        "La boîte de réception de cet organisme sur son propre nœud : lister, récupérer et acquitter les enveloppes reçues.",
      from: "l’URL du nœud de cet organisme",
      listDescription:
        "Lister les enveloppes reçues, de la plus ancienne à la plus récente, un objet JSON par ligne (identifiants, expéditeur, finalité, dates : aucun contenu). Code de sortie 0 : listées ; 2 : erreur d’utilisation, ou nœud injoignable ou qui refuse.",
      pending: "seulement les enveloppes pas encore acquittées",
      after: "lister celles après cette position (le seq de la dernière vue)",
      listed: "{count, plural, one {# enveloppe listée} other {# enveloppes listées}}.",
      fetchDescription:
        "Récupérer une enveloppe telle que reçue (toujours chiffrée), pour l’ouvrir avec tip open. Code de sortie 0 : écrite ; 2 : enveloppe inconnue ou contenu supprimé (durée de conservation écoulée ou expirée), erreur d’utilisation, ou nœud injoignable ou qui refuse.",
      messageId: "l’identifiant de message de l’enveloppe",
      output: "fichier où écrire l’enveloppe (par défaut : sortie standard)",
      fetched: "Enveloppe {id} écrite.",
      ackDescription:
        "Acquitter une enveloppe une fois intégrée aux systèmes propres de cet organisme. Code de sortie 0 : acquittée ; 2 : enveloppe inconnue, erreur d’utilisation, ou nœud injoignable ou qui refuse.",
      acknowledged: "Enveloppe {id} acquittée ({at}).",
    },
    receipt: {
      description: "Accusés de réception signés conservés dans des fichiers.",
      verifyDescription:
        "Vérifier un accusé de réception signé conservé dans un fichier (de tip send --receipt ou tip open --receipt) : sa signature avec les clés publiées de l’organisme destinataire, et qu’il répond à une enveloppe de cet organisme. Code de sortie 0 : vérifié, le lot a été accepté ; 1 : vérifié, le lot a été rejeté pour des enregistrements non valides (codes d’anomalie listés) ; 2 : accusé non valide, erreur d’utilisation ou entrée illisible.",
      file: "le fichier de l’accusé de réception",
      trust:
        "le jeu de clés JWK public de l’organisme destinataire, ou l’annuaire (à répéter pour plusieurs)",
      envelope: "l’identifiant de message de l’enveloppe à laquelle l’accusé doit répondre",
      accepted: "Accusé vérifié : l’organisme {agency} a accepté le message {id} ({at}).",
      rejected:
        "Accusé vérifié : l’organisme {agency} a rejeté le message {id} ({at}) : le lot contient des enregistrements non valides ({count, plural, one {# code d’anomalie} other {# codes d’anomalie}}).",
      invalid: "{file} n’est pas un accusé de réception valide pour cet organisme : {reason}",
    },
    status: {
      description:
        "Dire à l’organisme qui a envoyé une orientation où elle en est : une mise à jour de statut signée par cet organisme, envoyée au nœud de l’expéditeur. Code de sortie 0 : enregistrée par le nœud ; 2 : erreur d’utilisation, clé illisible, ou nœud injoignable ou qui refuse.",
      status:
        "le nouveau statut de l’orientation : un code de referral_status autre que draft et sent (accepted, declined, completed…)",
      referral: "l’identifiant de l’enregistrement d’orientation",
      sender: "l’identifiant de l’organisme qui a envoyé l’enveloppe",
      to: "l’URL du nœud de l’organisme expéditeur",
      sent: "Statut {status} de l’orientation {referral} (message {id}) enregistré par {url}.",
      refused: "le nœud a refusé la mise à jour de statut : {reason}",
      badUuid: "{option} demande un UUID, pas « {value} »",
    },
  },
  /** `tip anonymize`, `tip stats` and `tip export`. */
  privacy: {
    common: {
      lang: "langue des messages et libellés : en, es, fr ou pt (par défaut : selon LANG, sinon en)",
      output: "fichier où écrire (par défaut : sortie standard)",
      place: "ligne {line}",
      placeInDocument: "ligne {line}, {pointer}",
      recordAt: "à la ligne {line}",
      recordAtInDocument: "à la ligne {line} ({pointer})",
      leftOut: "{count, plural, one {# élément a été écarté} other {# éléments ont été écartés}} :",
      leftOutMore: "… et {count, number} de plus.",
      progress: "Lecture de {file}",
      progressAgain: "Nouvelle lecture de {file}",
      standardInput: "l’entrée standard",
      reasons: {
        invalid_json: "JSON non valide",
        invalid_utf8: "texte UTF-8 non valide",
        nul_byte: "contient un octet NUL",
        truncated_input: "tronqué",
        record_too_large: "dépasse la limite de 16 Mio",
        too_deep: "imbriqué sur plus de 64 niveaux",
        not_a_record: "n'est pas un enregistrement du modèle",
        nested_bundle: "un lot à l'intérieur de l'entrée (fournissez chaque lot dans son propre fichier)",
        failed: "n'a pas pu être traité",
        not_anonymizable:
          "ne suit pas assez le modèle pour être anonymisé (par exemple un identifiant qui n'est pas un UUID)",
      },
      used: "Enregistrements lus : {read, number} ; utilisés : {used, number} ; écartés : {leftOut, number}.",
      valuesTooLarge:
        "{count, plural, one {# valeur totale était trop grande pour être additionnée exactement et reste vide} other {# valeurs totales étaient trop grandes pour être additionnées exactement et restent vides}}.",
    },
    anonymize: {
      description:
        "Retirer les identifiants, ne garder que les quasi-identifiants choisis, les rendre k-anonymes et remplacer les identifiants d'enregistrement par des pseudonymes à clé. Code de sortie 0 : terminé ; 1 : terminé, mais une partie de l'entrée a été écartée ; 2 : erreur d'utilisation ou entrée illisible.",
      input:
        "enregistrements à anonymiser : NDJSON, un lot JSON ou un tableau JSON ; - (ou un tube) lit l’entrée standard",
      keyFile:
        "fichier contenant la clé secrète des pseudonymes (au moins 16 octets ; octets bruts ou texte hexadécimal). La même clé donne les mêmes pseudonymes",
      k: "taille minimale d'un groupe d'enregistrements partageant les mêmes quasi-identifiants (par défaut : {default})",
      quasi:
        "quasi-identifiants à garder, en identifiants de champ séparés par des virgules (par défaut : {default})",
      records:
        "Enregistrements lus : {read, number} ; écrits : {written, number} ; retirés pour la k-anonymat : {suppressed, number} ; écartés : {leftOut, number}.",
      removed:
        "Retirés : {direct, plural, one {# identifiant direct} other {# identifiants directs}}, {quasi, plural, one {# quasi-identifiant} other {# quasi-identifiants}}, {other, plural, one {# texte libre ou autre valeur personnelle} other {# textes libres ou autres valeurs personnelles}}, {unknown, plural, one {# champ inconnu} other {# champs inconnus}}.",
      kept: "Quasi-identifiants gardés : {fields} (k = {k}).",
      before:
        "Avant suppression : {classes, plural, one {# groupe} other {# groupes}} sous k, comptant {records, plural, one {# enregistrement} other {# enregistrements}}.",
      suppressedValues: "Valeurs supprimées : {list} ({share} des valeurs de quasi-identifiants).",
      nothingSuppressed: "Aucune valeur n'a dû être supprimée.",
      suppressedRecords: "Enregistrements supprimés en dernier recours : {count, number}.",
      pseudonyms:
        "Les identifiants sont désormais des pseudonymes sous votre clé : ce sont encore des données personnelles. Conservez la clé à part.",
    },
    stats: {
      description:
        "Compter les victimes (ou les auteurs) selon les dimensions données, avec totaux de ligne, de colonne et général ; les petites cases, et celles qui permettraient de les retrouver, sont supprimées. Code de sortie 0 : terminé ; 1 : terminé, mais une partie de l'entrée a été écartée ; 2 : erreur d'utilisation ou entrée illisible.",
      input:
        "enregistrements à compter : NDJSON, un lot JSON ou un tableau JSON ; - (ou un tube) lit l’entrée standard",
      by: "dimensions, séparées par des virgules : {choices}",
      minCell:
        "plus petit effectif publié ; les effectifs non nuls inférieurs sont supprimés (par défaut : {default})",
      preset: "tableau prédéfini : {choices}",
      population:
        "table de population (CSV ou JSON : colonnes population et l'une de sex, age_group, country, year) pour les taux pour 100 000",
      format:
        "format de sortie : text, csv, json ou glotip (les colonnes de l'export GLOTIP de l'ONUDC ; ajoutez year et country à --by pour remplir ces colonnes) (par défaut : text)",
      glotipCellsLeftOut:
        "Cellules sans ligne GLOTIP (ventilées par deux catégories à la fois, ou auteurs à toutes les étapes ; leurs chiffres sont dans les marges) : {count, number}.",
      unit: "ce qui est compté : victims, perpetrators, contacts (contacts avec la ligne d'assistance) ou compensated (victimes dont l'indemnisation a été versée), par défaut la première qui a toutes les dimensions de --by ; ou operations (par pays et année) ou assets (mesures sur les avoirs par mesure et monnaie)",
      severalForms:
        "comment compter une victime de plusieurs formes d’exploitation : each (sous chaque forme, une fois dans les totaux ; par défaut, comme les tableaux GLOTIP) ou multiple (une fois, sous « plusieurs formes » ou « formes mixtes ou autres » de GLOTIP)",
    },
    export: {
      description:
        "Ne garder que les enregistrements que le consentement de la personne et le marquage TLP permettent d'envoyer à un organisme pour une finalité. Code de sortie 0 : tout peut être envoyé ; 1 : des enregistrements ont été retenus (chacun est désigné par sa ligne) ; 2 : erreur d'utilisation ou entrée illisible.",
      input:
        "enregistrements à exporter : NDJSON, un lot JSON ou un tableau JSON ; - (ou un tube) lit l’entrée standard",
      to: "identifiant de l'organisme destinataire",
      purpose: "finalité de l'export, une finalité de consentement : {choices}",
      on: "jour de l'export, AAAA-MM-JJ, pour les consentements qui expirent ou sont retirés (par défaut : aujourd'hui)",
      recipientCountry:
        "pays de l'organisme destinataire, pour les consentements donnés par pays (par défaut : d'après l'entrée)",
      summary:
        "Enregistrements lus : {read, number} ; pouvant être envoyés : {sent, number} ; retenus : {refused, number} ; écartés : {leftOut, number}.",
    },
    errors: {
      missingOption: "l'option {option} est obligatoire",
      badCount: "{option} demande un nombre entier supérieur ou égal à {min}, pas « {value} »",
      badQuasi:
        "{option} : « {value} » n'est pas un quasi-identifiant à une valeur par enregistrement (utilisez des identifiants de champ comme victim.sex)",
      optionNotForUnit: "{option} ne s'applique pas à --unit {unit}",
      badDimension: "{option} : « {value} » ne peut pas être compté pour {unit} ; utilisez {choices}",
      byOrPreset: "indiquez --by ou --preset, pas les deux",
      keyTooShort:
        "la clé de « {file} » fait {bytes, plural, one {# octet} other {# octets}} ; il en faut au moins {min} (32 octets aléatoires sont recommandés)",
      badInput: "« {file} » ne contient ni des enregistrements NDJSON, ni un lot ou un tableau JSON",
      badPopulation: "impossible d'utiliser la table de population « {file} » : {reason}",
      badDate: "{option} demande une date écrite AAAA-MM-JJ, pas « {value} »",
      populationColumn:
        "la colonne {column} de l'en-tête n'est aucune de population, sex, age_group, country, year",
      populationKey:
        "ligne {row} : la clé n° {position} n'est aucune de population, sex, age_group, country, year",
      populationRow: "la ligne {row} n'a pas de population supérieure à zéro",
      populationVaries: "la population varie selon {key}, mais le tableau n'est pas ventilé par {key}",
      populationJson: "ce n'est pas un tableau JSON de lignes",
      brokenInput: "impossible de lire « {file} » au-delà de la ligne {line} : {reason}",
      causes: {
        utf16: "c'est du texte UTF-16 ; enregistrez-le en UTF-8",
        not_json: "autre chose que du JSON suit le document",
        truncated: "il se termine à l'intérieur du document",
      },
      inputChanged:
        "« {file} » a changé pendant sa lecture ({first} enregistrements la première fois, {second} la seconde) ; le résultat n'est pas fiable : relancez sur un fichier qui n'est pas en cours d'écriture (ni la sortie)",
      unwritable: "impossible d'écrire « {file} » : {reason}",
    },
  },
  /** `tip convert`. */
  convert: {
    help: {
      description:
        "Convertit HTCDS, CTDC, CSV plat, GLOTIP ou NDJSON canonique en passant par le modèle canonique",
      input:
        "fichier à convertir ; - (ou un tube) lit l’entrée standard, dont le format est détecté sauf si --from est donné",
      from: "format d’entrée : {formats} (par défaut : détecté)",
      to: "format de sortie : {formats}",
      entity:
        "type d’enregistrement des lignes de CSV plat : {entities} (par défaut : détecté, sinon victim)",
      output:
        "fichier de sortie, .xlsx pour le modèle HTCDS ou un classeur GLOTIP (par défaut ou - : sortie standard). Avec --to csv, les enregistrements d’autres types que --entity vont dans des fichiers à côté, nommés par type : out.csv -> out.case.csv",
      report: "écrit le rapport de conversion (JSON, sans valeur personnelle) dans ce fichier",
      lang: "langue du résumé et des erreurs : en, es, fr ou pt (par défaut : selon LANG, sinon en)",
      after:
        "Chaque enregistrement lu est écrit ou compté comme ignoré avec sa raison (sortie 1) : CTDC ne contient que des victimes ; HTCDS contient des victimes avec leur affaire, organisme, auteur et orientations ; le CSV plat sur la sortie standard contient un seul type d’enregistrement.",
    },
    headline:
      "tip convert {from} -> {to} : {rows, plural, one {# ligne} other {# lignes}} : {converted, plural, one {# convertie} other {# converties}}, {invalid, plural, one {# non valide} other {# non valides}}, {skipped, plural, one {# ignorée} other {# ignorées}}, {unread, plural, one {# valeur non lue} other {# valeurs non lues}}, {lossy, plural, one {# champ avec perte} other {# champs avec perte}}",
    formats: {
      htcds: "HTCDS",
      ctdc: "CTDC",
      csv: "CSV plat",
      tip: "NDJSON canonique",
      glotip: "GLOTIP",
    },
    standardInput: "entrée standard",
    toRequired: "l’option --to <format> est obligatoire ({formats})",
    unknownFormat: "impossible de savoir le format de « {file} » : donnez --from",
    line: "ligne {n}",
    inputErrors: {
      empty_input: "« {file} » ne contient aucune ligne{place} ; rien n’a été converti",
      missing_header_row:
        "« {file} » n’a pas de ligne d’en-tête : aucune ligne ne nomme les colonnes de {format}{place} ; rien n’a été converti",
      duplicate_column: "l’en-tête de « {file} » nomme une colonne deux fois{place} ; rien n’a été converti",
      csv_malformed:
        "l’en-tête de « {file} » ne peut pas être lu comme du CSV{place} ; rien n’a été converti",
      invalid_json:
        "« {file} » n’est pas un export XLSForm en JSON (une liste de soumissions){place} ; rien n’a été converti",
      other: "« {file} » ne peut pas être converti ({code}){place} ; rien n’a été converti",
    },
  },
  /** `tip template`. */
  template: {
    description:
      "Écrire un modèle de collecte issu du modèle de données : un questionnaire XLSForm pour KoboToolbox et ODK, ou un classeur Excel avec listes déroulantes et validation. Ce qui est collecté (le classeur, ou l'export JSON ou CSV de XLSForm) se relit avec `tip convert --from htcds`.",
    format: "xlsform (questionnaire, libellés dans les quatre langues) ou xlsx (classeur Excel)",
    lang: "langue du classeur et des libellés par défaut du questionnaire : en, es, fr ou pt",
    output: "fichier où écrire le modèle",
    exitCodes:
      "Codes de sortie : 0 écrit ; 2 erreur d'utilisation, profil illisible ou fichier impossible à écrire.",
    written: "Modèle {format} ({lang}) écrit dans {file}",
    writtenProfile: "Modèle {format} ({lang}) du profil {profile} écrit dans {file}",
    badFormat: "--format {value} n'est pas un format de modèle ; utilisez l'un de : {formats}",
    badLang: "--lang {value} n'est pas une langue des modèles ; utilisez l'une de : {langs}",
    missingOption: "{option} est obligatoire",
  },
  demo: {
    unknownLang: "Langue inconnue « {value} » : utilisez en, es, fr ou pt",
    stopped: "la démonstration s'est arrêtée : tip {command} a terminé avec le code {code}",
    steps: {
      synth:
        "1. Un export national synthétique : {victims, plural, one {# victime} other {# victimes}} avec leurs affaires, auteurs, organismes et orientations ({share, number, percent} avec des erreurs délibérées)",
      validate:
        "2. Le valider avant l'envoi, en gardant les enregistrements valides (code de sortie 1 : certains enregistrements ne sont pas valides, comme prévu)",
      stats:
        "3. Tableau GLOTIP : victimes par femmes / filles / hommes / garçons et forme d'exploitation ; petites cellules masquées",
      anonymize:
        "4. Un extrait anonymisé pour la recherche : caviardé, généralisé, k-anonyme (k = {k}), pseudonymisé",
      toHtcds: "5. Le tableur HTCDS 2.0 d'une ONG, écrit sur le modèle Excel officiel",
      fromHtcds:
        "6. Le tableur HTCDS en entrée : chaque ligne est comptée, le rapport dit ce qui a été repris, avec perte ou non valide",
      fromCtdc:
        "7. Un fichier CTDC en entrée (forme mondiale 2017-2021 : -99, 00, NA pour la Namibie, noms de colonnes tronqués)",
      toCtdc:
        "8. Contribuer au CTDC : les victimes nationales dans la forme des données synthétiques de 2024",
    },
    firstVictim: "première victime de l'extrait :",
    wroteTo: "Tout ce que la démonstration a écrit est dans {dir}",
  },
} as const satisfies CliMessages;
