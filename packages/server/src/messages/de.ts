// Die Fehlertexte des Servers auf Deutsch; Codes, Feldnamen, Header, Umgebungsvariablen und Einheiten bleiben wie im Englischen.
import type { Messages } from './en.ts';

const API = 'die API ist unter /api/openapi.json beschrieben';

export const de: Messages = {
  not_found: (where: string) => `unter ${where} gibt es nichts; ${API}`,
  malformed_json: 'der Request-Body ist kein gültiges JSON',
  'http.bad_request': `der Server konnte diese Anfrage nicht lesen; ${API}`,
  'http.not_found': `hier gibt es nichts; ${API}`,
  'http.method_not_allowed': `diese Methode ist hier nicht erlaubt; ${API}`,
  'http.body_too_large': 'der Request-Body ist größer, als der Server annimmt',
  'http.unsupported_media_type':
    'senden Sie den Request-Body als JSON mit Content-Type: application/json',
  internal_error: 'bei uns ist etwas schiefgegangen; der Fehler wurde protokolliert',

  database_unavailable:
    'die Datenbank antwortet gerade nicht; versuchen Sie es in ein paar Sekunden erneut (dieselbe Antwort mit derselben id noch einmal zu senden ist unbedenklich: sie wird nie doppelt gespeichert)',
  storage_full:
    'die Festplatte des Servers ist voll, deshalb kann nichts Neues gespeichert werden; versuchen Sie es später erneut (der Betreiber sieht das in den Logs)',

  'rate_limited.writes': (seconds: number) =>
    `zu viele Anfragen von diesem Client; versuchen Sie es in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} erneut`,
  'rate_limited.guesses': (seconds: number) =>
    `zu viele abgewiesene Zugangsdaten von diesem Client; versuchen Sie es in ${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'} erneut`,

  body_too_large: (maxBytes: number) => `Request-Bodys sind auf ${maxBytes} Bytes begrenzt`,
  body_incomplete: 'der Request-Body endete vorzeitig; senden Sie ihn erneut',
  unsupported_media_type: (contentType: string) =>
    `senden Sie den Request-Body als JSON mit Content-Type: application/json (erhalten: ${contentType ? `"${contentType}"` : 'kein Content-Type'})`,
  invalid_utf8: 'der Request-Body ist kein gültiger UTF-8-Text',
  'unstorable_text.address':
    'die Adresse enthält ein NUL-Zeichen (U+0000) oder die Hälfte eines UTF-16-Surrogatpaars; senden Sie einfachen Unicode-Text',
  'unstorable_text.body':
    'der Request-Body enthält ein NUL-Zeichen (U+0000) oder die Hälfte eines UTF-16-Surrogatpaars; senden Sie einfachen Unicode-Text',

  headers_too_large:
    'die Request-Header sind größer, als der Server annimmt; senden Sie weniger oder kürzere Header',
  request_timeout: 'die Anfrage kam zu langsam an; senden Sie sie in einem Stück erneut',
  'bad_request.http': 'die Anfrage ist kein gültiges HTTP/1.1',

  'unauthorized.org':
    'dafür braucht es den Admin-Link der Organisation (Authorization: Bearer <Admin-Geheimnis>); öffnen Sie den Admin-Link, den Sie beim Anlegen der Organisation gespeichert haben. Ein Team hinzuzufügen braucht außerdem die ID des Teams und das Admin-Geheimnis seiner Leitung',
  'unauthorized.team':
    'dafür ist der Admin-Link des Teams nötig (Authorization: Bearer <admin secret>); öffnen Sie den Admin-Link, den Sie beim Anlegen des Teams gespeichert haben',
  'unauthorized.owner_wrong':
    'das Owner-Token ist falsch; verwenden Sie ROLEFIT_ADMIN_TOKEN oder das Token, das beim ersten Start ausgegeben wurde',
  'unauthorized.owner_missing':
    'senden Sie das Owner-Token als Authorization: Bearer <token> (ROLEFIT_ADMIN_TOKEN oder das beim ersten Start ausgegebene Token)',

  empty_text:
    'text ist leer; senden Sie den Wortlaut einer Stellenanzeige oder eines Bewertungsrasters',
  'empty_text.document': (field: string) =>
    `${field} ist leer; senden Sie den Text dieses Dokuments, oder lassen Sie ${field} weg`,
  unknown_team:
    'kein Team hat diesen Beitrittscode; bitten Sie Ihre Teamleitung um einen neuen Beitrittslink',
  id_conflict: (id: string) =>
    `die id ${id} wurde schon für andere Antworten verwendet; wählen Sie für jedes abgeschlossene Quiz eine neue UUID`,
  unknown_question: (questionId: string) =>
    `das Quiz hat keine Frage "${questionId}"; verwenden Sie eine id aus GET /api/quiz`,
  'invalid_range.order': (from: string, to: string) => `from (${from}) liegt nach to (${to})`,
  'invalid_range.span': (days: number) => `fragen Sie höchstens ${days} Tage auf einmal ab`,
  round_empty: (round: number) =>
    `Runde ${round} hat noch keine Antworten: Teilen Sie den Beitrittslink und eröffnen Sie die nächste Runde, sobald Mitglieder geantwortet haben`,
  too_few_responses: (missing: number) =>
    `es ${missing === 1 ? 'fehlt noch 1 Antwort' : `fehlen noch ${missing} Antworten`}, bevor die Antworten exportiert werden können, damit niemand einzeln zu erkennen ist`,
  host_not_allowed: (host: string, hostname: string) =>
    `Team-Links können nicht auf "${host}" gebaut werden, denn dieser Server kennt die Adresse nicht als seine eigene; setzen Sie ROLEFIT_PUBLIC_URL auf die Adresse, unter der man ihn erreicht, oder nehmen Sie ${hostname} in ROLEFIT_ALLOWED_HOSTS auf`,

  unknown_webhook: 'kein Webhook hat diese id; GET /api/webhooks listet sie auf',
  too_many_webhooks: (max: number) =>
    `es gibt schon ${max} Webhooks, mehr hält ein Server nicht; löschen Sie zuerst einen (DELETE /api/webhooks/<id>)`,
  'invalid_webhook_url.syntax':
    'url ist keine absolute URL; geben Sie die ganze Adresse an, etwa https://hooks.example.com/rolefit',
  'invalid_webhook_url.scheme': (scheme: string) =>
    `Webhook-URLs müssen https verwenden, nicht ${scheme}: (einfaches http nur, wenn der Server mit ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 läuft)`,
  'invalid_webhook_url.credentials':
    'lassen Sie Benutzername und Passwort aus der Webhook-URL weg; der Empfänger prüft stattdessen den Header Rolefit-Signature',
  'invalid_webhook_url.unresolvable': (host: string) =>
    `${host} löst sich in keine Adresse auf; prüfen Sie den Hostnamen`,
  'invalid_webhook_url.private_address': (address: string) =>
    `${address} ist keine öffentliche Adresse (Loopback, privat, link-lokal, Cloud-Metadaten oder reserviert), und an solche gehen Webhooks nie; nehmen Sie eine öffentliche https-Adresse (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 hebt das für lokale Tests auf)`,
  'invalid_webhook_url.private_host': (host: string, address: string) =>
    `${host} löst sich in ${address} auf, keine öffentliche Adresse (Loopback, privat, link-lokal, Cloud-Metadaten oder reserviert), und an solche gehen Webhooks nie; nehmen Sie eine öffentliche https-Adresse (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 hebt das für lokale Tests auf)`,

  'request.workstream.oneOf':
    'geben Sie genau eines an: "work" (research, rnd oder product) oder "shares"',
  'request.workstream.zeroShares': 'die shares dürfen nicht alle null sein',
  'request.event.needsQuestion': 'ein answered-Ereignis braucht die questionId',
  'request.event.noQuestion': 'nur ein answered-Ereignis hat eine questionId',
  'request.day.format': 'geben Sie den Tag als JJJJ-MM-TT an',
  'request.day.calendar': 'diesen Tag gibt es im Kalender nicht',
  'request.stats.fieldValue':
    'geben Sie field und value zusammen an, etwa field=utm_source&value=newsletter',
  'request.rubric.role':
    'geben Sie eines von research-scientist, research-engineer, ai-engineer oder research-scientist+ai-engineer an (zwei Jobs in einem; auch als Liste seiner beiden Enden)',
};
