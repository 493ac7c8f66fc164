// El texto del widget en español.
import type { Messages } from './en.ts';

/** Un nombre dentro de una frase: «Centrado en la I+D» → «centrado en la I+D»; «AI engineer» no cambia. */
const low = (name: string) => name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase());

export const es: Messages = {
  progress: (step: number, total: number) => `Pregunta ${step} de ${total}`,
  back: 'Atrás',
  next: 'Siguiente',
  finish: 'Ver el resultado',
  pickFirst: 'Elige antes una respuesta.',
  keys: (options: number) => `Teclas: flechas o 1–${options} para elegir, Enter para seguir.`,
  callsFor: 'El trabajo pide un perfil de',
  sitsBetween: 'El trabajo está entre',
  twoJobsInOne: 'Dos trabajos en uno',
  and: (a: string, b: string) => `${a} y ${b}`,
  fills: (kind: string) => `El trabajo ${low(kind)} ocupa la mayor parte de la semana.`,
  leads: (role: string) => `El trabajo de ${low(role)} ocupa algo más de la semana.`,
  even: 'Los dos ocupan la semana a partes iguales.',
  bands: { high: 'alta', moderate: 'moderada', low: 'baja' },
  badge: (band: string, percent: number) => `Confianza ${band} · ${percent}\u00a0%`,
  away: (changes: number, role: string) =>
    `Con ${changes === 1 ? 'una sola respuesta distinta' : `${changes} respuestas distintas`}, pasaría a dominar ${role}.`,
  flip: (role: string, prompt: string, label: string) =>
    `Una sola respuesta lo convertiría en ${role}: «${prompt}» → «${label}».`,
  spectrum: (percent: number) =>
    `Este trabajo está al ${percent}\u00a0% del camino de research scientist a AI engineer`,
  titling: 'Títulos',
  gradeOnTitle: 'Evaluar por',
  gradePart: (role: string, percent: number) =>
    `Evaluar la parte de ${role} (${percent}\u00a0%) por`,
  dontGradeOnTitle: 'No evaluar por',
  fullResult: 'Ver el resultado completo',
  again: 'Volver a empezar',
  closeDialog: 'Cerrar',
};
