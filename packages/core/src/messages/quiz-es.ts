// El texto del cuestionario en español: título, introducción, preguntas y opciones.
import type { QuizText } from '../quiz-text.ts';

export const quizTextEs: QuizText = {
  title: '¿Qué rol pide este trabajo?',
  intro:
    'Cinco preguntas sobre el trabajo que ocupa la mayor parte de la semana. Responde pensando en el trabajo, no en la persona que lo hace.',
  'core-question.prompt': '¿Qué pregunta intenta responder ese trabajo?',
  'core-question.option.unknown': '¿Qué es cierto o posible y nadie ha demostrado todavía?',
  'core-question.option.test-idea': '¿Se sostiene esta idea nueva? Hay que demostrarlo, y rápido.',
  'core-question.option.build-to-test':
    '¿Qué hay que construir para que los experimentos sean rápidos y reproducibles?',
  'core-question.option.make-real':
    '¿Cómo convertimos un método que funciona en el laboratorio en un sistema?',
  'core-question.option.ship':
    '¿Cómo lo ponemos en manos de los usuarios de forma fiable, a escala y con un coste razonable?',
  'output.prompt': 'Cuando se termina una parte de ese trabajo, ¿qué hay para enseñar?',
  'output.option.paper': 'Un artículo, un método nuevo o un benchmark nuevo',
  'output.option.prototype':
    'Un prototipo que supera el mejor resultado hasta la fecha, y su informe',
  'output.option.infra':
    'Infraestructura de entrenamiento o de evaluación, datos curados, un marco de experimentación',
  'output.option.scaled': 'Un método que ya funciona a escala, listo para un equipo de producto',
  'output.option.shipped':
    'Un servicio o una funcionalidad en producción, y el efecto que tuvo en las métricas',
  'optimizes-for.prompt': '¿Qué mejora en un buen mes?',
  'optimizes-for.option.novelty':
    'La novedad: un resultado que otros citarán y sobre el que construirán',
  'optimizes-for.option.both':
    'Un resultado publicable, obtenido con experimentos rápidos y cuidadosos',
  'optimizes-for.option.velocity': 'La velocidad de experimentación y la reproducibilidad',
  'optimizes-for.option.quality':
    'La calidad del modelo en evaluaciones que anticipan lo que verán los usuarios',
  'optimizes-for.option.kpis': 'La disponibilidad, la latencia, el coste o una métrica de producto',
  'time-horizon.prompt': '¿Cuánto tarda en saberse si el trabajo ha dado fruto?',
  'time-horizon.option.years': 'Años, y puede que nunca lo dé',
  'time-horizon.option.year-or-two': 'Uno o dos años',
  'time-horizon.option.months': 'Unos meses',
  'time-horizon.option.quarter': 'Más o menos un trimestre',
  'time-horizon.option.weeks': 'Semanas: lo dirá la próxima versión',
  'background.prompt': '¿A quién contratarías mañana para hacer ese trabajo?',
  'background.option.phd': 'Alguien con doctorado y artículos como primer autor en el área',
  'background.option.hybrid':
    'Un perfil investigador que escribe buen código, o uno de ingeniería que lee artículos',
  'background.option.ml-systems':
    'Un perfil fuerte en informática con sistemas de ML a sus espaldas',
  'background.option.applied':
    'Un perfil de ingeniería de software que ya ha hecho fine-tuning, evaluado y servido modelos',
  'background.option.swe':
    'Un perfil de ingeniería de software de producto con experiencia en producción',
  'title.prompt': '¿Qué título tiene hoy la persona que hace este trabajo?',
  'title.help': 'Opcional. No cambia el resultado; muestra si el título encaja con el trabajo.',
  'title.option.research-scientist': 'Research scientist o investigador/a de IA',
  'title.option.research-engineer': 'Research engineer',
  'title.option.engineer': 'Ingeniero/a de ML, de IA o de software',
  'title.option.shared': 'Un título común para todos, como Member of Technical Staff',
  'title.option.none': 'Nadie todavía, u otra cosa',
  'reviewed-on.prompt': '¿Con qué se evalúa hoy a esa persona?',
  'reviewed-on.help':
    'Opcional. No cambia el resultado; muestra si las métricas encajan con el trabajo.',
  'reviewed-on.option.papers': 'Artículos, citas, novedad',
  'reviewed-on.option.velocity': 'Velocidad de experimentación, infraestructura, reproducibilidad',
  'reviewed-on.option.shipping':
    'Lo que se ha puesto en producción: disponibilidad, latencia, coste, métricas de producto',
  'reviewed-on.option.unclear': 'Nada claro por ahora',
};
