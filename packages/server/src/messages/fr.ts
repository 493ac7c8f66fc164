// Les messages d’erreur du serveur en français ; codes, noms de champs, en-têtes, variables d’environnement et unités restent comme en anglais.
import type { Messages } from './en.ts';

const rules = new Intl.PluralRules('fr');
/** Singulier ou pluriel à la française : 0 et 1 sont au singulier. */
const plural = (n: number, one: string, other: string) => (rules.select(n) === 'one' ? one : other);
const API = 'l’API est décrite dans /api/openapi.json';

export const fr: Messages = {
  not_found: (where: string) => `rien ne répond à ${where} ; ${API}`,
  malformed_json: 'le corps de la requête n’est pas du JSON valide',
  'http.bad_request': `le serveur n’a pas pu lire cette requête ; ${API}`,
  'http.not_found': `rien ici ; ${API}`,
  'http.method_not_allowed': `cette méthode n’est pas autorisée ici ; ${API}`,
  'http.body_too_large': 'le corps de la requête dépasse ce que le serveur accepte',
  'http.unsupported_media_type':
    'envoyez le corps de la requête en JSON avec Content-Type: application/json',
  internal_error: 'une erreur s’est produite de notre côté ; elle a été journalisée',

  database_unavailable:
    'la base de données ne répond pas pour le moment ; réessayez dans quelques secondes (renvoyer la même réponse avec le même id est sans risque : elle n’est jamais enregistrée deux fois)',
  storage_full:
    'le disque du serveur est plein, plus rien ne peut être enregistré ; réessayez plus tard (l’exploitant le voit dans les journaux)',

  'rate_limited.writes': (seconds: number) =>
    `trop de requêtes de ce client ; réessayez dans ${seconds} ${plural(seconds, 'seconde', 'secondes')}`,
  'rate_limited.guesses': (seconds: number) =>
    `trop d’identifiants refusés pour ce client ; réessayez dans ${seconds} ${plural(seconds, 'seconde', 'secondes')}`,

  body_too_large: (maxBytes: number) =>
    `le corps d’une requête est limité à ${maxBytes} ${plural(maxBytes, 'octet', 'octets')}`,
  body_incomplete: 'le corps de la requête s’est interrompu avant la fin ; renvoyez-le',
  unsupported_media_type: (contentType: string) =>
    `envoyez le corps de la requête en JSON avec Content-Type: application/json (reçu : ${contentType ? `"${contentType}"` : 'aucun'})`,
  invalid_utf8: 'le corps de la requête n’est pas du texte UTF-8 valide',
  'unstorable_text.address':
    'l’adresse contient un caractère NUL (U+0000) ou la moitié d’une paire de substitution UTF-16 ; envoyez du texte Unicode ordinaire',
  'unstorable_text.body':
    'le corps de la requête contient un caractère NUL (U+0000) ou la moitié d’une paire de substitution UTF-16 ; envoyez du texte Unicode ordinaire',

  headers_too_large:
    'les en-têtes de la requête dépassent ce que le serveur accepte ; envoyez des en-têtes moins nombreux ou plus courts',
  request_timeout: 'la requête a mis trop de temps à arriver ; renvoyez-la d’un seul tenant',
  'bad_request.http': 'la requête n’est pas du HTTP/1.1 valide',

  'unauthorized.org':
    'il faut le lien d’administration de l’organisation (Authorization: Bearer <secret d’administration>) ; ouvrez le lien enregistré à sa création. Ajouter une équipe demande aussi l’identifiant de l’équipe et le secret d’administration de son responsable',
  'unauthorized.team':
    'il faut pour cela le lien d’administration de l’équipe (Authorization: Bearer <admin secret>) ; ouvrez le lien d’administration que vous avez gardé à la création de l’équipe',
  'unauthorized.owner_wrong':
    'le jeton du propriétaire est incorrect ; utilisez ROLEFIT_ADMIN_TOKEN ou le jeton affiché au premier démarrage',
  'unauthorized.owner_missing':
    'envoyez le jeton du propriétaire sous la forme Authorization: Bearer <token> (ROLEFIT_ADMIN_TOKEN, ou le jeton affiché au premier démarrage)',

  empty_text: 'text est vide ; envoyez le texte d’une offre d’emploi ou d’une grille d’évaluation',
  'empty_text.document': (field: string) =>
    `${field} est vide ; envoyez le texte de ce document, ou omettez ${field}`,
  unknown_team:
    'aucune équipe n’a ce code d’accès ; demandez un nouveau lien d’invitation à votre responsable',
  id_conflict: (id: string) =>
    `l’id ${id} a déjà servi pour d’autres réponses ; choisissez un nouvel UUID pour chaque questionnaire terminé`,
  unknown_question: (questionId: string) =>
    `le questionnaire n’a pas de question "${questionId}" ; utilisez un id de GET /api/quiz`,
  'invalid_range.order': (from: string, to: string) => `from (${from}) est postérieur à to (${to})`,
  'invalid_range.span': (days: number) =>
    `demandez au plus ${days} ${plural(days, 'jour', 'jours')} à la fois`,
  round_empty: (round: number) =>
    `la manche ${round} n’a encore aucune réponse : partagez le lien d’invitation, et ouvrez la suivante une fois que des membres ont répondu`,
  too_few_responses: (missing: number) =>
    `il faut encore ${missing} ${plural(missing, 'réponse', 'réponses')} avant de pouvoir exporter les réponses, pour que personne ne puisse être reconnu`,
  host_not_allowed: (host: string, hostname: string) =>
    `impossible de construire les liens d’équipe sur "${host}", que ce serveur ne reconnaît pas comme le sien ; donnez à ROLEFIT_PUBLIC_URL l’adresse par laquelle on l’atteint, ou ajoutez ${hostname} à ROLEFIT_ALLOWED_HOSTS`,

  unknown_webhook: 'aucun webhook n’a cet id ; GET /api/webhooks les liste',
  too_many_webhooks: (max: number) =>
    `il y a déjà ${max} webhooks, le maximum qu’un serveur garde ; supprimez-en un d’abord (DELETE /api/webhooks/<id>)`,
  'invalid_webhook_url.syntax':
    'url n’est pas une URL absolue ; donnez l’adresse complète, comme https://hooks.example.com/rolefit',
  'invalid_webhook_url.scheme': (scheme: string) =>
    `les URL de webhook doivent utiliser https, pas ${scheme}: (http simple n’est accepté que si le serveur tourne avec ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1)`,
  'invalid_webhook_url.credentials':
    'retirez le nom d’utilisateur et le mot de passe de l’URL du webhook ; le destinataire vérifie plutôt l’en-tête Rolefit-Signature',
  'invalid_webhook_url.unresolvable': (host: string) =>
    `${host} ne se résout en aucune adresse ; vérifiez le nom d’hôte`,
  'invalid_webhook_url.private_address': (address: string) =>
    `${address} n’est pas une adresse publique (loopback, privée, lien local, métadonnées du cloud ou réservée), et les webhooks n’y sont jamais envoyés ; utilisez une adresse https publique (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 lève cette règle pour les tests locaux)`,
  'invalid_webhook_url.private_host': (host: string, address: string) =>
    `${host} se résout en ${address}, qui n’est pas une adresse publique (loopback, privée, lien local, métadonnées du cloud ou réservée), et les webhooks n’y sont jamais envoyés ; utilisez une adresse https publique (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 lève cette règle pour les tests locaux)`,

  'request.workstream.oneOf':
    'indiquez exactement un des deux : "work" (research, rnd ou product) ou "shares"',
  'request.workstream.zeroShares': 'les parts ne peuvent pas être toutes nulles',
  'request.event.needsQuestion': 'un événement answered a besoin du questionId',
  'request.event.noQuestion': 'seul un événement answered porte un questionId',
  'request.day.format': 'donnez le jour au format AAAA-MM-JJ',
  'request.day.calendar': 'ce jour n’existe pas dans le calendrier',
  'request.stats.fieldValue':
    'donnez field et value ensemble, par exemple field=utm_source&value=newsletter',
  'request.rubric.role':
    'donnez l’un de research-scientist, research-engineer, ai-engineer ou research-scientist+ai-engineer (deux postes en un ; aussi sous forme de liste de ses deux extrémités)',
};
