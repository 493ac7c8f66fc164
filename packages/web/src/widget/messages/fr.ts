// Le texte du widget en français.
import type { Messages } from './en.ts';

/** Première lettre en minuscule, sauf devant un sigle : « à dominante R&D ». */
const lc = (text: string) => text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

export const fr: Messages = {
  progress: (step: number, total: number) => `Question ${step} sur ${total}`,
  back: 'Retour',
  next: 'Suivant',
  finish: 'Voir le résultat',
  pickFirst: 'Choisissez d’abord une réponse.',
  keys: (options: number) =>
    `Clavier : flèches ou 1–${options} pour choisir, Entrée pour continuer.`,
  callsFor: 'Ce travail demande un',
  between: 'Ce travail se situe entre',
  twoJobs: 'Deux postes en un',
  and: (a: string, b: string) => `${a} et ${b}`,
  confidence: (percent: number) => `Confiance : ${percent} %`,
  work: (kind: string) => `travail ${lc(kind)}`,
  spectrum: (position: number) =>
    `Position ${position.toFixed(2).replace('.', ',')} sur la ligne qui va de chercheur (0) à ingénieur IA (1)`,
  titling: 'Titres',
  gradeOn: 'Évaluer sur',
  gradePart: (role: string, percent: number) => `Évaluer la partie ${role} (${percent} %) sur`,
  dontGradeOn: 'Ne pas évaluer sur',
  fullResult: 'Voir le résultat complet',
  again: 'Recommencer',
};
