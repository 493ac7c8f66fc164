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
  sitsBetween: 'Die Arbeit liegt zwischen',
  twoJobsInOne: 'Zwei Jobs in einem',
  and: (a: string, b: string) => `${a} und ${b}`,
  fills: (kind: string) => `${kind}: So sieht der größte Teil der Woche aus.`,
  leads: (role: string) => `Die Arbeit für ${role} nimmt etwas mehr der Woche ein.`,
  even: 'Beide füllen die Woche zu gleichen Teilen.',
  bands: { high: 'hoch', moderate: 'mittel', low: 'gering' },
  badge: (band: string, percent: number) => `Sicherheit: ${band} · ${percent}\u00a0%`,
  away: (changes: number, role: string) =>
    `${changes === 1 ? 'Eine Antwort' : `${changes} Antworten`} anders, und ${role} läge vorn.`,
  flip: (role: string, prompt: string, label: string) =>
    `Eine einzige andere Antwort ergäbe ${role}: „${prompt}“ → „${label}“.`,
  spectrum: (percent: number) =>
    `Diese Arbeit liegt auf der Linie von Research Scientist bis AI Engineer bei ${percent}\u00a0%`,
  titling: 'Titelmodell',
  gradeOnTitle: 'Woran messen',
  gradePart: (role: string, percent: number) => `Woran den Teil ${role} (${percent}\u202F%) messen`,
  dontGradeOnTitle: 'Woran nicht messen',
  fullResult: 'Ganzes Ergebnis ansehen',
  again: 'Neu beginnen',
  closeDialog: 'Schließen',
};
