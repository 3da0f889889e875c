import type { ExchangeCliMessages } from "./exchange-cli-messages.js";

/** Textes français des commandes d’échange. */
export const exchangeCliMessagesFr = {
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
    validUntil: "moment à partir duquel les clés ne peuvent plus servir, ISO 8601, pour une rotation prévue",
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
      "Message {id} scellé pour {count} organisme(s) : {recipients}. Il peut être ouvert jusqu’au {expiresAt}.",
    refusedMore: "… et {count} de plus.",
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
    markings: "{count} enregistrement(s) portent un marquage TLP propre.",
    valid: "Le lot est valide : {count} enregistrement(s).",
    invalid:
      "Le lot n’est pas valide : {errors} erreur(s) ; {invalid} enregistrement(s) sur {count} non valides. Répondez par un rejet (voir --receipt).",
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
    listening:
      "Nœud de l’organisme {agency} à l’écoute sur {url} (base de données : {database}). Ctrl-C pour l’arrêter.",
    stopped: "Nœud arrêté.",
    cannotStart: "le nœud n’a pas pu démarrer : {reason}",
    badPort: "{option} attend un numéro de port de 0 à 65535, pas « {value} »",
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
      "Message {id} rejeté par l’organisme {agency} : le lot contient des enregistrements invalides ({count} code(s) de problème).",
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
    listed: "{count} enveloppe(s) listée(s).",
    fetchDescription:
      "Récupérer une enveloppe telle que reçue (toujours chiffrée), pour l’ouvrir avec tip open. Code de sortie 0 : écrite ; 2 : enveloppe inconnue, erreur d’utilisation, ou nœud injoignable ou qui refuse.",
    messageId: "l’identifiant de message de l’enveloppe",
    output: "fichier où écrire l’enveloppe (par défaut : sortie standard)",
    fetched: "Enveloppe {id} écrite.",
    ackDescription:
      "Acquitter une enveloppe une fois intégrée aux systèmes propres de cet organisme. Code de sortie 0 : acquittée ; 2 : enveloppe inconnue, erreur d’utilisation, ou nœud injoignable ou qui refuse.",
    acknowledged: "Enveloppe {id} acquittée ({at}).",
  },
} as const satisfies ExchangeCliMessages;
