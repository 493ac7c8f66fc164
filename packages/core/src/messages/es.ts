// El texto de core en español: el marco, los perfiles de rol, los consejos de equipo, los avisos y la ficha del puesto.
import { auditEs } from './audit-es.ts';
import type { Messages } from './en.ts';
import { frameworkEs } from './framework-es.ts';
import { rubricEs } from './rubric-es.ts';

/** Un porcentaje entero con espacio de no separación delante de %, como pide la norma: "40 %". */
const pct = (x: number) => `${Math.round(x * 100)}\u00a0%`;
/** Un nombre de rol dentro de una frase: minúscula inicial salvo en una sigla. */
const low = (name: string) => name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase());
/** El analizador pasa el tipo de trabajo entero en minúsculas; la sigla I+D se queda en mayúsculas. */
const sigla = (work: string) => work.replace(/i\+d/g, 'I+D');
const BAND = { high: 'alta', moderate: 'moderada', low: 'baja' } as const;

export const es: Messages = {
  ...frameworkEs,

  'dimension.core-question.name': 'Pregunta central',
  'dimension.output.name': 'Entregables',
  'dimension.optimizes-for.name': 'Qué optimiza',
  'dimension.time-horizon.name': 'Horizonte temporal',
  'dimension.background.name': 'Perfil habitual',

  'profile.research-scientist.alias': ['investigador/a de IA', 'research scientist'],
  'profile.research-scientist.summary':
    'Plantea preguntas que nadie ha respondido, inventa métodos para responderlas y pone por escrito lo aprendido. Lo que produce es conocimiento sobre el que otros construyen.',
  'profile.research-scientist.core-question':
    '¿Qué es cierto, o posible, y nadie ha demostrado todavía?',
  'profile.research-scientist.output': 'Artículos, métodos nuevos, benchmarks nuevos',
  'profile.research-scientist.optimizes-for': 'La novedad y el impacto científico',
  'profile.research-scientist.time-horizon': 'Años',
  'profile.research-scientist.background': 'Un doctorado y un historial de publicaciones',
  'profile.research-engineer.alias': ['research engineer', 'ML research engineer'],
  'profile.research-engineer.summary':
    'Construye lo que convierte una idea en una prueba fiable: infraestructura de entrenamiento y evaluación, datos curados, métricas y experimentos que funcionan a escala. Es el puente entre un resultado de investigación y un sistema que funciona, y a menudo firma como coautor.',
  'profile.research-engineer.core-question':
    '¿Qué tenemos que construir para averiguarlo, rápido y de forma reproducible?',
  'profile.research-engineer.output':
    'Infraestructura de entrenamiento, marcos de experimentación, métodos que funcionan a escala',
  'profile.research-engineer.optimizes-for':
    'La velocidad de experimentación y la reproducibilidad',
  'profile.research-engineer.time-horizon': 'De meses a un par de años',
  'profile.research-engineer.background':
    'Una base sólida en informática y experiencia práctica con sistemas de ML',
  'profile.ai-engineer.alias': ['ML engineer', 'AI engineer de producto', 'AI engineer'],
  'profile.ai-engineer.summary':
    'Elige y adapta modelos existentes y los convierte en sistemas que funcionan de forma fiable, escalan y se pagan solos: pipelines de datos, serving, latencia y coste, integración en el producto, tests A/B.',
  'profile.ai-engineer.core-question':
    '¿Cómo lo ponemos en manos de los usuarios, de forma fiable y a escala?',
  'profile.ai-engineer.output':
    'Servicios en producción, funcionalidades de producto, tests A/B ganados',
  'profile.ai-engineer.optimizes-for': 'Disponibilidad, latencia, coste y métricas de negocio',
  'profile.ai-engineer.time-horizon': 'De semanas a unos pocos meses',
  'profile.ai-engineer.background': 'Ingeniería de software y experiencia en producción',

  'work.research.summary':
    'Apuestas largas e inciertas en busca de un conocimiento que nadie tiene todavía.',
  'work.rnd.summary':
    'Convertir resultados de investigación en sistemas que un equipo pueda construir y poner en producción.',
  'work.product.summary': 'Métodos conocidos aplicados a fondo a un producto, a escala.',
  'work.research.inSentence': 'centrado en la investigación',
  'work.rnd.inSentence': 'centrado en la I+D',
  'work.product.inSentence': 'centrado en el producto',

  'regime.separate-tracks.summary':
    'Títulos distintos de research scientist, research engineer e ingeniero/a, cada uno con su propia carrera y sus propias métricas.',
  'regime.flat.summary':
    'Todo el mundo tiene el mismo título (Member of Technical Staff, o simplemente ingeniero/a) y se espera que trabaje en todo el stack.',

  'twoJobs.team-groups': {
    summary:
      'El equipo trabaja en los dos extremos, investigación y producto, con poco trabajo de puente entre ellos. Su media cae en el centro, pero casi nadie hace trabajo intermedio: no es un equipo de research engineers.',
    risk: 'Los resultados se atascan entre los dos grupos, y un único título o una única carrera acaba evaluando a un grupo por la columna del otro.',
    options: [
      'Mantener dos carreras con interfaces explícitas entre los grupos: quién entrega qué a quién, y cuándo.',
      'Cubrir el puente: research engineers que lleven los resultados del grupo de investigación al producto.',
      'Con un único título, evaluar a cada grupo por su propia columna y proteger el tiempo del grupo de investigación frente a la hoja de ruta.',
    ],
  },
  'twoJobs.team-everyone': {
    summary:
      'La mayor parte del equipo lleva a la vez los dos extremos, investigación abierta y producto que se lanza, con poco trabajo de puente: cada persona está haciendo dos trabajos en uno.',
    risk: 'A cada persona se la evalúa por una sola columna mientras hace el trabajo de dos, y las apuestas largas de investigación pierden frente a la siguiente fecha de entrega.',
    options: [
      'Separar los roles: que unas personas se encarguen de la investigación y otras de lo que se lanza, cada una evaluada por su propia columna.',
      'Añadir el puente: research engineers que conviertan los resultados en algo que se pueda lanzar, para que nadie tenga que sostener los dos extremos.',
      'Donde alguien mantenga las dos cosas, acordar cuánto de la semana se lleva cada parte, y evaluar cada parte por su propia columna.',
    ],
  },

  'mismatch.title': (role: string, work: string) =>
    `El título dice ${low(role)}, pero el trabajo está ${work}. Un título marca unas expectativas y una carrera, y este apunta a otra columna.`,
  'mismatch.review': (role: string, work: string) =>
    `Se evalúa con métricas de ${low(role)} cuando el trabajo está ${work}: eso es evaluar por la columna equivocada.`,

  'answers.notObject': 'answers debe ser un objeto que asocie ids de pregunta con ids de opción',
  'answers.unknownQuestion': (id: string, known: readonly string[]) =>
    `la pregunta "${id}" no existe; las preguntas son: ${known.join(', ')}`,
  'answers.missing': (id: string, allowed: readonly string[]) =>
    `la pregunta "${id}" no tiene respuesta; elige una de estas: ${allowed.join(', ')}`,
  'answers.unknownOption': (id: string, value: string, allowed: readonly string[]) =>
    `la pregunta "${id}" no tiene la opción ${value}; elige una de estas: ${allowed.join(', ')}`,

  'confidence.high.name': 'Alta',
  'confidence.moderate.name': 'Moderada',
  'confidence.low.name': 'Baja',

  'portfolio.empty': 'indica al menos una línea de trabajo o una persona',
  'portfolio.oneOf':
    'indica exactamente uno de estos campos: "work" (research, rnd o product), "shares" o "result"',
  'portfolio.zeroShares': 'los valores de shares no pueden ser todos cero',

  'request.answers.required':
    'obligatorio: un objeto de id de pregunta → id de opción, p. ej. {"core-question": "ship"} (GET /api/quiz los enumera)',
  'request.answers.shape':
    'debe asociar ids de pregunta a ids de opción, como cadenas, p. ej. {"core-question": "ship"}',
  'request.fields.count': 'como máximo 10 campos ocultos por respuesta',
  'request.fields.name':
    'el nombre de un campo tiene de 1 a 40 caracteres de a-z, 0-9 y _, como utm_source',
  'request.fields.value': 'el valor de un campo es un texto de 200 caracteres como máximo',
  'request.id.required':
    'obligatorio: un UUID que el cliente elige una vez por cuestionario terminado (crypto.randomUUID()) y repite en cada reintento',
  'request.id.shape': 'debe ser un UUID como 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b',

  'preview.callsFor': 'El trabajo pide',
  'preview.between': 'El trabajo queda entre',
  'preview.twoJobs': 'Dos trabajos en uno',
  'preview.title.role': (role: string) => `El trabajo pide: ${role}`,
  'preview.title.between': (first: string, second: string) =>
    `El trabajo queda entre ${first} y ${second}`,
  'preview.title.twoJobs': (first: string, second: string) =>
    `Dos trabajos en uno: ${first} + ${second}`,
  'preview.mix': (research: string, rnd: string, product: string) =>
    `${research} investigación · ${rnd} I+D · ${product} producto`,
  'preview.invite': (questions: number) =>
    `¿Qué rol de IA pide tu trabajo? Descúbrelo en ${questions} preguntas.`,
  'preview.team.eyebrow': 'Tu equipo pregunta',
  'preview.team.headline': '¿Dónde cae tu semana?',
  'preview.team.title': (team: string) => `¿Dónde cae tu semana? Para el equipo «${team}»`,
  'preview.team.description': (questions: number) =>
    `${questions} preguntas sobre el trabajo que llena tu semana, en un minuto. Tu responsable ve el equipo en conjunto, nunca tus respuestas por separado.`,

  'shareCode.damaged': 'este enlace al resultado está dañado o incompleto',
  'shareCode.otherVersion': (version: string, current: number) =>
    `este enlace se creó con la versión ${version} del cuestionario; la versión actual es la ${current}`,
  'shareCode.answerCount': 'este enlace al resultado no tiene el número de respuestas correcto',
  'shareCode.unknownAnswer':
    'este enlace al resultado incluye una respuesta que el cuestionario no tiene',

  'analyze.flag.titleMismatch': (title: string, work: string, phrases: string, role: string) =>
    `El título dice ${low(title)}, pero el trabajo que describe está ${sigla(work)} (${phrases}), y eso es trabajo de ${low(role)}: el título y la carrera deberían seguir al trabajo.`,
  'analyze.flag.wrongColumn.byTitle': (roles: string, phrases: string, title: string) =>
    `Se mide con criterios de ${roles} (${phrases}) cuando el título dice ${low(title)}: eso evalúa el rol con las métricas de otra columna.`,
  'analyze.flag.wrongColumn.byWork': (roles: string, phrases: string, work: string) =>
    `Se mide con criterios de ${roles} (${phrases}) cuando el trabajo está ${sigla(work)}: eso evalúa el rol con las métricas de otra columna.`,
  'analyze.flag.twoJobs.asks': (research: string, product: string) =>
    `Esto pide los dos extremos a la vez: investigación (${research}) y trabajo de producto (${product}), con poco trabajo de puente entre ambos. Son dos trabajos en uno: divide el rol o añade un research engineer que haga de puente.`,
  'analyze.flag.twoJobs.grades': (research: string, product: string) =>
    `Esto evalúa los dos extremos a la vez: investigación (${research}) y trabajo de producto (${product}), con poco trabajo de puente entre ambos. Son dos trabajos en uno: divide el rol o añade un research engineer que haga de puente.`,
  'analyze.flag.noEvidence.none':
    'No hay bastante para decir nada: aquí no hay nada que describa trabajo de investigación, de I+D o de producto. Pega las funciones y los requisitos de la oferta, o los criterios de la rúbrica.',
  'analyze.flag.noEvidence.few':
    'No hay bastante para decir nada: solo una o dos palabras describen el trabajo. Pega las funciones y los requisitos de la oferta, o los criterios de la rúbrica.',
  'analyze.flag.lowEvidence':
    'Solo unas pocas frases dicen en qué consiste el trabajo, así que toma esta ubicación como una conjetura; una descripción más completa de las funciones lo aclararía.',
  'analyze.flag.truncated': (maxChars: number) =>
    `Solo se han leído los primeros ${maxChars} caracteres; el resto del texto se ha quedado fuera.`,
  'analyze.flag.binaryLooking':
    'Esto parecen datos binarios, no texto escrito, así que cualquier ubicación que salga de aquí significa poco.',
  'analyze.invalidText': 'text debe ser una cadena de texto',
  'analyze.roleList': (names: readonly string[]) => names.map(low).join(' y '),
  'analyze.quoted': (phrases: readonly string[]) => phrases.map((p) => `«${p}»`).join(', '),

  'brief.percent': pct,
  'brief.shares': (shares: { research: number; rnd: number; product: number }) =>
    `${pct(shares.research)} investigación, ${pct(shares.rnd)} I+D, ${pct(shares.product)} producto`,
  'brief.confidence': (confidence: number, band: 'high' | 'moderate' | 'low') =>
    `${pct(confidence)} (${BAND[band]})`,
  'brief.title.role': (role: string) => `Ficha del puesto: ${role}`,
  'brief.title.twoJobs': (first: string, second: string) =>
    `Ficha del puesto: dos trabajos en uno (${first} + ${second})`,
  'brief.between': (first: string, second: string) =>
    `El trabajo está entre **${low(first)}** y **${low(second)}**: busca a alguien para la zona en que se solapan, y lee las dos columnas antes de definir la carrera.`,
  'brief.row.work': 'Trabajo',
  'brief.row.workValue': (work: string, shares: string) => `${work} (${shares})`,
  'brief.row.twoJobsValue': (shares: string) => `Dos trabajos (${shares})`,
  'brief.row.largerPart': 'Parte mayor',
  'brief.row.largerPartValue': (role: string, share: number) =>
    `${role} (${pct(share)} de la semana)`,
  'brief.row.position': 'Posición en el espectro',
  'brief.row.positionValue': (position: number) =>
    `${position.toFixed(2).replace('.', ',')} (0 research scientist · 0,5 research engineer · 1 AI engineer)`,
  'brief.row.confidence': 'Confianza',
  'brief.heading.coreQuestion': 'Pregunta central',
  'brief.heading.outputs': 'Entregables',
  'brief.heading.optimizeFor': 'Qué optimizar',
  'brief.heading.gradeOn': 'Evaluar por',
  'brief.heading.dontGradeOn': 'No evaluar por',
  'brief.heading.timeHorizon': 'Horizonte temporal',
  'brief.heading.background': 'Perfil que buscar',
  'brief.heading.titling': 'Títulos',
  'brief.heading.risk': 'El riesgo',
  'brief.heading.waysOut': 'Salidas posibles',
  'brief.part.title': (n: number, role: string, share: number) =>
    `Parte ${n}: ${role} (${pct(share)} de la semana)`,
  'brief.part.gradeOn': 'Evaluar esta parte por',
  'brief.verdict': (regime: string, verdict: string) => `**${regime}.** ${verdict}`,
  'brief.item': (label: string, value: string) => `${label}: ${value}`,
  'brief.titling.risk': 'Riesgo que se asume',
  'brief.titling.manage': 'Cómo gestionarlo',

  ...rubricEs,
  ...auditEs,
};
