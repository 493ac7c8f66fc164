// Los mensajes de error del servidor en español; códigos, nombres de campos, cabeceras, variables de entorno y unidades quedan como en inglés.
import type { Messages } from './en.ts';

const API = 'la API está descrita en /api/openapi.json';
const seconds = (n: number) => `${n} ${n === 1 ? 'segundo' : 'segundos'}`;

export const es: Messages = {
  not_found: (where: string) => `no hay nada en ${where}; ${API}`,
  malformed_json: 'el cuerpo no es JSON válido',
  'http.bad_request': `el servidor no pudo leer esta petición; ${API}`,
  'http.not_found': `aquí no hay nada; ${API}`,
  'http.method_not_allowed': `este método no está permitido aquí; ${API}`,
  'http.body_too_large': 'el cuerpo de la petición es más grande de lo que acepta el servidor',
  'http.unsupported_media_type': 'envía el cuerpo como JSON con Content-Type: application/json',
  internal_error: 'algo falló por nuestra parte; el error quedó registrado',

  database_unavailable:
    'la base de datos no responde en este momento; vuelve a intentarlo en unos segundos (enviar otra vez la misma respuesta con el mismo id no tiene riesgo: nunca se guarda dos veces)',
  storage_full:
    'el disco del servidor está lleno y no se puede guardar nada nuevo; vuelve a intentarlo más tarde (el operador lo ve en los registros)',

  'rate_limited.writes': (n: number) =>
    `demasiadas peticiones desde este cliente; vuelve a intentarlo dentro de ${seconds(n)}`,
  'rate_limited.guesses': (n: number) =>
    `demasiadas credenciales rechazadas desde este cliente; vuelve a intentarlo dentro de ${seconds(n)}`,

  body_too_large: (maxBytes: number) =>
    `el cuerpo de una petición no puede pasar de ${maxBytes} bytes`,
  body_incomplete: 'el cuerpo de la petición terminó antes de tiempo; vuelve a enviarlo',
  unsupported_media_type: (contentType: string) =>
    `envía el cuerpo como JSON con Content-Type: application/json (${contentType ? `llegó "${contentType}"` : 'llegó sin Content-Type'})`,
  invalid_utf8: 'el cuerpo no es texto UTF-8 válido',
  'unstorable_text.address':
    'la dirección contiene un carácter NUL (U+0000) o la mitad de un par sustituto UTF-16; envía texto Unicode normal',
  'unstorable_text.body':
    'el cuerpo contiene un carácter NUL (U+0000) o la mitad de un par sustituto UTF-16; envía texto Unicode normal',

  headers_too_large:
    'las cabeceras de la petición son más grandes de lo que acepta el servidor; envía menos cabeceras o más cortas',
  request_timeout: 'la petición tardó demasiado en llegar; vuelve a enviarla de una sola vez',
  'bad_request.http': 'la petición no es HTTP/1.1 válido',

  'unauthorized.org':
    'esto necesita el enlace de administración de la organización (Authorization: Bearer <secreto de administración>); abre el enlace que guardaste al crearla. Añadir un equipo necesita además el id del equipo y el secreto de administración de su responsable',
  'unauthorized.team':
    'esto requiere el enlace de administración del equipo (Authorization: Bearer <admin secret>); abre el enlace de administración que guardaste al crear el equipo',
  'unauthorized.owner_wrong':
    'el token de propietario no es correcto; usa ROLEFIT_ADMIN_TOKEN o el token que se mostró en el primer arranque',
  'unauthorized.owner_missing':
    'envía el token de propietario como Authorization: Bearer <token> (ROLEFIT_ADMIN_TOKEN, o el token que se mostró en el primer arranque)',

  empty_text:
    'text está vacío; envía el texto de una oferta de empleo o de una rúbrica de evaluación',
  'empty_text.document': (field: string) =>
    `${field} está vacío; envía el texto de ese documento, u omite ${field}`,
  unknown_team:
    'ningún equipo tiene este código de acceso; pide a tu responsable un enlace nuevo para unirte',
  id_conflict: (id: string) =>
    `el id ${id} ya se usó para otras respuestas; elige un UUID nuevo para cada cuestionario terminado`,
  unknown_question: (questionId: string) =>
    `el cuestionario no tiene la pregunta "${questionId}"; usa un id de GET /api/quiz`,
  'invalid_range.order': (from: string, to: string) => `from (${from}) es posterior a to (${to})`,
  'invalid_range.span': (days: number) => `pide como máximo ${days} días cada vez`,
  round_empty: (round: number) =>
    `la ronda ${round} aún no tiene respuestas: comparte el enlace de invitación y abre la siguiente ronda cuando hayan respondido miembros`,
  too_few_responses: (missing: number) =>
    `${missing === 1 ? 'falta 1 respuesta' : `faltan ${missing} respuestas`} para poder exportar las respuestas sin que se pueda identificar a nadie`,
  host_not_allowed: (host: string, hostname: string) =>
    `no se pueden crear enlaces de equipo sobre "${host}", que este servidor no reconoce como propio; pon en ROLEFIT_PUBLIC_URL la dirección por la que se llega a él, o añade ${hostname} a ROLEFIT_ALLOWED_HOSTS`,

  unknown_webhook: 'ningún webhook tiene este id; GET /api/webhooks los lista',
  too_many_webhooks: (max: number) =>
    `ya hay ${max} webhooks, el máximo que guarda un servidor; borra uno antes (DELETE /api/webhooks/<id>)`,
  'invalid_webhook_url.syntax':
    'url no es una URL absoluta; da la dirección completa, como https://hooks.example.com/rolefit',
  'invalid_webhook_url.scheme': (scheme: string) =>
    `las URL de webhook deben usar https, no ${scheme}: (http solo se acepta si el servidor corre con ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1)`,
  'invalid_webhook_url.credentials':
    'quita el usuario y la contraseña de la URL del webhook; el receptor comprueba la cabecera Rolefit-Signature',
  'invalid_webhook_url.unresolvable': (host: string) =>
    `${host} no se resuelve a ninguna dirección; revisa el nombre del host`,
  'invalid_webhook_url.private_address': (address: string) =>
    `${address} no es una dirección pública (loopback, privada, de enlace local, de metadatos de la nube o reservada), y los webhooks nunca se envían a esas; usa una dirección https pública (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 lo permite para pruebas locales)`,
  'invalid_webhook_url.private_host': (host: string, address: string) =>
    `${host} se resuelve a ${address}, que no es una dirección pública (loopback, privada, de enlace local, de metadatos de la nube o reservada), y los webhooks nunca se envían a esas; usa una dirección https pública (ROLEFIT_WEBHOOK_ALLOW_PRIVATE=1 lo permite para pruebas locales)`,

  'request.workstream.oneOf':
    'indica exactamente uno de "work" (research, rnd o product) o "shares"',
  'request.workstream.zeroShares': 'los valores de shares no pueden ser todos cero',
  'request.event.needsQuestion': 'un evento answered necesita el questionId',
  'request.event.noQuestion': 'solo un evento answered lleva questionId',
  'request.day.format': 'indica el día como AAAA-MM-DD',
  'request.day.calendar': 'no es un día del calendario',
  'request.stats.fieldValue':
    'indica field y value juntos, por ejemplo field=utm_source&value=newsletter',
  'request.rubric.role':
    'indica uno de research-scientist, research-engineer, ai-engineer o research-scientist+ai-engineer (dos trabajos en uno; también como la lista de sus dos extremos)',
};
