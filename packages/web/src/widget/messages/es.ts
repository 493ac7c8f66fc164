// El texto del widget en español.
import type { Messages } from './en.ts';

export const es: Messages = {
  progress: (step: number, total: number) => `Pregunta ${step} de ${total}`,
  back: 'Atrás',
  next: 'Siguiente',
  finish: 'Ver el resultado',
  pickFirst: 'Elige antes una respuesta.',
  keys: (options: number) => `Teclas: flechas o 1–${options} para elegir, Enter para seguir.`,
  callsFor: 'El trabajo pide un perfil de',
  between: 'El trabajo está entre',
  twoJobs: 'Dos trabajos en uno',
  and: (a: string, b: string) => `${a} y ${b}`,
  confidence: (percent: number) => `${percent}\u00a0% de confianza`,
  work: (kind: string) => `Trabajo ${kind.replace(/^./, (c) => c.toLowerCase())}`,
  spectrum: (position: number) =>
    `Posición ${position.toFixed(2).replace('.', ',')} en la línea que va de research scientist (0) a AI engineer (1)`,
  titling: 'Títulos',
  gradeOn: 'Evaluar por',
  gradePart: (role: string, percent: number) =>
    `Evaluar la parte de ${role} (${percent}\u00a0%) por`,
  dontGradeOn: 'No evaluar por',
  fullResult: 'Ver el resultado completo',
  again: 'Volver a empezar',
};
