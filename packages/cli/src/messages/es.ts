// El texto de la línea de comandos en español.
import type { Messages } from './en.ts';

/** Un nombre de rol o de esquema dentro de una frase: minúscula inicial salvo en una sigla. */
const low = (name: string) => name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase());

export const es: Messages = {
  'help.rolefit':
    '¿Qué rol pide este trabajo de IA: research scientist, research engineer o AI engineer?\n\nCódigos de salida: 0 correcto, 1 entrada no válida (o, en check, documentos que no concuerdan), 2 uso incorrecto, 130 cuestionario cancelado.',
  'help.title': (description: string, command: string, version: string) =>
    `${description} (${command} v${version})`,
  'help.usage': 'USO',
  'help.usage.options': '[OPCIONES]',
  'help.arguments': 'ARGUMENTOS',
  'help.options': 'OPCIONES',
  'help.commands': 'COMANDOS',
  'help.commands.command': (command: string) => `${command} <command> --help`,
  'help.commands.more': (command: string) =>
    `Usa ${command} para ver más información sobre un comando.`,
  'help.required': '(Obligatorio)',
  'help.default': (value: string) => `(Por defecto: ${value})`,
  'help.examples': 'EJEMPLOS',
  'help.arg.answersFile': 'Archivo de respuestas (JSON o YAML), o - para la entrada estándar',
  'help.arg.databaseUrl':
    'file:<path> para SQLite o postgres://… (por defecto: $DATABASE_URL; si no, SQLite en ./data/rolefit.db)',
  'help.lang': 'Idioma de la salida (por defecto: el de LC_ALL, LC_MESSAGES o LANG; si no, inglés)',

  'usage.unknownCommand': (name: string) => `Comando desconocido: ${name}`,
  'usage.noCommand': 'No se ha indicado ningún comando.',
  'usage.missingArgument': (name: string) => `Falta un argumento posicional obligatorio: ${name}`,
  'usage.seeHelp': 'Ejecuta "rolefit --help" para ver los comandos y sus opciones.',
  'usage.unknownOption': (option: string, command: string, options: readonly string[]) =>
    `opción desconocida "${option}" para rolefit ${command}; ${options.length > 0 ? `sus opciones son: ${options.join(', ')}` : 'no admite opciones'} (además de --help)`,
  'usage.missingOption': (option: string, command: string, description: string) =>
    `rolefit ${command} necesita ${option}${description ? ` (${description})` : ''}`,
  'usage.unknownLanguage': (value: string, languages: readonly string[]) =>
    `${value === '' ? '--lang necesita un idioma' : `idioma desconocido "${value}" para --lang`}; los idiomas son: ${languages.join(', ')}`,
  'error.unexpected': (detail: string) => `error inesperado: ${detail}`,
  'option.role.invalid': (value: string, choices: readonly string[]) =>
    `--role debe ser uno de ${choices.join(', ')}, no "${value}"`,

  'input.stdin': 'la entrada estándar',
  'input.waiting':
    'esperando datos en la entrada estándar: redirige un archivo o indica la ruta de un archivo en lugar de "-"',
  'input.noFile': (path: string) => `no existe el archivo: ${path}`,
  'input.folder': (path: string) => `${path} es una carpeta; indica un archivo`,
  'input.unreadable': (path: string, reason: string) => `no se puede leer ${path}: ${reason}`,
  'input.empty': (name: string) => `${name} está vacío; se esperaba un JSON como {"answers": {…}}`,
  'input.notData': (name: string, reason: string) => `${name} no es JSON ni YAML: ${reason}`,

  'quiz.help':
    'Responde al cuestionario en la terminal, pregunta a pregunta (flechas o números para elegir, b para volver atrás)',
  'quiz.help.json': 'Muestra el objeto del resultado en JSON',
  'quiz.help.brief': 'Muestra la ficha del puesto en Markdown en lugar del resultado',
  'quiz.jsonAndBrief': 'elige --json o --brief, no los dos',
  'quiz.noTerminal':
    'rolefit quiz hace sus preguntas en una terminal, y la entrada estándar no lo es. Para puntuar respuestas de un archivo o de una tubería, usa: rolefit score <file|->   (ids de preguntas y opciones: rolefit questions)',
  'quiz.cancelled': 'cuestionario cancelado; no se ha puntuado nada',
  'quiz.step': (n: number, of: number) => `Pregunta ${n} de ${of}`,
  'quiz.step.optional': (n: number, of: number) => `Opcional ${n} de ${of}`,
  'quiz.skip': 'Saltar esta pregunta',
  'quiz.skip.clear': 'Borrar mi respuesta y saltar',
  'quiz.back': '← Atrás',
  'quiz.keys': (key: (name: string) => string, options: number, canGoBack: boolean) => [
    `${key(`↑/↓ o 1-${options}`)} elegir`,
    `${key('Enter')} confirmar`,
    ...(canGoBack ? [`${key('b')} atrás`] : []),
    `${key('Ctrl-C')} salir`,
  ],
  'quiz.scored': 'Puntuado. Tu resultado:',

  'questions.help':
    'Muestra el cuestionario: ids de las preguntas, enunciados y cada opción con sus pesos',
  'questions.help.json': 'Muestra la definición del cuestionario en JSON',
  'questions.weights': (research: number, rnd: number, product: number) =>
    `investigación ${research} · I+D ${rnd} · producto ${product}`,
  'questions.context': 'Contexto opcional (no cambia el resultado)',
  'questions.howToAnswer':
    'Responde con {"answers": {"<question id>": "<option id>", …}} y ejecuta: rolefit score <file>',

  'score.help': 'Puntúa respuestas de un archivo JSON o YAML, o de la entrada estándar (-)',
  'score.help.json': 'Muestra el objeto completo del resultado en JSON',
  'score.notAnswers': (example: string) =>
    `se esperaba un objeto con "answers", como ${example}; consulta los ids con: rolefit questions`,
  'score.unscorable': (problems: readonly string[]) =>
    `estas respuestas no se pueden puntuar:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  'brief.help':
    'Muestra la ficha del puesto en Markdown para las respuestas de un archivo JSON o YAML, o - para stdin',
  'brief.help.json': 'Muestra {"result": …, "markdown": "…"} en JSON',

  'rubric.help':
    'Una rúbrica de evaluación para el trabajo de un rol: niveles por dimensión, cada línea algo que quien evalúa puede comprobar, en Markdown, CSV o JSON',
  'rubric.help.role': (roles: readonly string[], split: string) =>
    `El rol cuyo trabajo se evalúa: ${roles.join(', ')}, o ${split} para dos trabajos en uno`,
  'rubric.help.regime':
    'separate-tracks (una carrera por rol, con sus niveles, y lo que cada una entrega a la siguiente) o flat (una sola carrera bajo un único título); por defecto, lo que la cuadrícula recomienda para el trabajo',
  'rubric.help.levels': (min: number, max: number) => `Niveles por carrera, de ${min} a ${max}`,
  'rubric.help.format':
    'md (Markdown para pegar en un documento), csv (una fila por nivel y dimensión, para una hoja de cálculo) o json (el objeto Rubric)',
  'rubric.help.json': 'Muestra el objeto Rubric en JSON (lo mismo que --format json)',
  'rubric.role.invalid': (value: string, choices: readonly string[]) =>
    `--role debe ser uno de ${choices.join(', ')}, no "${value}"`,
  'rubric.regime.invalid': (value: string, choices: readonly string[]) =>
    `--regime debe ser ${choices.join(' o ')}, no "${value}"`,
  'rubric.levels.invalid': (value: string, min: number, max: number) =>
    `--levels debe ser un número entero de ${min} a ${max}, no "${value}"; por ejemplo: --levels 4`,
  'rubric.format.invalid': (value: string, choices: readonly string[]) =>
    `--format debe ser uno de ${choices.join(', ')}, no "${value}"`,
  'rubric.jsonAndFormat': (format: string) =>
    `--json equivale a --format json, y --format pide ${format}; indica solo uno de los dos`,

  'portfolio.help':
    'El centro de gravedad de un equipo y el veredicto sobre sus títulos, a partir de sus líneas de trabajo o de sus personas, o los de una organización a partir de sus equipos (JSON/YAML)',
  'portfolio.help.file':
    'Líneas de trabajo o personas, o los "teams" de una organización (JSON o YAML), o - para la entrada estándar',
  'portfolio.help.teamSize':
    'Reparte además este número de personas entre los tres roles (solo para un equipo)',
  'portfolio.help.weighting':
    'Con "teams": pondera cada equipo por sus respuestas (responses) o por su plantilla (headcount); por defecto, el "weighting" del archivo y, si no lo hay, responses',
  'portfolio.help.json':
    'Muestra el objeto de la cartera en JSON (con "teams": la vista de la organización, tal como la devuelve GET /api/orgs/<id>)',
  'portfolio.weighting.invalid': (option: string, value: string, choices: readonly string[]) =>
    `${option} debe ser ${choices.join(' o ')}, no "${value}"`,
  'portfolio.teamSize.invalid': (value: string, max: number) =>
    `--team-size debe ser un número entero positivo de personas, de 1 a ${max}, no "${value}"; por ejemplo: --team-size 12`,
  'portfolio.unmappable': (reason: string) => `no se puede situar esta cartera: ${reason}`,
  'portfolio.entry.shape': (example: string) =>
    `${example} (work: research, rnd o product), o bien "shares", "result" o "answers" en lugar de "work"`,
  'portfolio.notList': (shape: string) =>
    `se esperaba una lista de líneas de trabajo o de personas, o un objeto con "items", "workstreams" o "people" que la contenga; cada entrada, como ${shape}`,
  'portfolio.noun.item': 'elemento',
  'portfolio.noun.workstream': 'línea de trabajo',
  'portfolio.noun.person': 'persona',
  'portfolio.empty': (noun: string) =>
    `la lista está vacía; indica al menos ${noun.startsWith('elemento') ? 'un' : 'una'} ${noun}`,
  'portfolio.entry': (noun: string, n: number, name: string | undefined) =>
    `${noun} ${n}${name === undefined ? '' : ` ("${name}")`}`,
  'portfolio.entry.notObject': (entry: string, shape: string) =>
    `${entry} no es un objeto; se esperaba ${shape}`,
  'portfolio.entry.unscorable': (entry: string, problems: readonly string[]) =>
    `${entry}: estas respuestas no se pueden puntuar:\n${problems.map((p) => `    - ${p}`).join('\n')}`,
  'portfolio.entry.invalid': (entry: string, problems: readonly string[], shape: string) =>
    `${entry} no es válido:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  se esperaba ${shape}`,

  'org.file': 'el archivo',
  'org.unknownKeys': (where: string, keys: readonly string[], known: readonly string[]) =>
    `${where} tiene ${keys.map((k) => `"${k}"`).join(', ')}, que no ${keys.length === 1 ? 'corresponde' : 'corresponden'} ahí; los campos posibles son: ${known.join(', ')}`,
  'org.team.shape': (example: string) =>
    `${example}, o bien "answers" (una lista, un {id de pregunta: id de opción} por miembro) o "workstreams" en lugar de "shares" y "responses"`,
  'org.notList': (shape: string) => `"teams" debe ser una lista de equipos, cada uno como ${shape}`,
  'org.empty': (shape: string) =>
    `la lista "teams" está vacía; indica al menos un equipo, como ${shape}`,
  'org.name.invalid': (problems: readonly string[]) =>
    `"name", el nombre de la organización, no es válido: ${problems.join('; ')}`,
  'org.team': (n: number, name: string | undefined) =>
    `equipo ${n}${name === undefined ? '' : ` ("${name}")`}`,
  'org.team.notObject': (team: string, shape: string) =>
    `${team} no es un objeto; se esperaba ${shape}`,
  'org.team.noWork': (team: string) =>
    `${team} no dice nada de su trabajo; indica uno de estos: "answers" (una entrada por miembro), "shares" con "responses", o "workstreams"`,
  'org.team.twoWorks': (team: string, given: readonly string[]) =>
    `${team} da su trabajo dos veces, como ${given.map((g) => `"${g}"`).join(' y ')}; deja solo uno de "answers", "shares" o "workstreams"`,
  'org.team.invalid': (team: string, problems: readonly string[], shape: string) =>
    `${team} no es válido:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  se esperaba ${shape}`,
  'org.team.minResponses': (team: string, value: string, least: number, most: number) =>
    `${team}: "minResponses" debe ser un número entero de ${least} a ${most}, como para un equipo en el servidor, no ${value}`,
  'org.team.answers.notList': (team: string, example: string) =>
    `${team}: "answers" debe ser una lista con una entrada por miembro, cada una como ${example}`,
  'org.team.member.unscorable': (team: string, member: number, problems: readonly string[]) =>
    `${team}, miembro ${member}: estas respuestas no se pueden puntuar:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  consulta los ids de preguntas y opciones con: rolefit questions`,
  'org.team.problem': (team: string, problem: string) => `${team}: ${problem}`,
  'org.team.duplicate': (name: string) =>
    `hay dos equipos llamados "${name}"; da a cada equipo un nombre propio`,
  'org.teamSize':
    '--team-size reparte un solo equipo entre los roles; con "teams" en el archivo, indica en cambio el "headcount" de cada equipo',
  'org.weighting.single':
    '--weighting pondera unos equipos frente a otros, y este archivo no tiene lista "teams"; para un solo equipo, quítalo',

  'analyze.help':
    'Qué rol describe una oferta de empleo, una rúbrica de evaluación o una escalera de carrera, nivel por nivel, con sus pruebas, los avisos de columna equivocada y propuestas de reescritura',
  'analyze.help.file': 'Archivo de texto, o - para la entrada estándar',
  'analyze.help.json': 'Muestra el objeto del análisis en JSON',
  'analyze.help.role': (roles: readonly string[]) =>
    `Juzga los niveles y propone reescrituras según este rol: ${roles.join(', ')} (por defecto: el rol que nombra el título o, si no, el del propio texto)`,
  'analyze.help.rewrite':
    'Muestra, en lugar del informe, el texto con todas las reescrituras propuestas aplicadas, para redirigirlo a un archivo',
  'analyze.jsonAndRewrite': 'elige --json o --rewrite, no los dos',
  'analyze.rewrite.none':
    'nada que reescribir: ninguna frase evalúa otra columna que la del rol, así que el texto se muestra tal cual',
  'analyze.rewrite.applied': (count: number) =>
    `${count} ${count === 1 ? 'reescritura aplicada' : 'reescrituras aplicadas'}; lee la nueva redacción antes de usarla`,

  // rolefit check.
  'check.help':
    '¿Evalúan la misma columna la oferta de empleo, la rúbrica de evaluación y la escalera de carrera de un rol? Sale con 0 si concuerdan y con 1 si no',
  'check.help.posting': 'La oferta de empleo: un archivo de texto, o - para la entrada estándar',
  'check.help.rubric':
    'La rúbrica de evaluación: un archivo de texto, o - para la entrada estándar',
  'check.help.ladder': 'La escalera de carrera: un archivo de texto, o - para la entrada estándar',
  'check.help.role': (roles: readonly string[]) =>
    `El rol al que corresponden los documentos: ${roles.join(', ')} (por defecto: el rol del primer documento que nombre uno, empezando por la oferta de empleo)`,
  'check.help.json': 'Muestra el objeto de la comprobación en JSON',
  'check.none':
    'indica al menos un documento que comprobar: --posting <file>, --rubric <file> o --ladder <file> (- lee la entrada estándar)',
  'check.noValue': (option: string) =>
    `${option} necesita un archivo, o - para la entrada estándar`,
  'check.stdinTwice': (options: readonly string[]) =>
    `solo un documento puede venir de la entrada estándar, y ${options.join(' y ')} la piden (-); indica los demás como archivos`,
  'analyze.empty': (name: string) =>
    `${name} está vacío; indica el texto de una oferta de empleo o de una rúbrica de evaluación`,
  'analyze.answers': (name: string, command: string) =>
    `${name} parece contener respuestas del cuestionario (ids de preguntas y opciones), no el texto de una oferta de empleo o de una rúbrica de evaluación. Para puntuar las respuestas, ejecuta: ${command}`,

  'serve.help':
    'Arranca la aplicación web y la API HTTP (registros de peticiones en JSON por stdout); Ctrl-C o SIGTERM la detienen limpiamente',
  'serve.help.port':
    'Puerto en el que escuchar (por defecto: $PORT; si no, 3000; 0 elige un puerto libre)',
  'serve.help.host': 'Dirección en la que escuchar (por defecto: $HOST; si no, 0.0.0.0)',
  'serve.cannotStart': (reason: string) => `no se puede arrancar el servidor: ${reason}`,
  'serve.running': (url: string, database: string, location: string) =>
    `rolefit está funcionando en ${url} (${database}: ${location}). Ctrl-C lo detiene.`,
  'serve.ownerToken': (token: string) =>
    `El token de propietario para el panel de analítica (/admin) y GET /api/stats, generado en este primer arranque:\n\n    ${token}\n\nSolo se muestra esta vez y se guarda solo como hash. Guárdalo en un gestor de contraseñas, o define ROLEFIT_ADMIN_TOKEN con un secreto propio (que entonces lo sustituye).`,
  'serve.stopping': (signal: string) =>
    `${signal}: terminando las peticiones en curso antes de detenerse`,
  'serve.port.invalid': (option: string, value: string) =>
    `${option} debe ser un número entero entre 0 y 65535 (0 elige un puerto libre), no "${value}"`,
  'database.url.invalid': (url: string) =>
    `la URL de la base de datos debe empezar por file: (SQLite, p. ej. file:./data/rolefit.db) o por postgres:// (PostgreSQL), no "${url}"`,
  'export.help':
    'Muestra las respuestas guardadas del cuestionario en CSV o JSON, de la más antigua a la más reciente',
  'export.help.format': 'csv (una fila por respuesta, una columna por pregunta) o json (un array)',
  'export.help.since':
    'Solo las respuestas guardadas en esta fecha (2025-01-31) o momento (ISO 8601) o después',
  'export.help.teams':
    'Exporta también las respuestas enviadas para equipos (por defecto se dejan fuera: pertenecen a cada responsable de equipo, como en la exportación del propietario)',
  'export.format.invalid': (value: string) => `--format debe ser csv o json, no "${value}"`,
  'export.since.invalid': (value: string) =>
    `--since debe ser una fecha como 2025-01-31 o un momento como 2025-01-31T09:00:00Z, no "${value}"`,
  'export.noDatabase': (path: string) =>
    `no hay ninguna base de datos en ${path}; ejecuta antes "rolefit serve", o apunta --database-url (o DATABASE_URL) a la tuya`,
  'export.cannotOpen': (reason: string) => `no se puede abrir la base de datos: ${reason}`,

  'label.work': 'Trabajo',
  'label.measured': 'Medido',
  'label.spread': 'Dispersión',
  'label.titling': 'Títulos',
  'label.risk': 'Riesgo',
  'join.titling': (regime: string, verdict: string) => `${regime}. ${verdict}`,
  'join.work': (work: string, shares: string) => `${work}: ${shares}`,
  'join.spread': (value: string, band: string) => `${value}, ${band}`,
  'join.sureness': (confidence: string, away: string) => `${confidence}, ${away}`,
  'confidence.high': (percent: string) => `confianza alta (${percent})`,
  'confidence.moderate': (percent: string) => `confianza moderada (${percent})`,
  'confidence.low': (percent: string) => `confianza baja (${percent})`,
  'share.research': (share: string) => `${share} investigación`,
  'share.rnd': (share: string) => `${share} I+D`,
  'share.product': (share: string) => `${share} producto`,
  'work.twoJobs': 'Dos trabajos',
  'role.between': (a: string, b: string) => `Entre ${low(a)} y ${low(b)}`,
  'titling.risk': (risk: string) => `Riesgo que se asume: ${risk}`,
  'titling.manage': (manage: string) => `Cómo gestionarlo: ${manage}`,
  'titling.other': (regime: string, verdict: string) => `Con ${low(regime)}, en cambio: ${verdict}`,
  'grading.on': 'Evaluar por',
  'grading.off': 'No evaluar por',
  'twoJobs.headline': (a: string, aShare: string, b: string, bShare: string) =>
    `Dos trabajos en uno: ${a} ${aShare} + ${b} ${bShare}`,
  'twoJobs.gradePart': (role: string, share: string) =>
    `Evaluar la parte de ${low(role)} (${share}) por`,
  'twoJobs.share.week': (share: string) => `${share} de la semana`,
  'twoJobs.share.team': (share: string) => `${share} del esfuerzo del equipo`,
  'twoJobs.share.text': (share: string) => `${share} del trabajo que describe`,
  'twoJobs.waysOut': 'Salidas posibles',

  'result.oneAnswerAway': (role: string) =>
    `con una sola respuesta distinta pasaría a dominar ${low(role)}`,
  'result.why': 'Por qué',
  'result.why.middle': 'se queda en el centro',
  'result.why.strong.research': 'tira con fuerza hacia el extremo de investigación',
  'result.why.strong.product': 'tira con fuerza hacia el extremo de producto',
  'result.why.slight.research': 'tira un poco hacia el extremo de investigación',
  'result.why.slight.product': 'tira un poco hacia el extremo de producto',
  'result.why.alone': (direction: string, role: string) =>
    `${direction}; por sí sola, apunta a ${low(role)}`,
  'result.change': 'Qué lo cambiaría',
  'result.change.note':
    'Cada conjunto de cambios lleva a ese rol por sí solo: ni entre dos roles ni dos trabajos.',
  'result.change.role': (role: string, changes: number) =>
    `Solo ${low(role)}: cambia ${changes} ${changes === 1 ? 'respuesta' : 'respuestas'}`,
  'result.change.answer': (question: string, answer: string) => `${question} → "${answer}"`,
  'result.mismatches': 'Columna equivocada',

  'portfolio.centre': (role: string) => `Centro de gravedad: ${role}`,
  'portfolio.summary': (entries: number, effort: number) =>
    `${entries} ${entries === 1 ? 'entrada' : 'entradas'}, esfuerzo ${effort}`,
  'spread.tight': 'baja: el trabajo es muy parecido',
  'spread.moderate': 'moderada: el trabajo llega a una columna vecina',
  'spread.wide': 'alta: el trabajo tira hacia los dos extremos del espectro',
  'portfolio.staffing': 'Composición del equipo (sigue al esfuerzo de cada columna)',
  'roles.research-scientist': 'research scientists',
  'roles.research-engineer': 'research engineers',
  'roles.ai-engineer': 'AI engineers',
  'portfolio.staffing.role': (people: number, role: string, roles: string) =>
    `${people} ${people === 1 ? role : roles}`,
  'portfolio.staffing.team': (people: number, roles: readonly string[]) =>
    `Para ${people} ${people === 1 ? 'persona' : 'personas'}: ${roles.join(', ')}`,
  'portfolio.entries': 'Entradas',
  'portfolio.entries.effort': (effort: string) => `esfuerzo ${effort}`,

  'org.headline': (org: string | undefined, verdict: string) =>
    org === undefined ? verdict : `${org} — ${verdict}`,
  'org.summary': (teams: number, counting: number) =>
    `${counting === 1 ? 'cuenta' : 'cuentan'} ${counting} de ${teams} ${teams === 1 ? 'equipo' : 'equipos'}`,
  'org.noCentre': 'Aún no hay centro de gravedad: ningún equipo tiene respuestas suficientes',
  'org.teams': 'Equipos',
  'org.weighting.responses': 'Cada equipo pesa según sus respuestas.',
  'org.weighting.headcount': 'Cada equipo pesa según su plantilla.',
  'org.weighting.fallback': (given: number, of: number) =>
    `Se pidió ponderar por plantilla, pero ${given === 0 ? 'ningún equipo la indicó' : `solo ${given} de ${of} equipos la ${given === 1 ? 'indicó' : 'indicaron'}`}, así que cada equipo pesa según sus respuestas.`,
  'org.team.answers': (n: number) => `${n} ${n === 1 ? 'respuesta' : 'respuestas'}`,
  'org.team.batches': (counted: number, given: number, min: number) =>
    `cuentan ${counted} de ${given} respuestas (en tandas de ${min})`,
  'org.team.workstreams': (n: number) =>
    `${n} ${n === 1 ? 'línea de trabajo' : 'líneas de trabajo'}`,
  'org.team.headcount': (n: number) => `${n} ${n === 1 ? 'persona' : 'personas'}`,
  'org.team.weight': (share: string) => `pesa ${share}`,
  'org.team.against': (regime: string) =>
    `en contra del esquema de la organización; por sí solo: ${regime}`,
  'org.team.waiting': (given: number, min: number) =>
    `aún no hay respuestas suficientes (${given} de ${min}); no cuenta`,
  'org.heatmap': 'Mezcla de trabajo por equipo',
  'org.heatmap.org': 'Toda la organización',

  'column.research': 'investigación',
  'column.rnd': 'I+D',
  'column.product': 'producto',
  'analysis.kind.posting': 'parece una oferta de empleo',
  'analysis.kind.rubric': 'parece una rúbrica de evaluación',
  'analysis.title': (title: string, column: string) =>
    `el título "${title}" corresponde a trabajo de ${column}`,
  'analysis.title.noColumn': (title: string) =>
    `el título "${title}" no corresponde a ninguna columna`,
  'analysis.noRole': 'Ningún rol: el texto dice demasiado poco sobre el trabajo',
  'analysis.notEnough':
    'No hay bastante para decir nada: aquí hay muy poco que describa trabajo de investigación, de I+D o de producto.',
  'analysis.truncated': (chars: number) => `Solo se han leído los primeros ${chars} caracteres.`,
  'analysis.evidence': (phrases: number) =>
    `Pruebas (${phrases} ${phrases === 1 ? 'frase' : 'frases'})`,
  'analysis.evidence.none': 'ninguna frase del texto habla a favor de ninguna columna',
  'analysis.evidence.line': (line: number) => `línea ${line}`,
  'analysis.evidence.negated': 'negada',
  'analysis.evidence.measure': 'una medida',
  'analysis.section.title': 'título',
  'analysis.section.summary': 'resumen',
  'analysis.section.responsibilities': 'funciones',
  'analysis.section.requirements': 'requisitos',
  'analysis.section.nice-to-have': 'se valorará',
  'analysis.section.metrics': 'métricas',
  'analysis.section.company': 'empresa',
  'analysis.section.benefits': 'beneficios',
  'analysis.section.legal': 'aviso legal',
  'analysis.flags': 'Avisos',
  'analysis.asked': (role: string) =>
    `niveles y reescrituras juzgados según el trabajo de ${role} (--role)`,
  'analysis.levels': (count: number) => `Niveles (${count})`,
  'analysis.level.grades': (column: string, shares: string) =>
    `evalúa la columna ${column}: ${shares}`,
  'analysis.level.tooLittle': 'dice demasiado poco para saberlo',
  'analysis.suggestions': (count: number) => `Reescrituras propuestas (${count})`,
  'analysis.suggestion': (line: number, instead: string, write: string) =>
    `línea ${line}: en lugar de "${instead}", escribe "${write}"`,
  'analysis.suggestions.apply': (command: string) => `El texto entero reescrito: ${command}`,

  // La comprobación de una oferta de empleo, una rúbrica de evaluación y una escalera de carrera (rolefit check).
  'check.document.posting': 'oferta de empleo',
  'check.document.rubric': 'rúbrica de evaluación',
  'check.document.ladder': 'escalera de carrera',
  'check.disagree': (count: number, role: string) =>
    `${count} ${count === 1 ? 'discrepancia' : 'discrepancias'}: no todos los documentos evalúan trabajo de ${role}.`,
  'check.against.asked': (role: string) =>
    `Comprobado según el trabajo de ${role}, como pide --role.`,
  'check.against.document': (role: string, document: string) =>
    `Comprobado según el trabajo de ${role}, el rol que indica el documento "${document}".`,
  'check.table.document': 'Documento',
  'check.table.file': 'Archivo',
  'check.table.role': 'Rol',
  'check.table.work': 'Trabajo',
  'check.role.none': 'demasiado poco para saberlo',
  'check.mismatches': (count: number) => `Discrepancias (${count})`,
  'check.gradeOn': (role: string) => `Evalúa el trabajo de ${role} por:`,
  'check.rewrites': 'Reescrituras propuestas',
  'check.rewrites.count': (count: number) =>
    `${count} ${count === 1 ? 'reescritura' : 'reescrituras'}`,
  'check.rewrites.hint': (command: string) => `aplícalas con: ${command}`,
};
