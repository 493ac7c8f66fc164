// Die Texte des Widgets auf Deutsch.
import type { Messages } from './en.ts';

export const de: Messages = {
  progress: (step: number, total: number) => `Frage ${step} von ${total}`,
  back: 'Zurück',
  next: 'Weiter',
  finish: 'Zum Ergebnis',
  pickFirst: 'Bitte zuerst eine Antwort wählen.',
  keys: (options: number) => `Tasten: Pfeile oder 1–${options} zum Wählen, Enter zum Fortfahren.`,
  callsFor: 'Die Arbeit verlangt',
  between: 'Die Arbeit liegt zwischen',
  twoJobs: 'Zwei Jobs in einem',
  and: (a: string, b: string) => `${a} und ${b}`,
  confidence: (percent: number) => `${percent}\u202F% sicher`,
  work: (kind: string) => kind,
  spectrum: (position: number) =>
    `Position ${position.toFixed(2).replace('.', ',')} auf der Linie von Research Scientist (0) bis AI Engineer (1)`,
  titling: 'Titelmodell',
  gradeOn: 'Woran messen',
  gradePart: (role: string, percent: number) => `Woran den Teil ${role} (${percent}\u202F%) messen`,
  dontGradeOn: 'Woran nicht messen',
  fullResult: 'Ganzes Ergebnis ansehen',
  again: 'Neu beginnen',
};
