// El texto del marco en español: nombres de roles, qué evaluar, la cuadrícula de títulos y los dos trabajos en uno.
import type { FrameworkMessages } from './framework-en.ts';

export const frameworkEs: FrameworkMessages = {
  'role.research-scientist': {
    name: 'Research scientist',
    gradeOn: [
      'La originalidad de las preguntas que plantea y de los métodos que propone',
      'Resultados que otros adoptan y sobre los que construyen: artículos, benchmarks, métodos',
      'El rigor de los experimentos y de su redacción',
      'El avance en las apuestas a largo plazo, juzgado por trimestres y años, no por sprints',
    ],
    dontGradeOn: [
      'Objetivos de disponibilidad, latencia o uso de GPU',
      'Funcionalidades entregadas por sprint',
      'Métricas de producto a corto plazo',
    ],
  },
  'role.research-engineer': {
    name: 'Research engineer',
    gradeOn: [
      'La velocidad de experimentación: lo que tarda una idea en convertirse en un resultado del que el equipo se fía',
      'La reproducibilidad y la fiabilidad de los pipelines de entrenamiento y evaluación',
      'La calidad de los datos y de las métricas en las que se apoya el equipo',
      'Los métodos llevados a escala e incorporados a sistemas',
    ],
    dontGradeOn: [
      'Solo el número de artículos, como si el rol fuera de investigación pura',
      'Solo las métricas de producto, como si el rol fuera trabajo de producto puro',
      'La novedad de ideas que no se le pidió aportar',
    ],
  },
  'role.ai-engineer': {
    name: 'AI engineer',
    gradeOn: [
      'Lo que llegó a producción y con qué fiabilidad funciona',
      'La latencia, el coste y la calidad en producción',
      'La evolución de las métricas de producto y de los resultados de los experimentos',
      'La rapidez con la que el equipo aprende de los usuarios e itera',
    ],
    dontGradeOn: [
      'El número de artículos o de citas',
      'La novedad de los métodos por sí misma',
      'Récords en benchmarks sin relación con los usuarios',
    ],
  },
  'role.inSentence': (name: string) => name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase()),

  'regime.separate-tracks.name': 'Carreras separadas',
  'regime.flat.name': 'Un único título',

  'work.research.name': 'Centrado en la investigación',
  'work.rnd.name': 'Centrado en la I+D',
  'work.product.name': 'Centrado en el producto',
  'grid.research.separate-tracks': {
    verdict:
      'Encaja. Una carrera de investigación propia protege el trabajo abierto de la hoja de ruta y permite medir cada rol por aquello para lo que existe.',
    risk: 'Los traspasos entre grupos, y los roces por ver quién tiene más estatus.',
    manage:
      'Dejar por escrito las interfaces entre los grupos (quién entrega qué a quién, y cuándo) en lugar de esperar a que se arregle solo, y reconocer a los research engineers como coautores de pleno derecho.',
    example:
      'DeepMind mantiene a research scientists y research engineers en carreras separadas; AlphaFold nació en su equipo aplicado, formado sobre todo por research engineers que dedicaron los primeros meses a datos, métricas e infraestructura.',
  },
  'grid.research.flat': {
    verdict:
      'Arriesgado. Sin una carrera propia, el trabajo abierto pierde una y otra vez frente a la siguiente fecha de la hoja de ruta.',
    risk: 'Las apuestas largas quedan arrinconadas, o la investigación se vuelve invisible: la gente sigue ahí, pero la empresa ya no la considera parte de lo que es.',
    manage:
      'Proteger de forma explícita el tiempo y el presupuesto de investigación, y evaluarla por sus resultados de investigación, no por métricas de producción.',
  },
  'grid.rnd.separate-tracks': {
    verdict:
      'Funciona, siempre que un rol de research engineer con nombre propio se encargue del puente entre el resultado y el sistema.',
    risk: 'Si nadie se encarga del puente, los resultados se atascan entre los grupos y los traspasos lo frenan todo.',
    manage:
      'Hacer del research engineer el responsable del puente, con su propia carrera y sus propias métricas (velocidad de experimentación, reproducibilidad, lo que llegó a producción), y no un servicio de soporte para los científicos.',
  },
  'grid.rnd.flat': {
    verdict: 'Funciona, porque en la práctica todo el mundo hace ya trabajo de research engineer.',
    risk: 'El trabajo de traslación pasa desapercibido cuando ningún título lo nombra, y las apuestas de investigación más largas pierden frente a las entregas.',
    manage:
      'Evaluar el trabajo de puente con sus propios criterios (velocidad de experimentación, reproducibilidad, lo que llegó a producción), aunque haya un único título.',
  },
  'grid.product.separate-tracks': {
    verdict:
      'Sobrecarga. Con métodos ya conocidos, las carreras separadas añaden proceso y roces de estatus a cambio de poco.',
    risk: 'Una sensación de dos categorías entre quienes tienen las ideas y quienes las escalan, y entregas más lentas por los traspasos.',
    manage:
      'Si se mantienen las carreras, que la de investigación sea pequeña, ligada a preguntas concretas de producto, y que las dos tengan la misma consideración.',
  },
  'grid.product.flat': {
    verdict:
      'Encaja. Un único título reparte la responsabilidad de lo que se lanza y mantiene al equipo rápido.',
    risk: 'La investigación abierta puede quedar arrinconada por la siguiente fecha de entrega, y a un científico puro quizá no le apetezca vivir de métricas de producción.',
    manage:
      'Reservar una parte protegida del tiempo para apuestas más largas, y no contratar científicos para un rol que se evalúa con métricas de producción.',
    example:
      'OpenAI y Anthropic dan a quienes contratan para investigación y para ingeniería un mismo título, Member of Technical Staff; xAI fue más allá y dice que solo tiene ingenieros.',
  },
  'twoJobs.role': {
    summary:
      'En esta semana caben dos trabajos: investigación abierta y producto que se lanza, con poco trabajo de puente entre ambos. Conviene tratarlo como dos roles, no como el punto medio del research engineer.',
    risk: 'Se evalúe por la columna que se evalúe, buena parte de la semana se mide por la equivocada: la investigación por lo que se ha lanzado, o las entregas por artículos. Las apuestas largas suelen perder frente a la fecha de entrega.',
    options: [
      'Dividirlo: un research scientist para las preguntas abiertas y un AI engineer para lo que se lanza, cada uno con su propia carrera y sus propias métricas.',
      'Añadir el puente: un research engineer que convierta los resultados de investigación en algo que el lado de producto pueda lanzar.',
      'Si por ahora una sola persona lleva las dos cosas, dejar claro cuánto de la semana se lleva cada parte, y evaluar cada parte por su propia columna.',
    ],
  },
  'twoJobs.dontGradeOn': [
    'La parte de investigación por disponibilidad, latencia o funcionalidades entregadas',
    'La parte de producto por artículos, citas o novedad',
  ],
  'note.advice':
    'Esto es un consejo sobre el trabajo, no un veredicto sobre una persona. No lo uses para filtrar ni clasificar candidatos.',
};
