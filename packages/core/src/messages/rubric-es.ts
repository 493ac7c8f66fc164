// El texto de las rúbricas de evaluación en español: niveles, criterios por rol, reconocimiento e interfaces.
import { frameworkEs } from './framework-es.ts';
import type { RubricMessages } from './rubric-en.ts';

/** Un nombre de rol dentro de una frase: «research scientist», «AI engineer». */
const low = (name: string) => frameworkEs['role.inSentence'](name);

export const rubricEs: RubricMessages = {
  'rubric.title.role': (role: string) => `Rúbrica de evaluación: ${role}`,
  'rubric.title.flat': (role: string, title: string) =>
    `Rúbrica de evaluación: trabajo de ${role} con el título ${title}`,
  'rubric.title.twoJobs': 'Rúbrica de evaluación: dos trabajos en uno',
  'rubric.intro': (levels: number) =>
    `${levels} niveles, y cada uno incluye los anteriores. Cada línea nombra algo de lo que quien evalúa puede comprobar evidencias; las listas «No evaluar por» nombran a propósito entregables y métricas de otras columnas.`,
  'rubric.intro.twoJobs': (first: string, second: string, intro: string) =>
    `Una semana en la que caben dos trabajos, ${first} y ${second}: cada parte se evalúa por su propia columna, nunca por la de la otra. ${intro}`,
  // El título común se queda en inglés, como en el glosario y en el resto de los catálogos.
  'rubric.sharedTitle': 'Member of Technical Staff',
  'rubric.track': (role: string) => `Carrera de ${low(role)}`,
  'rubric.level': (level: number, name: string) => `Nivel ${level} — ${name}`,
  'rubric.dimension.bridge.name': 'Trabajo de puente',
  'rubric.forRole': (label: string, role: string) => `${label} (${role})`,
  'rubric.recognition': 'Reconocimiento con un único título',
  'rubric.heading.interfaces': 'Interfaces entre carreras',
  'rubric.interfaces.intro':
    'Quién entrega qué a quién, y cuándo. Cada carrera responde de lo que entrega, no de lo que la siguiente haga con ello.',
  'rubric.interface': (from: string, to: string) => `${from} → ${to}`,

  'rubric.stage.names': [
    'Trabaja con supervisión',
    'Trabaja con autonomía en tareas definidas',
    'Se encarga de una línea de trabajo',
    'Lidera un área',
    'Lidera un grupo de áreas',
    'Marca la dirección de varios equipos',
    'Marca la dirección de la organización',
  ],
  'rubric.stage.scopes': [
    'Hace trabajos bien definidos con la orientación regular de alguien con más experiencia.',
    'Lleva trabajos definidos de principio a fin sin orientación diaria, y pide ayuda en el momento oportuno.',
    'Se encarga de una línea de trabajo de principio a fin: elige el enfoque, lo planifica y responde del resultado.',
    'Lidera un área con varias personas: fija sus objetivos, revisa el trabajo de los demás y hace crecer a las personas del área.',
    'Marca la dirección de un grupo de varias áreas, y es a quien recurren otros líderes ante las decisiones difíciles.',
    'Marca una dirección que siguen varios equipos, y cambia cómo trabajan, no solo lo que hacen.',
    'Marca la dirección de toda la organización, y se le reconoce por ello mucho más allá de ella.',
  ],

  'rubric.cell.research-scientist.core-question': [
    'Trabaja en una pregunta de investigación planteada por un research scientist sénior, y sabe decir qué resultado la respondería.',
    'Convierte un problema ya planteado en hipótesis comprobables, y elige cuál probar primero tras revisarlo con su mentor.',
    'Plantea sus propias preguntas de investigación a partir de la literatura, cada una con el resultado que la zanjaría.',
    'Fija las preguntas abiertas de un área y argumenta por escrito por qué importan más que las alternativas.',
    'Elige en qué problemas abiertos trabaja un grupo, y abandona las preguntas que han dejado de dar fruto.',
    'Define líneas de investigación que adoptan varios equipos, cada una basada en trabajos previos y en resultados iniciales.',
    'Nombra las preguntas abiertas por las que la organización apuesta durante años, y la comunidad investigadora le pide que las formule.',
  ],
  'rubric.cell.research-scientist.output': [
    'Aporta análisis y secciones escritas a un artículo que dirige un research scientist sénior.',
    'Redacta un resultado propio como artículo de workshop o informe interno, que su mentor revisa antes de que salga.',
    'Publica artículos como primer autor o métodos nuevos que resisten la revisión por pares.',
    'Lidera una línea de publicaciones, métodos nuevos o benchmarks nuevos que otros grupos adoptan y citan.',
    'Produce métodos originales o benchmarks nuevos que se adoptan mucho más allá de su propio grupo.',
    'Publica resultados sobre los que construyen otros laboratorios, con artículos que se convierten en la referencia de su tema.',
    'Logra avances decisivos, o una obra que el campo toma como punto de referencia.',
  ],
  'rubric.cell.research-scientist.optimizes-for': [
    'Presenta sus hallazgos con rigor científico: indica cada salvedad e informa también de los resultados negativos.',
    'Elige ideas por su novedad, y contrasta un resultado con el trabajo previo antes de presentarlo como nuevo.',
    'Elige problemas en los que un resultado nuevo importaría, y juzga el avance por lo aprendido más que por lo construido.',
    'Orienta un área hacia el impacto científico, y valora más lo mucho que se adopta un resultado que cuántos artículos produce.',
    'Mantiene los resultados de un grupo en un nivel de novedad y rigor que reconoce la comunidad investigadora.',
    'Fija el listón del impacto científico para varios equipos, y cierra líneas de trabajo que producen artículos pero ninguna idea duradera.',
    'Se le evalúa por su impacto en el campo: ideas, métodos y resultados que otros adoptan durante muchos años.',
  ],
  'rubric.cell.research-scientist.time-horizon': [
    'Planifica su propio trabajo con uno o dos meses de antelación, dentro de un proyecto de investigación de un año o más.',
    'Mantiene un plan de varios meses para una pregunta de investigación, e informa tanto de lo que se descartó como de lo que funcionó.',
    'Lleva un proyecto de investigación de un año o más, con hitos que muestran avances antes del resultado final.',
    'Mantiene una agenda de investigación plurianual para un área, con hitos que quien evalúa puede leer.',
    'Sostiene varias apuestas a largo plazo a la vez, cada una con un punto fijado en el que se decide si sigue o se para.',
    'Planifica la investigación de varios equipos a varios años vista, y protege la investigación a largo plazo de la presión a corto plazo.',
    'Fija las apuestas de investigación plurianuales de la organización y mantiene su financiación en los años de escasez.',
  ],
  'rubric.cell.research-scientist.bridge': [
    'Documenta sus resultados de forma que un colega pueda repetirlos solo con las notas y el código.',
    'Entrega un resultado terminado a los ingenieros que construyen sobre él, con sus preguntas abiertas y sus límites conocidos por escrito.',
    'Redacta el traspaso de un método (qué afirma, dónde falla, qué demostraría que funciona) y responde a las preguntas de los ingenieros que lo retoman.',
    'Acuerda con los ingenieros que llevan adelante los métodos de un área qué cuenta como éxito, y los incluye como autores en los artículos.',
    'Establece un intercambio regular entre el grupo y quienes llevan sus resultados hacia el uso, para que las preguntas fluyan en ambos sentidos.',
    'Decide con los líderes de ingeniería qué resultados están listos para salir del laboratorio, y explica la decisión a los grupos implicados.',
    'Es a quien consultan otros líderes sobre qué problemas abiertos están maduros para su uso, y mantiene en diálogo el lado científico y el de ingeniería.',
  ],

  'rubric.cell.research-engineer.core-question': [
    'Construye la parte de un experimento que ha especificado un research engineer sénior, y comprueba que responde a la pregunta planteada.',
    'Convierte una idea propuesta en un plan de experimentos: qué ejecuciones, qué métricas y cómo distinguir un bug de un hallazgo.',
    'Decide qué infraestructura necesita una serie de experimentos para dar respuestas fiables y rápidas, y la construye.',
    'Se encarga de cómo averigua las cosas un área: su stack de entrenamiento, sus suites de evaluación y qué experimentos puede permitirse.',
    'Decide cómo convierte un grupo las ideas en pruebas de las que puede fiarse, y qué herramientas de investigación compartidas lo hacen rápido.',
    'Fija cómo ejecutan y comparan experimentos varios equipos, para que un resultado de uno se sostenga en otro.',
    'Decide sobre qué plataforma de experimentación construye la organización, para que una idea nueva llegue a una respuesta fiable en días y no en meses.',
  ],
  'rubric.cell.research-engineer.output': [
    'Entrega piezas probadas de código de entrenamiento o de herramientas de evaluación que usan otras personas del equipo.',
    'Construye de principio a fin un pipeline de datos, un entorno de evaluación o un job de entrenamiento, con tests y documentación.',
    'Produce marcos de experimentación o conjuntos de datos curados de los que dependen los resultados del equipo.',
    'Se encarga de la infraestructura de entrenamiento o de las suites de evaluación de un área, y lleva métodos del prototipo a entrenamientos a tamaño completo.',
    'Construye infraestructura de investigación compartida sobre la que funcionan varios proyectos, con constancia de los resultados que hizo posibles.',
    'Lleva métodos mucho más allá de su primera versión, y construye los sistemas que permiten a varios equipos entrenar modelos de ese tamaño.',
    'Produce los sistemas de ML centrales con los que la organización entrena y evalúa, a una escala que pocos equipos alcanzarían por sí solos.',
  ],
  'rubric.cell.research-engineer.optimizes-for': [
    'Mantiene sus ejecuciones reproducibles: semillas fijas, versiones fijadas y resultados que otra persona del equipo puede volver a ejecutar.',
    'Acorta el tiempo entre idea y resultado en sus propios experimentos, y puede mostrar cuánto.',
    'Sigue la velocidad de experimentación y la reproducibilidad de una línea de trabajo, y arregla lo que las frena.',
    'Fija objetivos para la velocidad de iteración de un área y para la frecuencia con que se reproducen sus resultados, y los cumple.',
    'Equilibra velocidad y fiabilidad en los experimentos de un grupo: ablaciones baratas donde bastan, ejecuciones completas donde no.',
    'Fija estándares de reproducibilidad que adoptan varios equipos, y sigue lo rápido que se completan los experimentos en todos ellos.',
    'Se le evalúa por lo rápido que toda la organización puede probar una idea con resultados fiables: velocidad de experimentación a la escala del laboratorio.',
  ],
  'rubric.cell.research-engineer.time-horizon': [
    'Divide sus tareas en pasos de pocos días, dentro de un programa de experimentos que dura meses.',
    'Planifica un componente a uno a tres meses vista, y avisa pronto cuando un entrenamiento o un conjunto de datos va a retrasarse.',
    'Planifica el trabajo de infraestructura con uno o dos trimestres de antelación, y lo mantiene útil mientras cambian las preguntas.',
    'Mantiene el plan de infraestructura de un área para los próximos seis a doce meses, ligado a los experimentos que debe sostener.',
    'Planifica el trabajo en la plataforma de investigación de un grupo con un año de antelación, por etapas que rinden cada una por sí sola.',
    'Planifica infraestructura compartida para varios equipos a uno o dos años vista, y retira lo que ya no compensa lo que cuesta.',
    'Fija un plan a uno o dos años para la infraestructura de entrenamiento de la organización, acorde con los experimentos que se esperan después.',
  ],
  'rubric.cell.research-engineer.bridge': [
    'Trabaja con los research scientists cuyas ideas prueba, y les cuenta lo que mostró cada ejecución.',
    'Convierte ideas de investigación en experimentos que se ejecutan en el clúster del equipo, e informa de las carencias que encuentra.',
    'Traslada resultados de investigación a un sistema sobre el que otros pueden construir: el código, las evaluaciones y una nota sobre dónde falla.',
    'Acuerda con los research scientists de un área qué debe demostrar un método antes de avanzar, y con los ingenieros, qué reciben.',
    'Da soporte a los equipos de investigación de un grupo con una interfaz escrita: qué debe demostrar un resultado antes de llevarlo adelante y quién lo recibe.',
    'Diseña cómo pasan los resultados de la idea al sistema en funcionamiento en varios equipos, y elimina los pasos en los que se atascan.',
    'Construye el puente de la organización entre los resultados del laboratorio y los sistemas en funcionamiento, y es a quien acuden ambos lados cuando falla.',
  ],

  'rubric.cell.ai-engineer.core-question': [
    'Entrega una parte definida de una funcionalidad, y sabe decir cómo se comprobará en producción.',
    'Lleva una funcionalidad del ticket al lanzamiento, y elige cómo usar un modelo existente para el caso de uso.',
    'Decide cómo se construye una funcionalidad para que llegue a producción de forma fiable: qué modelo o API, qué prompts, qué alternativas de respaldo.',
    'Se encarga de cómo llega un área de producto a los usuarios de forma fiable: su ruta de serving, sus límites y qué pasa cuando un modelo se comporta mal.',
    'Fija cómo lanza un grupo funcionalidades de IA: qué debe cumplirse antes de un lanzamiento y qué se vigila después.',
    'Fija patrones comunes para lanzar funcionalidades de IA en varios equipos, para que ningún equipo resuelva dos veces el mismo problema.',
    'Decide qué problemas de los usuarios resuelve la organización con IA en sus productos, y cuáles deja de lado, según lo que ganan los usuarios y el negocio.',
  ],
  'rubric.cell.ai-engineer.output': [
    'Pone en producción cambios pequeños en un servicio, con tests y una forma de revertirlos.',
    'Lanza funcionalidades de principio a fin: el código, la integración y la monitorización que muestra que funcionan.',
    'Lanza funcionalidades de IA en las que confían los usuarios, y hace tests A/B que muestran qué cambiaron.',
    'Se encarga de un servicio de IA en producción y de las funcionalidades construidas sobre él, con tests A/B ganados que el equipo puede señalar.',
    'Entrega servicios sobre los que varios equipos de producto construyen sus funcionalidades.',
    'Pone en producción sistemas que soportan una gran parte del tráfico o de los ingresos del producto, y los mantiene en buen estado.',
    'Lanza las capacidades de IA por las que se conoce a la empresa, y los servicios compartidos sobre los que construye el resto de la organización.',
  ],
  'rubric.cell.ai-engineer.optimizes-for': [
    'Corrige los problemas de latencia, errores y coste que se le señalan, y comprueba cada corrección en la monitorización de producción.',
    'Vigila la latencia, el coste y la tasa de errores de lo que pone en producción, y mantiene cada uno dentro de su objetivo.',
    'Fija objetivos de nivel de servicio para sus funcionalidades y los cumple: disponibilidad, latencia, coste por petición.',
    'Mueve las métricas de producto de un área, como la conversión o la retención, sin salirse del presupuesto de latencia y coste.',
    'Equilibra fiabilidad, coste y ritmo de lanzamiento en los servicios de un grupo, y explica cada compromiso con cifras.',
    'Fija los objetivos de fiabilidad y coste con los que trabajan varios equipos, ligados a las métricas de negocio.',
    'Se le evalúa por lo que la IA aporta al negocio (ingresos, retención, costes ahorrados) con la disponibilidad que esperan los clientes.',
  ],
  'rubric.cell.ai-engineer.time-horizon': [
    'Trabaja en pasos de pocos días, con un cambio en producción cada una o dos semanas.',
    'Planifica su trabajo sprint a sprint y termina lo que se compromete a hacer.',
    'Planifica una funcionalidad a unas semanas o un trimestre vista, con lanzamientos por el camino.',
    'Mantiene la hoja de ruta de un área para el próximo trimestre, y la ajusta según lo que dicen los usuarios y los datos.',
    'Planifica los servicios de un grupo con dos trimestres de antelación sin perder el ritmo constante de lanzamientos.',
    'Planifica el trabajo de IA del producto en varios equipos para los próximos dos o tres trimestres, y abandona lo que ya no compensa.',
    'Fija el plan anual de la IA en el producto, y mantiene un ritmo de entrega constante de un lanzamiento a otro.',
  ],
  'rubric.cell.ai-engineer.bridge': [
    'Pregunta a quienes construyeron un modelo cómo se comporta antes de usarlo, e informa de los fallos que ve en producción.',
    'Convierte en funcionalidad un método que otra persona validó, y deja por escrito dónde se quedó corto para los usuarios.',
    'Da a quienes desarrollan métodos los datos de producción y los casos de fallo que necesitan, y convierte su siguiente versión en un lanzamiento.',
    'Acuerda con los equipos que le entregan los métodos cuáles lleva un área a producción, y qué debe demostrar cada uno antes del lanzamiento.',
    'Establece el circuito que va de los usuarios a quienes construyen los modelos: qué falló, para quién y con qué frecuencia.',
    'Decide con los líderes de investigación qué resultados llevar a producción en varios equipos, y planifica el trabajo de integración.',
    'Se asegura de que lo que aprende el laboratorio pueda llegar a los clientes, y de que lo que enseñan los clientes vuelva al laboratorio.',
  ],

  'rubric.recognition.research-scientist': [
    'Sus hallazgos se publican donde los lee todo el equipo, no solo en un canal de investigación.',
    'Un resultado de investigación suyo se presenta en la revisión del equipo con sus evidencias, como cualquier otro trabajo.',
    'Sus artículos y métodos cuentan para el ascenso tanto como cualquier otro trabajo bajo el título común.',
    'El área que lidera tiene objetivos de investigación propios en el plan, y se evalúa por resultados de investigación.',
    'El tiempo y el presupuesto de investigación de su grupo están protegidos por escrito, e informa de cómo se usaron ambos.',
    'En este nivel, la investigación tiene líderes con nombre propio bajo el título común, con voz en lo que la organización construye después.',
    'La investigación que dirige forma parte de cómo se describe la organización; no es una actividad secundaria.',
  ],
  'rubric.recognition.research-engineer': [
    'Sus correcciones de infraestructura se reconocen con su nombre en los resultados que hicieron posibles.',
    'Los experimentos que construyó aparecen, con su nombre, junto a los resultados que produjeron.',
    'El trabajo de puente del que se encarga se evalúa con sus propios criterios: velocidad de experimentación, reproducibilidad y métodos llevados a sistemas.',
    'Figura en pie de igualdad con el resto de contribuyentes en los resultados que sus sistemas hicieron posibles.',
    'La infraestructura de investigación de su grupo tiene objetivos propios en el plan, no solo peticiones de otros.',
    'Liderar el puente entre equipos es un camino hacia los niveles más altos del título común, no un rol de servicio.',
    'La plataforma de experimentación que dirige se trata como un activo central de la organización, con su propio responsable.',
  ],
  'rubric.recognition.ai-engineer': [
    'Lo que ha puesto en producción se muestra en la revisión del equipo con su efecto en los usuarios.',
    'Sus funcionalidades cuentan por su efecto medido, no solo por el esfuerzo invertido.',
    'Los sistemas de producción de los que se encarga cuentan en la evaluación tanto como cualquier otro trabajo bajo el título común.',
    'Las métricas de producto de su área se revisan nombrando a las personas que las movieron.',
    'El trabajo de fiabilidad que evita incidencias cuenta, no solo los lanzamientos que todo el mundo ve.',
    'Liderar cómo se lanza la IA en varios equipos es un camino hacia los niveles más altos del título común.',
    'Lo que la IA aporta al negocio se comunica nombrando a las personas que hay detrás, nivel por nivel.',
  ],

  'rubric.interface.research-scientist.research-engineer':
    'Un método con lo que afirma, el resultado que demostraría que funciona y el primer código, entregado en cuanto la idea se sostiene en un problema pequeño.',
  'rubric.interface.research-engineer.research-scientist':
    'Resultados de experimentos de los que el research scientist puede fiarse (ejecuciones reproducibles, los datos usados y lo que se descartó), tras cada ronda de experimentos acordada.',
  'rubric.interface.research-engineer.ai-engineer':
    'Un método escalado y empaquetado con sus evaluaciones, sus límites conocidos y lo que cuesta ejecutarlo, en cuanto alcanza el listón acordado para salir del laboratorio.',
  'rubric.interface.ai-engineer.research-engineer':
    'Lo que ocurrió en producción (casos de fallo, los datos que los usuarios aceptaron compartir, la latencia y el coste observados), con un ritmo fijo y de inmediato cuando un modelo falla a los usuarios.',

  'rubric.error.role': (value: string, allowed: readonly string[]) =>
    `rol desconocido ${value}; elige uno de estos: ${allowed.join(', ')}`,
  'rubric.error.regime': (value: string, allowed: readonly string[]) =>
    `esquema de títulos desconocido ${value}; elige uno de estos: ${allowed.join(', ')}`,
  'rubric.error.levels': (value: string, min: number, max: number) =>
    `levels debe ser un número entero de ${min} a ${max}, no ${value}`,
};
