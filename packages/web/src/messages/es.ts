// El texto de la aplicación web en español.
import type { Messages } from './en.ts';

const NUMEROS = [
  'cero',
  'un',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
];
/** Un número pequeño en palabras ("cinco"); `femenino` da "una" en lugar de "un". */
const cuantos = (n: number, femenino = false) =>
  n === 1 && femenino ? 'una' : (NUMEROS[n] ?? String(n));
const mayuscula = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const preguntas = (n: number) => (n === 1 ? 'pregunta' : 'preguntas');
const respuestas = (n: number) => `${n} ${n === 1 ? 'respuesta' : 'respuestas'}`;
/** Un nombre (rol, tipo de trabajo, esquema) dentro de una frase: minúscula inicial salvo en una sigla. */
const low = (name: string) => name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase());
const SIN_COMPARAR =
  'para que nadie pueda identificar las respuestas de otra persona comparando el mapa de antes con el de después.';

export const es: Messages = {
  'page.description': (questionCount: number) =>
    `¿Qué rol pide tu trabajo de IA: research scientist, research engineer o AI engineer? ${mayuscula(cuantos(questionCount, true))} ${preguntas(questionCount)}, un minuto y consejos sobre cómo evaluar el rol y qué títulos usar.`,
  'page.skip': 'Saltar al contenido',
  'page.noscript':
    'rolefit necesita JavaScript para el cuestionario y para mostrar los resultados.',
  'page.noscript.teams': 'rolefit necesita JavaScript para el modo equipo.',
  'page.noscript.admin': 'El panel del propietario necesita JavaScript para dibujar sus gráficos.',
  'page.noscript.analyze':
    'El analizador funciona en tu navegador y necesita JavaScript. Sin él, usa la línea de comandos (<code>rolefit analyze posting.txt</code>) o <code>POST /api/analyze</code>.',
  'page.title': (page: string) => `${page} · rolefit`,
  'page.index.title': 'rolefit: ¿qué rol pide este trabajo?',
  'page.result.title': 'Tu resultado',
  'page.framework.title': 'El marco',
  'page.notFound.title': 'Página no encontrada',
  'page.admin.title': 'Panel del propietario',
  'page.analyze.title': 'Analizar una oferta',
  'page.analyze.description':
    'Pega una oferta de empleo o una rúbrica de evaluación: ¿qué rol de IA describe de verdad, y lo evalúa por la columna equivocada? Funciona en tu navegador; el texto nunca se envía.',
  'page.teams.title': 'Modo equipo',
  'page.teams.description':
    'Sitúa el trabajo de IA de tu equipo: cada miembro responde al cuestionario y tú ves el centro de gravedad y si le encajan carreras separadas o un único título.',
  'page.team.title': 'Panel del equipo',
  'page.team.description':
    'El mapa de tu equipo: centro de gravedad, esquema de títulos y composición del equipo.',
  'page.join.title': 'Únete a tu equipo',
  'page.join.description':
    'Responde al cuestionario de rolefit sobre tu propia semana para el mapa de tu equipo.',
  'page.rubric.title': 'Rúbrica de evaluación',
  'page.rubric.description':
    'Una rúbrica de evaluación para research scientists, research engineers o AI engineers: niveles, en qué basar la evaluación del trabajo y en qué no, con carreras separadas o con un único título. Descárgala en Markdown, CSV o JSON.',
  'page.noscript.rubric': 'La rúbrica se escribe en tu navegador y necesita JavaScript.',
  'page.check.title': 'Comprobar oferta, rúbrica y escalera',
  'page.check.description':
    'Pega una oferta de empleo, una rúbrica de evaluación y una escalera de carrera: ¿evalúan todas el mismo rol de IA, nivel por nivel? Funciona en tu navegador; no se envía nada.',
  'page.noscript.check':
    'La comprobación funciona en tu navegador y necesita JavaScript. Sin él, analiza cada documento con <code>rolefit analyze</code> en la línea de comandos.',

  'site.brand': 'rolefit',
  'site.nav.label': 'Principal',
  'site.nav.quiz': 'Cuestionario',
  'site.nav.framework': 'Marco',
  'site.nav.teams': 'Equipos',
  'site.nav.analyze': 'Analizar',
  'site.language': 'Idioma',
  'site.footer.links': 'rolefit es de código abierto. <a>API</a>',

  'notFound.eyebrow': '404',
  'notFound.title': 'Aquí no hay ninguna página',
  'notFound.lead': 'Puede que la dirección esté mal escrita o que la página se haya movido.',
  'notFound.quiz': 'Hacer el cuestionario',
  'notFound.framework': 'Leer el marco',

  'quiz.count': (n: number) => `${mayuscula(cuantos(n, true))} ${preguntas(n)}`,
  'quiz.count.optional': (n: number) =>
    `${mayuscula(cuantos(n, true))} ${preguntas(n)} ${n === 1 ? 'opcional' : 'opcionales'}`,
  'quiz.step.title': (n: number, of: number) => `Pregunta ${n} de ${of}`,
  'quiz.intro.eyebrow': (questionCount: number) =>
    `${mayuscula(cuantos(questionCount, true))} ${preguntas(questionCount)} · un minuto, más o menos`,
  'quiz.intro.what':
    'Sabrás dónde se sitúa el trabajo entre research scientist, research engineer y AI engineer, con qué criterios evaluar ese rol (y con cuáles no) y si al equipo le convienen carreras separadas o un único título.',
  'quiz.intro.note':
    'Es un consejo sobre el trabajo, no un veredicto sobre una persona; por favor, no lo uses para filtrar candidatos.',
  'quiz.intro.start': 'Empezar el cuestionario',
  'quiz.intro.continue': 'Seguir donde lo dejaste',
  'quiz.intro.restart': 'Empezar de nuevo',
  'quiz.intro.keys': (maxKey: number) =>
    `Teclado: <kbd>1</kbd>–<kbd>${maxKey}</kbd> eligen una respuesta, <kbd>Enter</kbd> avanza y <kbd>Backspace</kbd> vuelve atrás.`,
  'quiz.hint.pick': 'Elige una respuesta para seguir.',
  'quiz.context.lead':
    'No cambian el resultado. Muestran si el título y las métricas de evaluación que se usan hoy encajan con el trabajo.',
  'quiz.finish': 'Ver el resultado',
  'quiz.next': 'Siguiente',
  'quiz.back': 'Atrás',
  'quiz.skip': 'Saltar',
  'quiz.skip.clear': 'Borrar y saltar',

  'result.title': (headline: string) => `${headline} · resultado de rolefit`,
  'result.title.twoJobs': (roles: string) => `Dos trabajos: ${roles}`,
  'result.title.between': 'Entre dos roles',
  'result.roles.plus': (a: string, b: string) => `${a} + ${b}`,
  'result.problem.retake':
    'El resultado vive entero en su enlace, así que no se pierde nada: vuelve a hacer el cuestionario y tendrás uno nuevo.',
  'result.problem.quiz': 'Hacer el cuestionario',
  'result.problem.none.title': 'No hay ningún resultado que mostrar',
  'result.problem.none.lead':
    'Esta página muestra un resultado cuando su enlace lleva las respuestas, y este no lleva ninguna.',
  'result.problem.broken.title': 'Este enlace al resultado no funciona',
  'result.problem.missing': 'A este enlace al resultado le faltan respuestas.',
  'result.problem.invalid': (message: string) =>
    `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
  'result.hero.twoJobs.eyebrow': 'En esta semana caben dos trabajos',
  'result.hero.between.eyebrow': 'Este trabajo está entre',
  'result.hero.between.title': (a: string, b: string) => `${a} y ${low(b)}`,
  'result.hero.callsFor.eyebrow': (_role: string) => 'Este trabajo pide un perfil de',
  'result.hero.twoJobs.lead': (research: string, rnd: string | null, product: string) =>
    `La investigación abierta ocupa el ${research} de esta semana y el producto que se lanza, el ${product}, ${rnd ? `con solo un ${rnd} de trabajo de puente (research engineering) entre ambos` : 'sin ningún trabajo de puente (research engineering) entre ambos'}. Una media de las respuestas caería cerca del punto medio, el del research engineer, pero ${rnd ? 'muy poco' : 'nada'} del trabajo está ahí: son dos trabajos distintos.`,
  'result.hero.marker.part': (column: string, share: string) => `${column} · ${share}`,
  'result.hero.marker.work': 'Este trabajo',
  'result.hero.flip': (role: string, prompt: string, label: string) =>
    `Una sola respuesta lo convertiría en ${role}: «${prompt}» → «${label}».`,
  'result.hero.mix.twoJobs':
    'Trabajo de investigación y de producto, con poco entre medias. El reparto:',
  'result.hero.mix': (work: string) => `Trabajo ${low(work)}. El reparto:`,
  'result.hero.mix.label': 'Reparto del trabajo por columna',
  'result.confidence.badge': (band: string, share: string) => `Confianza ${low(band)} · ${share}`,
  'result.confidence.split.leader': (role: string, points: number) =>
    `La parte de ${low(role)} es la mayor, por ${points} ${points === 1 ? 'punto' : 'puntos'}.`,
  'result.confidence.split.even': 'Las dos partes son del mismo tamaño.',
  'result.confidence.between.leader': (role: string) =>
    `El trabajo de ${low(role)} ocupa algo más de la semana.`,
  'result.confidence.between.even': 'Los dos ocupan la semana a partes iguales.',
  'result.confidence.another': 'otro rol',
  'result.confidence.sentences': (first: string, second: string) => `${first} ${second}`,
  'result.confidence.distance': (changes: number, role: string) =>
    `Con ${changes === 1 ? 'una sola respuesta distinta' : `${changes} respuestas distintas`}, pasaría a dominar ${role}.`,
  'result.actions.copyLink': 'Copiar enlace',
  'result.actions.linkCopied': 'Enlace copiado.',
  'result.actions.linkFailed': 'No se ha podido copiar: el enlace está en la barra de direcciones.',
  'result.actions.copyBrief': 'Copiar ficha',
  'result.actions.briefCopied': 'Ficha del puesto copiada en Markdown.',
  'result.actions.briefFailed': 'No se ha podido copiar; prueba con Descargar ficha.',
  'result.actions.download': 'Descargar ficha (.md)',
  'result.actions.downloaded': 'Ficha del puesto descargada.',
  'result.actions.print': 'Imprimir o guardar como PDF',
  'result.actions.retake': 'Repetir el cuestionario',
  'result.titling.heading': (regime: string) => `Títulos: ${low(regime)}`,
  'result.titling.twoJobs':
    'Esta es la fila de la cuadrícula de la parte mayor. Con dos trabajos en uno, decide primero cuál de las salidas de arriba tomar: si se dividen los roles, cada uno tiene su propia fila.',
  'result.grading.twoJobs.heading': 'Dos trabajos en uno: cómo evaluarlos y qué salidas hay',
  'result.grading.heading': 'Cómo evaluar este rol',
  'result.grading.trap':
    'La trampa habitual es juzgar un rol con las métricas de otra columna: a un research scientist, por la disponibilidad; a un ingeniero de producto, por los artículos.',
  'result.mismatches.heading': 'Revisa el título y las métricas de hoy',
  'result.why.heading': 'Por qué: hacia dónde tiró cada respuesta',
  'result.why.note':
    'A la izquierda del centro, tira hacia el extremo del research scientist; a la derecha, hacia el del AI engineer.',
  'result.change.heading': 'Qué cambiaría el resultado',
  'result.change.note':
    'Para cada uno de los otros roles, el mínimo de respuestas que habría que cambiar para que el resultado nombre solo ese rol: ni entre dos roles ni dos trabajos.',
  'result.change.role': (role: string, changes: number) =>
    `<strong>Para que salga solo ${low(role)}</strong>: cambia ${changes === 1 ? 'una respuesta' : `${changes} respuestas`}.`,
  'result.change.arrow': ' → ',
  'pulls.middle': 'Se queda en el centro',
  'pulls.strong.research': 'Tira con fuerza hacia el extremo de investigación',
  'pulls.strong.product': 'Tira con fuerza hacia el extremo de producto',
  'pulls.slight.research': 'Tira un poco hacia el extremo de investigación',
  'pulls.slight.product': 'Tira un poco hacia el extremo de producto',
  'pulls.answer': (label: string) => `«${label}»`,
  'pulls.alone': (role: string) => `Por sí sola, esta respuesta apunta a: ${role}.`,

  'column.research': 'Investigación',
  'column.rnd': 'I+D',
  'column.product': 'Producto',
  'mix.legend': (column: string, share: string) => `${column} ${share}`,
  'grading.on': 'Evaluar por',
  'grading.off': 'No evaluar por',
  'fit.fits': 'Encaja',
  'fit.works': 'Funciona',
  'fit.risky': 'Arriesgado',
  'fit.overhead': 'Sobrecarga',
  'grid.risk': 'Riesgo que se asume',
  'grid.manage': 'Cómo gestionarlo',
  'grid.example': 'En la práctica',
  'grid.other': (regime: string) => `¿Y con ${low(regime)}?`,
  'grid.caption': 'Cómo encaja cada esquema de títulos con cada tipo de trabajo',
  'grid.work': 'Trabajo dominante',
  'grid.thisWork': 'Este trabajo',
  'grid.recommended': 'Recomendado',
  'spectrum.line':
    'El espectro que va de research scientist (0) a AI engineer (1), pasando por research engineer (0.5).',
  'spectrum.marker': (label: string, position: string) => ` ${label} está en ${position}.`,
  'twoJobs.part': (role: string) => `Parte de ${low(role)}`,
  'twoJobs.share': (share: string, column: string) =>
    `El <share>${share}</share> de la semana es trabajo de ${column}`,
  'twoJobs.gradePart': (role: string) => `Evaluar la parte de ${low(role)} por:`,
  'twoJobs.dont': 'No evaluar por',
  'twoJobs.risk': (risk: string) => `<strong>El riesgo: </strong>${risk}`,
  'twoJobs.ways': 'Salidas posibles',

  'framework.title': (roles: number, regimes: number) =>
    `${mayuscula(cuantos(roles))} ${roles === 1 ? 'rol' : 'roles'} en una línea, ${cuantos(regimes, true)} ${regimes === 1 ? 'forma' : 'formas'} de ponerles título`,
  'framework.lead':
    'El trabajo de IA no es un solo trabajo. Va desde la investigación que produce conocimiento nuevo, pasando por la ingeniería que permite probar ideas a escala, hasta la puesta en producción de métodos conocidos como productos fiables. Dónde se sitúa tu trabajo decide a quién contratar, con qué criterios evaluarlo y qué títulos dar al equipo.',
  'framework.roles.heading': (roles: number) =>
    `El espectro: ${cuantos(roles)} ${roles === 1 ? 'rol' : 'roles'} de referencia`,
  'framework.roles.lead': (roles: number) =>
    `El trabajo real rara vez cae justo en un punto de referencia. Trata los ${cuantos(roles)} roles como puntos de una línea, y el trabajo como una posición entre ellos.`,
  'framework.roles.aliases': (aliases: readonly string[]) => `Otros nombres: ${aliases.join(', ')}`,
  'framework.dimensions.heading': (dimensions: number) =>
    `${mayuscula(cuantos(dimensions, true))} ${dimensions === 1 ? 'dimensión' : 'dimensiones'}, una al lado de otra`,
  'framework.dimensions.lead': (dimensions: number) =>
    `Los roles se diferencian en las mismas ${cuantos(dimensions, true)} cosas. El cuestionario hace una pregunta sobre cada una, siempre sobre el trabajo.`,
  'framework.dimensions.caption': (roles: number, dimensions: number) =>
    `Los ${cuantos(roles)} roles en cada una de las ${cuantos(dimensions, true)} dimensiones`,
  'framework.grading.heading': 'La evaluación, y la trampa',
  'framework.grading.lead':
    'Cada rol tiene su propia medida de lo que es un buen año. La trampa es evaluar un rol con las métricas de otra columna: los objetivos de disponibilidad ahogan la exploración para la que se contrató a un research scientist, y el número de artículos no dice nada de lo que ha puesto en producción un ingeniero de producto. El research engineer no encaja en ninguna de las dos columnas, y por eso se le evalúa mal tan a menudo.',
  'framework.grading.off': 'Y no por',
  'framework.grid.heading': 'La cuadrícula: tipo de trabajo × esquema de títulos',
  'framework.grid.lead': (regimes: number) =>
    `${mayuscula(cuantos(regimes))} ${regimes === 1 ? 'esquema' : 'esquemas'}: carreras separadas, cada una con sus títulos y sus niveles, o un único título para todos. Cada uno encaja mejor con unos tipos de trabajo que con otros.`,
  'framework.grid.row': (work: string, summary: string) => `${work}: <summary>${summary}</summary>`,
  'framework.choose.heading': 'Cómo elegir',
  'framework.choose.describe':
    '<strong>Describe el trabajo, no a las personas. </strong>Fíjate en lo que ocupa la mayor parte de la semana: la pregunta que responde, lo que produce, lo que mejora en un buen mes, cuánto se tarda en saber si ha salido bien y a quién contratarías para hacerlo.',
  'framework.choose.place': (dimensions: number) =>
    `<strong>Sitúalo en la línea. </strong>Cada una de esas ${cuantos(dimensions, true)} respuestas tira hacia un extremo o hacia el centro. El resultado es una posición y, cerca de una frontera, dice con franqueza «entre».`,
  'framework.choose.centre':
    '<strong>Busca el centro de gravedad. </strong>En un equipo, junta el trabajo de todos. El tipo de trabajo con más peso decide en qué fila de la cuadrícula estás.',
  'framework.choose.regime':
    '<strong>Elige el esquema de esa fila. </strong>Ningún esquema es el correcto en general; lo es para un tipo de trabajo. Elijas el que elijas, di qué riesgo asumes y cómo vas a mantenerlo a raya.',
  'framework.choose.grade':
    '<strong>Evalúa cada rol por su propia columna. </strong>Cubre el puesto de research engineer a propósito: con un único título, es lo que todo el mundo acaba haciendo; con carreras separadas, es el puente que lleva los resultados a producción.',

  // La rúbrica de evaluación (/rubric) y los enlaces a ella desde un resultado y el marco.
  'result.rubric': 'Obtén una rúbrica de evaluación para este rol',
  'result.rubric.twoJobs': 'Obtén una rúbrica de evaluación para los dos trabajos',
  'framework.grading.rubric': (role: string) => `Rúbrica de evaluación del rol de ${role}`,
  'rubric.eyebrow': (levels: number, regime: string) => `${levels} niveles · ${regime}`,
  'rubric.tabTitle': (role: string) => `Rúbrica de evaluación: ${role}`,
  'rubric.lead':
    'Elige el rol, el esquema de títulos y el número de niveles, y la rúbrica de abajo se ajusta a tu elección. Cada nivel dice qué puede comprobar con pruebas quien evalúa, y qué no tener en cuenta al evaluar.',
  'rubric.updated': (title: string, levels: number) => `${title}, ${levels} niveles.`,
  'rubric.form.label': 'Opciones de la rúbrica',
  'rubric.form.role': 'Rol',
  'rubric.form.twoJobs': 'Dos trabajos en uno',
  'rubric.form.levels': 'Niveles',
  'rubric.form.levels.option': (levels: number) => `${levels} niveles`,
  'rubric.form.regime': 'Esquema de títulos',
  'rubric.actions.download': (format: string) => `Descargar ${format}`,
  'rubric.actions.downloaded': (format: string) => `Rúbrica descargada en ${format}.`,
  'rubric.actions.copy': 'Copiar Markdown',
  'rubric.actions.copied': 'Rúbrica copiada en Markdown.',
  'rubric.actions.copyFailed': 'No se ha podido copiar; prueba con Descargar Markdown.',
  'rubric.checkLink':
    '¿Ya tienes una oferta o una escalera de carrera para este rol? <a>Compruébalas entre sí</a>.',

  'analyze.eyebrow': 'Analiza una oferta o una rúbrica',
  'analyze.title': '¿Qué rol describe de verdad este texto?',
  'analyze.lead':
    'Pega una oferta de empleo o una rúbrica de evaluación del desempeño. rolefit encuentra las frases que hablan de trabajo de investigación, de I+D o de producto, sitúa el trabajo en el espectro y avisa cuando un título o un conjunto de medidas pertenecen a otra columna.',
  'analyze.input.label': 'Oferta de empleo o rúbrica de evaluación',
  'analyze.input.hint': (chars: string) =>
    `Lo mejor es texto plano; los títulos y las listas ayudan. Se leen los primeros ${chars} caracteres.`,
  'analyze.input.placeholder':
    'Pega aquí el texto de una oferta de empleo o de una rúbrica de evaluación…',
  'analyze.privacy':
    '<strong>Privado por diseño: </strong>el texto se analiza aquí, en tu navegador, y nunca se envía a ningún servidor ni se guarda.',
  'analyze.example.try': 'Prueba un ejemplo',
  'analyze.example.shown': (n: number, of: number, name: string) =>
    `Ejemplo ${n} de ${of}: ${name}.`,
  'analyze.example.wrongMetrics': 'una oferta de producto que se evalúa por artículos',
  'analyze.example.titleMismatch': 'un título de «scientist» para trabajo de producto',
  'analyze.example.researchEngineer': 'una oferta de research engineer',
  'analyze.example.rubric': 'una rúbrica de evaluación para research scientists',
  'analyze.example.ladder':
    'una escalera de carrera con un nivel evaluado por la columna equivocada',
  'analyze.clear': 'Borrar',
  'analyze.empty.heading': 'Todavía no hay nada que analizar',
  'analyze.otherLanguage.heading': 'Por ahora, solo ofertas en inglés',
  'analyze.otherLanguage.lead':
    'Este texto no parece estar en inglés. El analizador solo lee ofertas y rúbricas en inglés: las ofertas en otros idiomas aún no se analizan, así que no muestra ningún resultado en lugar de uno erróneo.',
  'analyze.empty.lead':
    'Pega arriba una oferta de empleo o una rúbrica de evaluación, o prueba un ejemplo. El análisis aparece aquí mientras escribes: el rol que pide el trabajo, las frases que lo indican y cualquier aviso de evaluación por la columna equivocada.',
  'analyze.status': (where: string, band: string, flags: number) =>
    `${where}, confianza ${low(band)}, ${flags === 0 ? 'sin avisos' : `${flags} ${flags === 1 ? 'aviso' : 'avisos'}`}.`,
  'analyze.status.between': (a: string, b: string) => `Entre ${low(a)} y ${low(b)}`,
  'analyze.status.notEnough':
    'No hay bastante para decir nada: pega las funciones y los requisitos de la oferta.',
  'analyze.kind.posting': 'oferta',
  'analyze.kind.rubric': 'rúbrica',
  'analyze.summary.eyebrow': (kind: string) => `Esta ${kind} describe un puesto de`,
  'analyze.summary.eyebrow.between': (kind: string) => `Esta ${kind} está entre`,
  'analyze.summary.eyebrow.twoJobs': (kind: string) => `Esta ${kind} pide dos trabajos en uno`,
  'analyze.summary.larger': (role: string, share: string) =>
    ` La parte mayor: ${low(role)}, el ${share} del trabajo.`,
  'analyze.summary.closest': (role: string) => ` Referencia más cercana: ${low(role)}.`,
  'analyze.summary.title': (column: string) =>
    ` El título «<title></title>» corresponde a trabajo de ${column}.`,
  'analyze.summary.title.noColumn':
    ' El título «<title></title>» no corresponde a ninguna columna de trabajo.',
  'analyze.summary.noTitle': ' No se ha encontrado ninguna línea de título.',
  'analyze.summary.marker': (position: string) => `Este texto · ${position}`,
  'analyze.summary.marker.twoJobs': (position: string) => `Media de los dos extremos · ${position}`,
  'analyze.summary.work': (work: string) => `El trabajo: ${low(work)}`,
  'analyze.summary.work.twoJobs':
    'El trabajo: investigación y producto, con poco trabajo de puente entre ambos',
  'analyze.summary.measuredOn': (work: string) => `Cómo se mide: ${low(work)}`,
  'analyze.summary.measures.label': 'Reparto de las medidas por columna',
  'analyze.flag.titleMismatch': 'El título nombra otra columna',
  'analyze.flag.wrongColumnMetrics': 'Se evalúa por otra columna',
  'analyze.flag.twoJobs': 'Dos trabajos en uno',
  'analyze.flag.noEvidence': 'Nada en que apoyarse',
  'analyze.flag.lowEvidence': 'Poco en que apoyarse',
  'analyze.flag.truncated': 'Texto recortado',
  'analyze.flag.binaryLooking': 'No es texto escrito',
  'analyze.flag.levelDrift': 'Niveles que se desvían de columna',
  'analyze.flag.name': (name: string) => `${name}. `,
  'analyze.flags.heading': 'Avisos',
  'analyze.flags.none.heading': 'Sin avisos',
  'analyze.flags.none':
    'El título y las medidas, cuando el texto los da, cuadran con el trabajo que describe.',
  'analyze.notEnough.eyebrow': 'Sin ubicación',
  'analyze.notEnough.heading': 'No hay bastante para decir nada',
  'analyze.notEnough.reason':
    'Aquí hay demasiado poco que describa trabajo de investigación, de I+D o de producto para poder situarlo.',
  'analyze.notEnough.title':
    'Un título solo, como «<title></title>», no dice en qué consiste el trabajo: el mismo título abarca semanas muy distintas.',
  'analyze.notEnough.paste': 'Pega más texto, por ejemplo:',
  'analyze.notEnough.duties': 'las funciones: qué hará la persona semana a semana',
  'analyze.notEnough.requirements': 'los requisitos: qué necesita saber o haber hecho',
  'analyze.notEnough.measures': 'cómo se mide el rol, o los criterios de la rúbrica de evaluación',
  'analyze.notEnough.note':
    'No se muestra ningún rol, posición ni reparto hasta que el texto describa el trabajo: una conjetura a partir de unas pocas palabras parecería más segura de lo que es.',
  'analyze.twoJobs.heading': 'Dos trabajos en un solo rol',
  'analyze.evidence.heading': 'Las pruebas en tu texto',
  'analyze.evidence.label': 'Tu texto con las pruebas marcadas',
  'analyze.evidence.negated': 'negada, cuenta en contra',
  'analyze.evidence.measure': 'una medida',
  'analyze.evidence.zero': 'no cuenta',
  'analyze.evidence.notes': (notes: readonly string[]) => notes.join(', '),
  'analyze.evidence.title': (notes: string, weight: string, section: string) =>
    `${notes} · ${weight} en «${section}»`,
  'analyze.evidence.spoken': (notes: string) => ` (${notes})`,
  'analyze.section.title': 'título',
  'analyze.section.summary': 'resumen',
  'analyze.section.responsibilities': 'funciones',
  'analyze.section.requirements': 'requisitos',
  'analyze.section.niceToHave': 'se valorará',
  'analyze.section.metrics': 'métricas',
  'analyze.section.company': 'empresa',
  'analyze.section.benefits': 'beneficios',
  'analyze.section.legal': 'aviso legal',
  'analyze.legend.label': 'Leyenda',
  'analyze.legend.column': (column: string, phrases: number) =>
    `Trabajo de <column>${low(column)}</column>: ${phrases} ${phrases === 1 ? 'frase' : 'frases'}`,
  'analyze.legend.negated': '<sample>sin doctorado</sample> Negada: cuenta en contra de su columna',
  'analyze.legend.measure': '<sample>artículos</sample> Una medida: cómo se evalúa el rol',
  'analyze.legend.boilerplate':
    '<sample>Quiénes somos</sample> Atenuado: texto sobre la empresa, los beneficios o aviso legal, que no cuenta',
  'analyze.advice.heading': 'Títulos y evaluación para este trabajo',
  'analyze.advice.twoJobs': (work: string) =>
    `Este texto contiene dos trabajos, así que la fila de la cuadrícula de abajo es solo la mitad del cuadro: es la del trabajo ${low(work)}, la parte mayor. Léela junto al consejo sobre los dos trabajos de arriba.`,
  'analyze.advice.lead': (work: string, regime: string) => `Trabajo ${low(work)}, ${low(regime)}: `,
  'analyze.advice.grid.label': 'La cuadrícula de títulos',
  'analyze.advice.grid.link':
    '<a>Lee la cuadrícula completa en la página del marco</a>: cómo encaja cada tipo de trabajo con cada esquema de títulos, y qué riesgos hay que gestionar.',
  'analyze.advice.grading.twoJobs':
    'Qué evaluar en cada parte, y qué no, está en el consejo sobre los dos trabajos de arriba.',
  'analyze.advice.grading.on': 'Evaluar este rol por',
  'analyze.advice.grading.off': 'No evaluarlo por',
  'analyze.checkLink':
    '<a>Comprueba juntas una oferta, una rúbrica y una escalera</a>: ¿evalúan las tres el mismo rol?',
  'analyze.levels.heading': 'Nivel por nivel',
  'analyze.levels.lead': (levels: number, wrong: number) =>
    `${levels} niveles, cada uno leído por separado según lo que evalúan sus criterios${wrong === 0 ? '' : wrong === 1 ? '; uno de ellos evalúa una columna distinta de la del rol' : `; ${wrong} de ellos evalúan una columna distinta de la del rol`}. Elige el nombre de un nivel para ver su texto marcado abajo.`,
  'analyze.levels.noLadder': 'Otros niveles',
  'analyze.levels.grades': (column: string) => `Evalúa trabajo de ${column}`,
  'analyze.levels.few': 'Dice demasiado poco para saber qué columna evalúa',
  'analyze.levels.shares': (level: string) => `${level}: reparto de sus criterios por columna`,
  'analyze.levels.shown': (level: string) => `${level} está marcado en tu texto.`,
  'analyze.suggestions.heading': 'Reescrituras propuestas',
  'analyze.suggestions.lead': (count: number) =>
    `${count === 1 ? 'Un pasaje evalúa' : `${count} pasajes evalúan`} una columna distinta de la del rol. Qué escribir en su lugar, con palabras que midan el trabajo propio del rol (en inglés, como el texto al que vuelven):`,
  'analyze.suggestions.item': 'En lugar de «<from></from>», escribe «<to></to>»',
  'analyze.suggestions.copy': 'Copiar el texto reescrito',
  'analyze.suggestions.copied':
    'Copiado: tu texto con todas las reescrituras propuestas aplicadas.',
  'analyze.suggestions.copyFailed':
    'No se ha podido copiar: el navegador ha denegado el acceso al portapapeles. Aplica las reescrituras a mano.',

  'check.eyebrow': 'Oferta, rúbrica y escalera',
  'check.title': '¿Evalúan tus documentos el mismo rol?',
  'check.lead':
    'La oferta de empleo contrata para un rol, la rúbrica de evaluación lo evalúa y la escalera de carrera marca cómo se asciende en él: las tres deberían evaluar la misma columna de trabajo. Pega una o varias.',
  'check.form.label': 'Documentos que comprobar',
  'check.input.hint': (chars: string) =>
    `Rellena uno o varios. Los textos se leen en inglés, hasta ${chars} caracteres cada uno.`,
  'check.posting.label': 'Oferta de empleo',
  'check.rubric.label': 'Rúbrica de evaluación',
  'check.ladder.label': 'Escalera de carrera',
  'check.role.label': 'El rol al que corresponden',
  'check.role.auto': 'El que describe la oferta',
  'check.role.hint': 'Sin oferta, decide el primer documento que permite nombrar un rol.',
  'check.privacy':
    '<strong>Privado por diseño: </strong>los textos se comprueban aquí, en tu navegador, y nunca se envían a ningún servidor ni se guardan.',
  'check.submit': 'Comprobar',
  'check.empty.heading': 'Todavía no hay nada que comprobar',
  'check.empty.lead':
    'Pega arriba una oferta de empleo, una rúbrica de evaluación o una escalera de carrera, o las tres, y pulsa Comprobar.',
  'check.agree.heading': 'Los documentos coinciden',
  'check.noRole.heading': 'No hay un rol con el que comparar',
  'check.mismatches.count': (count: number) =>
    count === 1 ? 'Una discrepancia' : `${count} discrepancias`,
  'check.against.asked': (role: string) =>
    `Comprobado frente al trabajo de ${role}, el rol que has elegido.`,
  'check.against.posting': (role: string) =>
    `Comprobado frente al trabajo de ${role}, según la oferta de empleo.`,
  'check.against.rubric': (role: string) =>
    `Comprobado frente al trabajo de ${role}, según la rúbrica de evaluación.`,
  'check.against.ladder': (role: string) =>
    `Comprobado frente al trabajo de ${role}, según la escalera de carrera.`,
  'check.otherLanguage': (document: string) =>
    `${document}: por ahora solo se pueden comprobar textos en inglés, así que este se ha dejado fuera.`,
  'check.table.caption': 'Cada documento por separado',
  'check.table.document': 'Documento',
  'check.table.role': 'Se lee como',
  'check.table.shares': 'Reparto del trabajo',
  'check.table.sharesOf': (document: string) => `${document}: reparto del trabajo por columna`,
  'check.table.verdict': 'Frente al rol',
  'check.table.agrees': 'Coincide',
  'check.table.few': 'Dice demasiado poco para saberlo',
  'check.mismatches.heading': 'Qué no coincide y cómo arreglarlo',
  'check.gradeOn': (role: string) => `Cómo evaluar el trabajo de ${role}:`,
  'check.copy.posting': 'Copiar la oferta reescrita',
  'check.copy.rubric': 'Copiar la rúbrica reescrita',
  'check.copy.ladder': 'Copiar la escalera reescrita',

  'admin.title': 'Panel del propietario',
  'admin.login.lead':
    'Cómo responden los lectores al cuestionario en tus páginas: cuestionarios completados, roles, respuestas y dónde se abandonan. Solo datos agregados; no se identifica a ningún lector.',
  'admin.login.token': 'Token de propietario',
  'admin.login.kept':
    'Se guarda solo en esta pestaña (session storage) y se envía únicamente a este servidor.',
  'admin.login.submit': 'Abrir el panel',
  'admin.login.wrongToken':
    'Ese no es el token de propietario. Usa ROLEFIT_ADMIN_TOKEN, o el token que mostró el servidor la primera vez que arrancó.',
  'admin.offline': 'el servidor no ha respondido; comprueba la conexión y vuelve a intentarlo',
  'admin.exportFailed': (status: number) =>
    `la exportación ha fallado (${status}); vuelve a iniciar sesión e inténtalo de nuevo`,
  'admin.lead':
    'Respuestas públicas al cuestionario y eventos del embudo, contados por día UTC. Las respuestas de equipo pertenecen a su responsable y no se incluyen.',
  'admin.range.from': 'Desde',
  'admin.range.to': 'Hasta',
  'admin.range.page': 'Página',
  'admin.range.allPages': 'Todas las páginas',
  'admin.range.noPage': '(sin página)',
  'admin.range.show': 'Mostrar',
  'admin.range.backwards': 'El día de inicio es posterior al día final.',
  'admin.export': (format: string) => `Exportar ${format.toUpperCase()}`,
  'admin.logOut': 'Cerrar sesión',
  'admin.figure.completions': (n: number) =>
    n === 1 ? 'cuestionario completado' : 'cuestionarios completados',
  'admin.figure.shown': (n: number) =>
    n === 1 ? 'cuestionario mostrado' : 'cuestionarios mostrados',
  'admin.figure.started': (n: number) => (n === 1 ? 'intento iniciado' : 'intentos iniciados'),
  'admin.figure.completedShare': 'de los cuestionarios mostrados se completaron',
  'admin.question.short': (n: number) => `P${n}`,
  'admin.funnel.answered': (question: string) => `${question} respondida`,
  'admin.funnel.shown': 'Mostrado',
  'admin.funnel.started': 'Iniciado',
  'admin.funnel.completed': 'Completado',
  'admin.completions.heading': 'Cuestionarios completados por día',
  'admin.completions.chart': 'Cuestionarios completados por día',
  'admin.funnel.heading': 'Dónde se abandonan',
  'admin.funnel.note': 'Intentos que llegaron a cada paso (según los eventos del embudo).',
  'admin.funnel.chart': 'Intentos por paso',
  'admin.roles.heading': 'Roles',
  'admin.roles.chart': 'Resultados por rol',
  'admin.work.heading': 'Trabajo dominante',
  'admin.work.chart': 'Resultados por tipo de trabajo dominante',
  'admin.regimes.heading': 'Esquemas de títulos',
  'admin.regimes.chart': 'Esquema de títulos recomendado',
  'admin.sources.heading': 'Fuentes',
  'admin.sources.none': 'Todavía no hay páginas.',
  'admin.sources.chart': 'Cuestionarios completados por página',
  'admin.fields.heading': 'Campos ocultos',
  'admin.fields.none':
    'Ninguna respuesta de este periodo ha traído campos ocultos todavía. Los traen los enlaces al cuestionario con parámetros <code>utm_*</code> o <code>ref</code>, y también el atributo <code>fields</code> del widget: consulta «Hidden fields» en <code>docs/integrations.md</code>.',
  'admin.fields.caption': (name: string) => `Cuestionarios completados por valor de ${name}`,
  'admin.fields.completions': (n: number, figure: string) =>
    `${figure} ${n === 1 ? 'cuestionario completado' : 'cuestionarios completados'}`,
  'admin.fields.value': 'Valor',
  'admin.fields.completed': 'Completados (proporción)',
  'admin.fields.share': (share: string) => `(${share})`,
  'admin.fields.filter': 'Filtro',
  'admin.fields.only': 'Mostrar solo estas',
  'admin.fields.onlyLabel': (name: string, value: string) =>
    `Mostrar solo estas: respuestas con ${name} = ${value}`,
  'admin.fields.more': (n: number, figure: string) =>
    `y ${figure} ${n === 1 ? 'valor más' : 'valores más'}`,
  'admin.filter.only': 'Solo las respuestas con <name></name> = <value></value>',
  'admin.filter.clear': 'Mostrar todas las respuestas',
  'admin.figure.notCounted':
    'no se cuenta para un campo oculto: los eventos de la página no llevan campos',
  'admin.funnel.noFields':
    'El embudo se cuenta con los eventos de la página (mostrado, iniciado, respondida), que no llevan campos ocultos, así que no puede limitarse a uno.',
  'admin.answers.heading': (n: number, prompt: string) => `P${n}. ${prompt}`,
  'admin.answers.chart': (n: number) => `Respuestas a la pregunta ${n}`,
  'admin.chart.label': (chart: string, figures: readonly string[]) =>
    `${chart}. ${figures.join(', ')}`,
  'admin.chart.figure': (label: string, count: number) => `${label}: ${count}`,

  // Organisations (/org): quien administra una organización reúne los centros de sus equipos, con el permiso de cada responsable.
  'org.page.title': 'Organización',
  'org.page.description':
    'Tus equipos uno junto a otro: dónde se sitúa el trabajo de cada equipo, el centro de gravedad de la organización y el régimen de títulos que le conviene.',
  'org.noscript': 'rolefit necesita JavaScript para la página de la organización.',
  'org.title': (name: string) => `${name} · organización de rolefit`,
  'org.create.heading': 'Ve el trabajo de todos tus equipos de un vistazo',
  'org.create.lead':
    'Crea una organización y añade equipos con el permiso de sus responsables. Verás dónde se sitúa el trabajo de cada equipo, el centro de gravedad de la organización y el régimen de títulos que le conviene. Solo llegan los centros de los equipos, nunca las respuestas de un miembro.',
  'org.create.name': 'Nombre de la organización',
  'org.create.name.placeholder': 'Northwind AI',
  'org.create.submit': 'Crear la organización',
  'org.create.noName': 'Ponle un nombre a la organización.',
  'org.create.creating': 'Creando la organización…',
  'org.created.heading': 'Guarda este enlace: es la única llave',
  'org.created.lead':
    'Con este enlace cualquiera puede ver la organización, añadir y quitar equipos y borrarla. Se muestra solo esta vez: rolefit guarda solo una huella de su secreto y no puede volver a mostrarlo. Guárdalo en un lugar privado, como un gestor de contraseñas.',
  'org.created.link': 'Enlace de administración de la organización (solo para ti)',
  'org.problem.create': 'Crear una organización nueva',
  'org.problem.badKey.title': 'Este enlace de organización no funciona',
  'org.problem.badKey.lead':
    'Puede que la organización se haya borrado o que el enlace no se copiara entero. Vuelve a abrir el enlace de administración completo o crea una organización nueva.',
  'org.problem.load': 'No se pudo cargar la organización',
  'org.count': (teams: number, created: string) =>
    `${teams === 1 ? 'Un equipo' : `${teams} equipos`} · creada el ${created}`,
  'org.empty.heading': 'Todavía no cuenta ningún equipo',
  'org.empty':
    'Añade un equipo abajo. Cuando un equipo tenga su mínimo de respuestas, su trabajo aparecerá aquí y la organización tendrá un centro de gravedad y un régimen de títulos.',
  'org.weighting.legend': 'Ponderar cada equipo por',
  'org.weighting.responses': 'Respuestas',
  'org.weighting.headcount': 'Plantilla',
  'org.weighting.byResponses':
    'Ponderado por respuestas: cada equipo cuenta según las respuestas de las que sale su centro.',
  'org.weighting.byHeadcount':
    'Ponderado por plantilla: cada equipo cuenta según el número de personas que indicó su responsable.',
  'org.weighting.noHeadcount': (given: number, of: number) =>
    `Ponderado por respuestas: para ponderar por plantilla hace falta la plantilla de cada equipo que cuenta, y solo ${given} de ${of} la tienen. Vuelve a añadir un equipo con su plantilla para dársela.`,
  'org.verdict.heading': (regime: string) => `Para la organización: ${low(regime)}`,
  'org.verdict.twoJobs': (work: string) =>
    `Con la organización dividida entre los dos extremos, esta fila es solo la mitad del cuadro: es la fila de la cuadrícula del trabajo ${low(work)}. Léela junto al consejo sobre los dos trabajos de abajo.`,
  'org.twoJobs.heading': 'Tu organización hace dos trabajos, no uno',
  'org.twoJobs.whose': 'los centros de sus equipos',
  'org.spectrum.heading': 'Dónde se sitúa el trabajo de cada equipo',
  'org.spectrum.marker': 'Centro de la organización',
  'org.spectrum.label': (teams: readonly string[], center: string) =>
    `El centro de cada equipo en el espectro, de científico de investigación (0) a ingeniero de IA (1): ${teams.join('; ')}. El centro de la organización está en ${center}.`,
  'org.spectrum.team': (n: number, name: string, position: string, responses: number) =>
    `${n}, ${name}, en ${position} (${respuestas(responses)})`,
  'org.spectrum.legend':
    'Cada punto es un equipo, numerado como en la lista de equipos; cuantas más respuestas tiene detrás, más grande es el punto. El marcador con nombre es el centro de la organización.',
  'org.heatmap.heading': 'La mezcla de trabajo, equipo a equipo',
  'org.heatmap.caption':
    'La parte del trabajo de cada equipo en cada columna; cuanto más intenso el tono, mayor la parte. La mayor de cada fila va en negrita.',
  'org.heatmap.team': 'Equipo',
  'org.heatmap.whole': 'Toda la organización',
  'org.notYet': (responses: number, min: number) =>
    `Aún no hay respuestas suficientes (${responses} de ${min}): no aporta nada`,
  'org.against.heading': 'Equipos a contracorriente del régimen de la organización',
  'org.against.lead': (regime: string) =>
    `El trabajo de estos equipos pediría un régimen distinto de «${low(regime)}». Un solo régimen para todos les genera fricción; aquí está el riesgo que supone para cada uno y cómo gestionarlo.`,
  'org.against.team': (work: string, own: string, org: string) =>
    `Su propio trabajo está ${low(work)}, lo que pediría ${low(own)}. Con el régimen de la organización, ${low(org)}:`,
  'org.against.none': (regime: string) =>
    `El trabajo de todos los equipos que cuentan pide también ${low(regime)}: un solo régimen les sirve a todos.`,
  'org.teams.heading': 'Equipos',
  'org.team.facts': (place: string, responses: number, headcount: number | null, weight: string) =>
    `${place} · ${respuestas(responses)}${headcount === null ? '' : ` · ${headcount} ${headcount === 1 ? 'persona' : 'personas'}`} · peso ${weight}`,
  'org.team.remove': 'Quitar',
  'org.team.remove.name': (name: string) => `Quitar ${name} de la organización`,
  'org.team.confirm':
    '¿Quitar <name></name> de la organización? El equipo conserva su panel y sus respuestas; su responsable puede volver a añadirlo.',
  'org.team.removeForGood': 'Quitar el equipo',
  'org.team.keep': 'Mantenerlo',
  'org.team.removing': 'Quitando…',
  'org.team.removed': (name: string) => `${name} ya no está en la organización.`,
  'org.add.heading': 'Añadir un equipo',
  'org.add.lead':
    'Un equipo se une con el permiso de su responsable: pega el enlace de su panel, que contiene la llave de administración del equipo. La llave se comprueba y no se guarda, y la organización solo ve el centro del equipo, nunca su panel ni las respuestas de nadie.',
  'org.add.link': 'Enlace del panel del responsable del equipo',
  'org.add.link.hint':
    'El enlace que recibió el responsable al crear el equipo; termina en #admin=….',
  'org.add.link.placeholder': 'https://…/team#admin=…',
  'org.add.manual': 'O introduce el id del equipo y su secreto de administración',
  'org.add.id': 'Id del equipo',
  'org.add.secret': 'Secreto de administración del equipo',
  'org.add.headcount': 'Plantilla (opcional)',
  'org.add.headcount.hint':
    'Cuántas personas tiene el equipo, para ponderar por plantilla. Añadir de nuevo un equipo la actualiza.',
  'org.add.submit': 'Añadir el equipo',
  'org.add.adding': 'Añadiendo el equipo…',
  'org.add.added': 'Equipo añadido.',
  'org.add.noKey':
    'Pega el enlace del panel del responsable, o introduce el id del equipo y su secreto.',
  'org.add.notLeadLink':
    'Ese no es el enlace del panel de un responsable: debería terminar en #admin= seguido de la llave del equipo.',
  'org.add.orgLink':
    'Ese es el enlace de una organización, no el de un responsable de equipo. Pide al responsable el enlace de su panel.',
  'org.add.badHeadcount': 'La plantilla es un número entero a partir de 1; o déjala vacía.',
  'org.add.refused':
    'Ningún equipo tiene ese id y ese secreto. Pide al responsable el enlace actual de su panel.',
  'org.data.heading': 'Los datos de la organización',
  'org.data.export':
    'Una fila por equipo: sus respuestas, su peso, su posición, su mezcla de trabajo, el trabajo dominante y si va a contracorriente del régimen de la organización. Solo centros de equipo, nada sobre un miembro.',
  'org.data.delete': 'Borrar la organización…',
  'org.data.confirm':
    '¿Borrar <name></name>? Su enlace de administración dejará de funcionar. Sus equipos siguen como están, con sus paneles y sus respuestas.',
  'org.data.deleteForGood': 'Borrar la organización',
  'org.data.keep': 'Mantener la organización',
  'org.deleted.title': 'Organización borrada',
  'org.deleted.lead':
    'Su enlace de administración ya no funciona. Los equipos que estaban en ella conservan sus paneles y sus respuestas.',

  'teams.title': '¿Dónde está el centro de gravedad de tu equipo?',
  'teams.lead':
    'Crea un equipo, envía el enlace de invitación a quienes hacen el trabajo y cada persona responde al cuestionario sobre su propia semana. Tú ves el equipo en conjunto: dónde se sitúa su trabajo entre la investigación y el producto, qué esquema de títulos le encaja y una composición del equipo orientativa.',
  'teams.point.aggregates':
    'Nadie ve las respuestas de nadie; tú solo ves datos agregados, y únicamente cuando haya respondido suficiente gente.',
  'teams.point.lead':
    'También puedes enumerar tú las líneas de trabajo y responder al cuestionario según cómo ves el trabajo del equipo.',
  'teams.point.export':
    'Exporta las respuestas anónimas en CSV o JSON, o borra el equipo con todo lo que contiene.',
  'teams.form.name': 'Nombre del equipo',
  'teams.form.name.placeholder': 'ML aplicado',
  'teams.form.min': 'Respuestas necesarias para mostrar resultados',
  'teams.form.min.hint': (least: number, most: number) =>
    `De ${least} a ${most}. Por debajo de esa cifra el panel no muestra nada sobre las respuestas, para que no se pueda identificar a nadie.`,
  'teams.form.submit': 'Crear el equipo',
  'teams.form.noName': 'Ponle un nombre al equipo.',
  'teams.form.badMin': (least: number, most: number) =>
    `El mínimo debe ser un número entero entre ${least} y ${most}.`,
  'teams.form.creating': 'Creando el equipo…',
  'teams.created.title': 'Equipo creado',
  'teams.created.heading': 'Equipo creado: <name></name>',
  'teams.created.save': 'Guarda ahora el enlace de administración',
  'teams.created.save.lead':
    'Es la única llave para ver los resultados de tu equipo y para borrarlo. Solo se muestra esta vez: rolefit guarda únicamente una huella del secreto que contiene y no puede volver a mostrarlo. Guárdalo en un sitio privado, como un gestor de contraseñas.',
  'teams.created.adminLink': 'Enlace de administración (solo para ti)',
  'teams.created.share': 'Comparte el enlace de invitación con tu equipo',
  'teams.created.joinLink': 'Enlace de invitación (para los miembros)',
  'teams.created.joinLink.hint':
    'Los miembros responden al cuestionario sobre su propia semana y solo ven su propio resultado. Con este enlace no pueden ver los resultados del equipo.',

  'team.title': (page: string) => `${page} · equipo de rolefit`,
  'team.problem.create': 'Crear un equipo nuevo',
  'team.problem.noKey.title': 'Abre tu enlace de administración',
  'team.problem.noKey.lead':
    'El panel se abre desde el enlace de administración que recibiste al crear el equipo. La llave se guarda solo en esta pestaña, así que vuelve a abrir el enlace en una pestaña nueva o después de cerrar esta.',
  'team.problem.badKey.title': 'Este enlace de administración no funciona',
  'team.problem.badKey.lead':
    'Puede que el equipo se haya borrado, o que el enlace se cortara al copiarlo. Abre el enlace de administración completo que guardaste al crear el equipo.',
  'team.problem.load': 'No se ha podido cargar el panel',
  'team.deleted.title': 'Equipo borrado',
  'team.deleted.lead': (responses: number) =>
    `Se han borrado el equipo, ${responses === 1 ? 'su única respuesta' : `sus ${responses} respuestas`}, las líneas de trabajo y tu valoración. El enlace de invitación y el de administración ya no funcionan.`,
  'team.count': (responses: number, batch: number, created: string) =>
    `${respuestas(responses)} · el mapa las muestra de ${batch} en ${batch} · creado el ${created}`,
  'team.needed.heading': (needed: number) =>
    `${needed === 1 ? 'Falta' : 'Faltan'} ${respuestas(needed)}`,
  'team.needed.lead': (batch: number) =>
    `El mapa del equipo aparece cuando han respondido ${batch} personas, y las respuestas posteriores se suman de ${batch} en ${batch}, para que no se puedan distinguir las de nadie. Comparte el enlace de invitación:`,
  'team.joinLink': 'Enlace de invitación para los miembros',
  'team.joinLink.more': 'Enlace de invitación para sumar más miembros',
  'team.release.all': (released: number, batch: number) =>
    `El mapa y la exportación incluyen ${released === 1 ? 'la única respuesta' : `las ${released} respuestas`}. Las respuestas nuevas aparecen de ${batch} en ${batch}, ${SIN_COMPARAR}`,
  'team.release.replaced': (replaced: number, people: number) =>
    `${replaced === 1 ? 'Una de ellas se volvió a responder' : `${replaced} de ellas se volvieron a responder`} desde el mismo navegador, así que el mapa cuenta ${people} personas, cada una con sus respuestas más recientes.`,
  'team.release.some': (released: number, responses: number, batch: number, more: number) =>
    `El mapa y la exportación incluyen ${released} de ${respuestas(responses)}. Las ${batch} siguientes aparecerán juntas cuando ${more === 1 ? 'responda 1 persona más' : `respondan ${more} personas más`}, ${SIN_COMPARAR}`,
  'team.copy': 'Copiar',
  'team.copy.done': 'Copiado.',
  'team.copy.failed': 'No se ha podido copiar: selecciona el enlace y cópialo.',
  'team.saving': 'Guardando…',
  'team.api.offline':
    'No se ha podido conectar con el servidor. Comprueba la conexión y vuelve a intentarlo.',
  'team.api.offline.export': 'No se ha podido conectar con el servidor.',
  'team.api.status': (status: number) => `El servidor ha respondido con el código ${status}.`,
  'team.map.heading': 'Dónde se sitúa el trabajo del equipo',
  'team.map.marker': 'Centro del equipo',
  'team.map.marker.twoJobs': 'Media del equipo',
  'team.map.spectrum': (positions: readonly string[], centre: string, spread: string) =>
    `El espectro que va de research scientist (0) a AI engineer (1). ${positions.length} miembros están en ${positions.join(', ')}; el centro de gravedad del equipo está en ${centre}, con una dispersión de ${spread} a cada lado.`,
  'team.map.spectrum.twoJobs':
    ' El equipo está dividido entre los dos extremos, así que el centro es una media cerca de la cual trabajan pocos miembros.',
  'team.map.spectrum.lead': (position: string) => ` Tu propia valoración está en ${position}.`,
  'team.map.legend': (withLead: boolean) =>
    `Cada punto es un miembro, sin nombre y sin ningún orden. La franja muestra la dispersión alrededor del centro de gravedad${withLead ? '; el anillo es tu propia valoración.' : '.'}`,
  'team.map.legend.twoJobs':
    ' Con el equipo dividido entre los dos extremos, el centro no es más que una media: pocos miembros trabajan cerca de él.',
  'team.map.centre': 'Centro de gravedad',
  'team.map.centre.value': (position: string, place: string) => `${position}: ${place}`,
  'team.map.spread': 'Dispersión',
  'team.map.spread.value': (spread: string, band: string) => `${spread}, ${band}`,
  'team.map.spread.tight': 'baja: casi todos hacen un trabajo parecido',
  'team.map.spread.moderate': 'moderada',
  'team.map.spread.wide': 'alta: el equipo abarca todo el espectro',
  'team.map.roles': 'Respuestas por rol',
  'team.map.roles.value': (counts: readonly string[]) => counts.join(' · '),
  'team.map.roles.count': (role: string, count: number) => `${role}: ${count}`,
  'team.place.between': (a: string, b: string) => `entre ${low(a)} y ${low(b)}`,
  'team.place.twoJobs': (a: string, b: string) =>
    `dividido entre ${low(a)} y ${low(b)} (dos trabajos)`,
  'team.work': (work: string, summary: string) => `${work}. ${summary}`,
  'team.work.twoJobs': (research: string, product: string, rnd: string) =>
    `Los dos extremos: un ${research} de investigación y un ${product} de producto, con un ${rnd} de trabajo de puente (I+D) entre ambos.`,
  'team.titling.twoJobs': (work: string) =>
    `Con el equipo dividido, esta fila es solo la mitad del cuadro: es la fila de la cuadrícula del trabajo ${low(work)}, uno de los dos extremos. Léela junto al consejo sobre los dos trabajos de arriba.`,
  'team.staffing.heading': 'Una composición del equipo que sigue al trabajo',
  'team.staffing.note':
    'La proporción de personas en cada rol sigue a la proporción de esfuerzo de cada columna. Cambia el tamaño del equipo para verlo en personas enteras.',
  'team.staffing.size': 'Tamaño del equipo',
  'team.staffing.line': (people: number, roles: readonly string[]) =>
    `Para ${people} ${people === 1 ? 'persona' : 'personas'}: ${roles.join(' · ')}.`,
  'team.staffing.role': (role: string, count: number) => `${role}: ${count}`,
  'team.trap.heading': 'La trampa de la columna equivocada',
  'team.trap.counts': (title: number, review: number, of: number) =>
    `${title} de ${of} ${title === 1 ? 'tiene' : 'tienen'} un título de una columna distinta de la de su trabajo; ${review} de ${of} ${review === 1 ? 'se evalúa' : 'se evalúan'} con las métricas de otra columna.`,
  'team.trap.judged': (people: number) =>
    `${people} ${people === 1 ? 'persona se evalúa' : 'personas se evalúan'} con un criterio al que su trabajo no apunta. Evaluar la investigación por la disponibilidad, o el trabajo de producto por los artículos, empuja a la gente hacia el trabajo equivocado.`,
  'team.trap.titleOnly': (people: number) =>
    `Nadie se evalúa con las métricas de otra columna, pero ${people} ${people === 1 ? 'persona tiene un título' : 'personas tienen títulos'} de otra columna distinta de su trabajo. Un título por sí solo no juzga el trabajo, pero sí marca lo que esperan los candidatos y los comités de ascenso.`,
  'team.trap.none':
    'Ninguna de las personas que respondieron a las preguntas opcionales tiene un título ni se evalúa según otra columna. Aquí solo cuentan quienes las respondieron.',
  'team.twoJobs.eyebrow': 'Dividido entre los dos extremos',
  'team.twoJobs.heading': 'Tu equipo hace dos trabajos, no uno',
  'team.twoJobs.why': (
    whose: string,
    position: string,
    rnd: string,
    research: string,
    product: string,
  ) =>
    `¿Por qué no «research engineering»? La media de ${whose} cae en el centro (${position}), donde el consejo para el trabajo de puente sería «en la práctica, todo el mundo es research engineer». Pero solo el ${rnd} del trabajo es ese trabajo de puente; el ${research} es investigación y el ${product}, producto. Un equipo dividido entre los dos extremos recibe, en su lugar, el consejo de los dos trabajos.`,
  'team.twoJobs.whose': 'las respuestas de los miembros',
  'team.data.heading': 'Los datos de tu equipo',
  'team.data.export': (released: number) =>
    `La exportación contiene ${released === 1 ? 'la única respuesta' : `las ${released} respuestas`} que muestra el mapa, sin nombres, ids, páginas ni horas, y sin el orden de llegada.`,
  'team.data.export.later': (batch: number) =>
    `La exportación se abre cuando han respondido ${batch} personas, para que no se pueda identificar a nadie.`,
  'team.data.preparing': 'Preparando la exportación…',
  'team.data.exported': (format: string) => `Exportado en ${format.toUpperCase()}.`,
  'team.data.delete': 'Borrar el equipo…',
  'team.data.confirm': (responses: number) =>
    `¿Borrar <name></name> con ${responses === 1 ? 'su única respuesta' : `sus ${responses} respuestas`}, tus líneas de trabajo y tu valoración? No se puede deshacer, y los enlaces de invitación y de administración dejarán de funcionar.`,
  'team.data.deleting': 'Borrando…',
  'team.data.deleteForGood': 'Borrarlo todo definitivamente',
  'team.data.keep': 'Conservar el equipo',

  // Modo equipo: rondas, el mismo equipo responde de nuevo cuando cambia su trabajo.
  'team.rounds.heading': 'Rondas a lo largo del tiempo',
  'team.rounds.lead.first':
    'Esta es la ronda 1. Cuando el trabajo cambie (un proyecto nuevo, una reorganización, unos meses después), abre una ronda nueva: los miembros responden otra vez desde el mismo enlace de invitación y esta ronda queda tal cual, para ver cómo se ha movido el trabajo.',
  'team.rounds.lead': (current: number) =>
    `La ronda ${current} está abierta: los miembros responden otra vez desde el mismo enlace de invitación. Las rondas anteriores quedan como estaban, solo de lectura; el mapa de arriba muestra solo la ronda ${current}.`,
  'team.rounds.path.label': (points: readonly string[]) =>
    `El centro del equipo por ronda, de research scientist (0) a AI engineer (1): ${points.join(', ')}`,
  'team.rounds.path.point': (round: number, position: string) => `ronda ${round} en ${position}`,
  'team.rounds.round': (round: number) => `Ronda ${round}`,
  'team.rounds.dates': (opened: string, closed: string) => `${opened} – ${closed}`,
  'team.rounds.dates.open': (opened: string) => `desde el ${opened}`,
  'team.rounds.answers': (n: number) => respuestas(n),
  'team.rounds.current': 'abierta ahora',
  'team.rounds.mix': (round: number) => `La mezcla de trabajo en la ronda ${round}`,
  'team.rounds.centre': (position: string, work: string) =>
    `Centro en ${position}; la mayor parte de la semana es trabajo de ${work}.`,
  'team.rounds.notEnough': (n: number, min: number) =>
    `Aún no hay respuestas suficientes para un centro (${n} de ${min}).`,
  'team.rounds.change.grew': (column: string, from: string, to: string) =>
    `la parte de ${column} creció del ${from} al ${to}`,
  'team.rounds.change.shrank': (column: string, from: string, to: string) =>
    `la parte de ${column} bajó del ${from} al ${to}`,
  'team.rounds.change.moved': (from: number, to: number, shift: string, toward: string | null) =>
    `De la ronda ${from} a la ronda ${to}, ${shift}${toward ? `: ${toward}` : ''}.`,
  'team.rounds.change.toward': (from: string, to: string) =>
    `el trabajo se desplaza de ${from} hacia ${to}`,
  'team.rounds.place.research': 'la investigación',
  'team.rounds.place.rnd': 'el puente',
  'team.rounds.place.product': 'el producto',
  'team.rounds.change.steady': (from: number, to: number, points: number) =>
    `De la ronda ${from} a la ronda ${to}, la mezcla se mantuvo estable: ningún tipo de trabajo se movió ${points} puntos o más.`,
  'team.rounds.change.regime': (from: string, to: string) =>
    `La recomendación sobre los títulos cambió: de «${from}» a «${to}».`,
  'team.rounds.change.regimeSame': (regime: string) =>
    `La recomendación sobre los títulos sigue igual: «${regime}».`,
  'team.rounds.change.split.now':
    'La semana ahora son dos trabajos en uno: investigación y producto, con poco trabajo de puente entre ellos.',
  'team.rounds.change.split.gone': 'La semana ya no son dos trabajos en uno.',
  'team.rounds.open': (next: number) => `Abrir la ronda ${next}`,
  'team.rounds.open.empty': (current: number) =>
    `La ronda ${current} aún no tiene respuestas; la siguiente podrá abrirse cuando las tenga.`,
  'team.rounds.confirm': (current: number, next: number) =>
    `¿Cerrar la ronda ${current} y abrir la ronda ${next}? La ronda ${current} conserva sus respuestas, solo de lectura, y su centro queda en este historial. Los miembros responden a la ronda ${next} desde el mismo enlace de invitación.`,
  'team.rounds.openForGood': (next: number) => `Sí, abrir la ronda ${next}`,
  'team.rounds.keep': 'Ahora no',
  'team.rounds.opening': 'Abriendo la siguiente ronda…',
  // Modo equipo: la oferta para la próxima contratación, leída en el navegador y puesta junto al equipo.
  'team.posting.heading': 'Contrasta una oferta con este equipo',
  'team.posting.lead':
    'Pega la oferta de empleo para la próxima contratación del equipo. Verás qué rol contrata y cómo se compara ese rol con el centro de gravedad del equipo y con los huecos de su composición.',
  'team.posting.label': 'Oferta de empleo para la próxima contratación del equipo',
  'team.posting.placeholder': 'Pega aquí el texto de la oferta…',
  'team.posting.loadFailed':
    'No se pudo cargar el analizador, así que no se ha leído nada. Comprueba la conexión y vuelve a escribir.',
  'team.posting.hires': (role: string, nth: number, share: string, column: string) =>
    `Esta oferta incorpora a la ${nth === 1 ? 'primera' : `${nth}.ª`} persona del equipo con el rol de ${role}, en un equipo cuyo trabajo es un ${share} de ${column}.`,
  'team.posting.hires.workstreams': (role: string, share: string, column: string) =>
    `Esta oferta incorpora a una persona con el rol de ${role}, para un trabajo que tus líneas de trabajo sitúan en un ${share} de ${column}.`,
  'team.posting.hires.alone': (role: string) =>
    `Esta oferta incorpora a una persona con el rol de ${role}.`,
  'team.posting.between': (place: string) => ` Su trabajo se sitúa ${place}.`,
  'team.posting.twoJobs': (first: string, second: string) =>
    `Esta oferta pide dos trabajos en uno: ${first} y ${second}, con poco trabajo de puente entre ambos.`,
  'team.posting.count': (count: number, members: number) =>
    count === 0
      ? `Ninguno de los ${members} miembros que han respondido tiene todavía ese rol.`
      : count === members
        ? `Los ${members} miembros que han respondido ya tienen ese rol.`
        : `El equipo ya tiene ${count} en ese rol, de los ${members} miembros que han respondido.`,
  'team.posting.count.twoJobs': (
    first: string,
    firstCount: number,
    second: string,
    secondCount: number,
    members: number,
  ) =>
    `De los ${members} miembros que han respondido, ${firstCount} ${firstCount === 1 ? 'tiene' : 'tienen'} el rol de ${first} y ${secondCount} el de ${second}.`,
  'team.posting.column.centre': (share: string, column: string) =>
    `Ahí está el trabajo del equipo: un ${share} es trabajo de ${column}, más que de cualquier otro tipo.`,
  'team.posting.column.gap': (share: string, column: string, count: number, members: number) =>
    `Esa columna es un hueco en la composición del equipo: un ${share} del trabajo es de ${column}, pero ${count === 0 ? 'ninguno' : `solo ${count}`} de los ${members} miembros ${count > 1 ? 'tienen' : 'tiene'} ese rol.`,
  'team.posting.column.staffed': (share: string, column: string) =>
    `Un ${share} del trabajo del equipo es de ${column}, y el equipo ya tiene en ese rol tantas personas como pide esa proporción.`,
  'team.posting.column.workstreams': (share: string, column: string, centre: boolean) =>
    centre
      ? `Ahí está el trabajo: tus líneas de trabajo ponen un ${share} en ${column}, más que en ninguna otra columna.`
      : `No es ahí donde está la mayor parte del trabajo: tus líneas de trabajo ponen un ${share} en ${column}.`,
  'team.posting.workstreams': (share: string, column: string) =>
    `Según tus líneas de trabajo, un ${share} del trabajo es de ${column}.`,
  'team.posting.next.same': (role: string) =>
    `La composición coincide: la próxima contratación debería ser para el rol de ${role}.`,
  'team.posting.next.other': (role: string, share: string, column: string, count: number) =>
    `La composición dice que la próxima contratación debería ser para el rol de ${role}: un ${share} del trabajo del equipo es de ${column}, ${count === 0 ? 'y nadie en el equipo tiene todavía ese rol' : `con solo ${count} en ese rol`}.`,
  'team.posting.next.workstreams': (role: string, share: string, column: string) =>
    `La composición dice que la próxima contratación debería ser para el rol de ${role}: tus líneas de trabajo ponen la mayor parte del trabajo, un ${share}, en ${column}.`,
  'team.posting.next.twoJobs': (role: string, isPart: boolean) =>
    isPart
      ? `Divídela en dos ofertas y publica primero la de ${role}: según la composición, es la contratación que toca ahora.`
      : `Divídela en dos ofertas. Según la composición, la próxima contratación debería ser para el rol de ${role}, que no es ninguna de las dos mitades.`,
  'team.posting.twoJobs.advice': 'El consejo de los dos trabajos para esta oferta',
  'team.posting.nothing': (needed: number) =>
    `Todavía no hay con qué compararla: el mapa del equipo aparece cuando ${needed === 1 ? 'responda un miembro más' : `respondan ${needed} miembros más`}. Mientras tanto, enumera abajo las líneas de trabajo del equipo y la oferta se comparará con ellas.`,
  'team.posting.notEnough':
    'La oferta solo se compara con el equipo cuando dice en qué consiste el trabajo.',
  'team.posting.mix.posting': 'El trabajo de la oferta',
  'team.posting.mix.members': 'El trabajo de los miembros',
  'team.posting.mix.workstreams': 'El trabajo de tus líneas de trabajo',
  'team.posting.more':
    'Para ver las frases en que se basa, los avisos y sobre qué evaluar el rol, pega la oferta en el <a>analizador</a>, que también la lee en tu navegador.',

  'lead.heading': 'Tu valoración junto a la de tus miembros',
  'lead.none': 'Todavía no has dado tu valoración.',
  'lead.yours': (position: string, place: string, work: string) =>
    `Sitúas el trabajo del equipo en ${position}: ${low(place)}, ${low(work)}.`,
  'lead.members.later':
    ' La valoración de los miembros aparecerá cuando hayan respondido suficientes.',
  'lead.members.alike': 'Tu valoración y la de tus miembros coinciden.',
  'lead.members.apart': (distance: string, toward: 'research' | 'product', position: string) =>
    `Tus miembros lo sitúan ${distance} más hacia ${toward === 'product' ? 'el extremo de producto' : 'el extremo de investigación'} (${position}). Merece una conversación: los títulos y las métricas deberían seguir al trabajo que la gente hace de verdad.`,
  'lead.quiz.again': 'Responder de nuevo',
  'lead.quiz.take': 'Responde al cuestionario según cómo ves el trabajo del equipo',
  'lead.quiz.note':
    'Responde pensando en el trabajo que ocupa la mayor parte de la semana del equipo, tal como tú lo ves. Los miembros nunca ven tus respuestas.',
  'lead.quiz.open': (open: number) =>
    `Responde antes a todas las preguntas (${open === 1 ? 'queda 1' : `quedan ${open}`}).`,
  'lead.quiz.save': 'Guardar mi valoración',

  'workstreams.heading': 'Líneas de trabajo, según las enumeras tú',
  'workstreams.note':
    'La segunda forma de situar el trabajo: enumera en qué trabaja el equipo, la parte del esfuerzo que se lleva cada cosa (en cualquier unidad: personas, días, porcentaje) y qué tipo de trabajo es.',
  'workstreams.verdict': (position: string, place: string, work: string, regime: string) =>
    `Tus líneas de trabajo sitúan el centro de gravedad en ${position} (${low(place)}), ${low(work)}: <fit></fit> con ${low(regime)}.`,
  'workstreams.verdict.twoJobs': (place: string, position: string) =>
    `Tus líneas de trabajo están en los dos extremos de la línea (${place}); su media, ${position}, no es donde está el trabajo. `,
  'workstreams.twoJobs': 'El consejo de los dos trabajos para estas líneas de trabajo',
  'workstreams.twoJobs.whose': 'las líneas de trabajo',
  'workstreams.column.name': 'Nombre',
  'workstreams.column.effort': 'Esfuerzo',
  'workstreams.column.kind': 'Tipo de trabajo',
  'workstreams.row.name': (n: number) => `Nombre de la línea de trabajo ${n}`,
  'workstreams.row.name.placeholder': 'Línea de trabajo',
  'workstreams.row.effort': (n: number) => `Parte del esfuerzo de la línea de trabajo ${n}`,
  'workstreams.row.kind': (n: number) => `Tipo de trabajo de la línea de trabajo ${n}`,
  'workstreams.row.custom': 'Reparto personalizado (definido por la API)',
  'workstreams.row.remove': 'Quitar',
  'workstreams.add': 'Añadir una línea de trabajo',
  'workstreams.save': 'Guardar las líneas de trabajo',
  'workstreams.error.name': 'Cada línea de trabajo necesita un nombre.',
  'workstreams.error.effort': (name: string) =>
    `Asigna a «${name}» una parte del esfuerzo mayor que 0.`,

  'join.eyebrow': (questionCount: number) =>
    `Tu equipo · ${cuantos(questionCount, true)} ${preguntas(questionCount)} · un minuto, más o menos`,
  'join.title': '¿Dónde se sitúa tu semana?',
  'join.lead':
    'Responde pensando en el trabajo que ocupa la mayor parte de tu propia semana. Tú ves tu resultado; tu responsable solo ve el equipo en conjunto, y solo cuando haya respondido suficiente gente.',
  'join.note':
    'Es un consejo sobre el trabajo, no un veredicto sobre una persona. No se pide ni se guarda ningún nombre, correo electrónico ni dirección.',
  'join.context.lead':
    'No cambian tu resultado. Tu responsable solo las ve como recuentos: cuántas personas tienen un título, o se evalúan con métricas, de una columna distinta de la de su trabajo.',
  'join.finish': 'Enviar y ver mi resultado',
  'join.sending': 'Enviando tus respuestas…',
  'join.sent':
    'Enviado. Tus respuestas ya forman parte del mapa de tu equipo. Tu responsable ve el equipo en conjunto cuando ha respondido suficiente gente, nunca tus respuestas por separado.',
  'join.problem.solo': 'Hacer el cuestionario por tu cuenta',
  'join.problem.incomplete.title': 'Este enlace de invitación está incompleto',
  'join.problem.incomplete.lead':
    'Un enlace de invitación termina en ?team= seguido de un código. Pide a tu responsable que te lo vuelva a enviar.',
  'join.problem.gone.title': 'Este enlace de invitación ya no funciona',
  'join.problem.gone.lead':
    'Puede que el equipo se haya borrado, o que el enlace se cortara. Pide a tu responsable el enlace de invitación actual. No se ha guardado nada.',
  'join.problem.notSent': 'Tus respuestas no se han enviado',
  'join.checking': 'Comprobando el enlace de invitación…',
  'join.forTeam': (team: string) => `Para el equipo «${team}»`,
  'join.again': (when: string) =>
    `Este navegador ya respondió para este equipo el ${when}. Si respondes de nuevo, sustituyes esa respuesta: el mapa te cuenta una vez, con tus respuestas nuevas, a partir de su próxima tanda.`,
  'join.sent.replaced':
    'Enviado. Estas respuestas sustituyen a las que diste antes desde este navegador; el mapa del equipo recoge el cambio con su próxima tanda, nunca por separado.',
  'join.problem.unknown.title': 'Ningún equipo tiene este enlace',
  'join.problem.unknown.lead':
    'El código del enlace no corresponde a ningún equipo: quizá esté mal escrito o cortado, o el equipo se borró. Pide a tu responsable el enlace de invitación actual.',
};
