// El texto de la revisión nivel por nivel de una rúbrica de evaluación o escalera de carrera, y de la comprobación de los tres documentos, en español.
import type { AuditMessages } from './audit-en.ts';

export const auditEs: AuditMessages = {
  'analyze.level.wrongColumn': (level: string, roles: string, phrases: string, role: string) =>
    `${level} evalúa trabajo de ${roles} (${phrases}) en lugar de trabajo de ${role}: evalúa este nivel por la columna propia del rol.`,
  'analyze.level.lowEvidence': (level: string) =>
    `${level} dice demasiado poco sobre el trabajo para saber qué columna evalúa.`,
  'analyze.flag.levelDrift': (from: string, fromRole: string, to: string, toRole: string) =>
    `Los niveles se desvían del trabajo de ${fromRole} (${from}) al trabajo de ${toRole} (${to}). Una misma escalera debería evaluar el trabajo de un solo rol en cada nivel y pedir más alcance a medida que sube.`,

  'check.document.posting': 'La oferta de empleo',
  'check.document.rubric': 'La rúbrica de evaluación',
  'check.document.ladder': 'La escalera de carrera',
  'check.mismatch.otherRole': (doc: string, docRole: string, role: string) =>
    `${doc} evalúa trabajo de ${docRole}, no trabajo de ${role}.`,
  'check.mismatch.levels': (doc: string, levels: string, count: number, role: string) =>
    count === 1
      ? `${doc}: el nivel ${levels} evalúa trabajo de otra columna, no trabajo de ${role}.`
      : `${doc}: los niveles ${levels} evalúan trabajo de otra columna, no trabajo de ${role}.`,
  'check.mismatch.drift': (doc: string) =>
    `${doc}: sus niveles se desvían de una columna a otra a medida que suben.`,
  'check.mismatch.measures': (doc: string, roles: string, phrases: string, role: string) =>
    `${doc} mide el trabajo de ${role} con criterios de ${roles} (${phrases}).`,
  'check.mismatch.notEnough': (doc: string) =>
    `${doc} dice demasiado poco sobre el trabajo para saber qué columna evalúa.`,
  'check.fix.grade': (role: string) => `Evalúa por lo que debe lograr el trabajo de ${role}:`,
  'check.fix.rewrite': (count: number) =>
    count === 1
      ? 'Aplica la reescritura propuesta para la frase que evalúa otra columna.'
      : `Aplica las ${count} reescrituras propuestas para las frases que evalúan otra columna.`,
  'check.fix.notEnough':
    'Di a qué pregunta responde el trabajo, qué produce y con qué se mide, en los términos del rol al que corresponde.',
  'check.error.none':
    'indica al menos un documento que comprobar: una oferta, una rúbrica o una escalera de carrera',
  'check.error.role': (value: string, allowed: readonly string[]) =>
    `rol desconocido ${value}; elige uno de estos: ${allowed.join(', ')}`,
  'check.agree': (role: string) => `Todos los documentos evalúan trabajo de ${role}.`,
  'check.noRole':
    'Ninguno de los documentos dice lo bastante sobre el trabajo para nombrar un rol: aporta uno que lo haga o indica el rol.',
  'check.mismatch.onePart': (doc: string, ownRole: string, both: string) =>
    `${doc} solo evalúa trabajo de ${ownRole}, uno de los dos trabajos que tiene la semana (${both}): la otra parte queda sin evaluar.`,
  'check.fix.twoJobs':
    'Divide el rol, cada parte con su propia oferta, rúbrica y escalera; o mantén ambos y evalúa cada parte por su propia columna:',
  'check.agree.twoJobs': (both: string) =>
    `Cada documento evalúa los dos trabajos de la semana, ${both}: evalúa cada parte por su propia columna.`,
};
