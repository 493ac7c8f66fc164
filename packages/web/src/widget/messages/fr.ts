// Le texte du widget en français.
import type { Messages } from './en.ts';

/** Première lettre en minuscule, sauf devant un sigle : « ingénieur IA », « à dominante R&D ». */
const lc = (text: string) => text.replace(/^\p{Lu}(?=[\p{Ll} ])/u, (c) => c.toLowerCase());
/** « de » devant un mot, élidé devant une voyelle ou un h, comme l'app : « d’ingénieur IA ». */
const de = (word: string) => (/^[aeiouyhàâéèêëîïôûü]/i.test(word) ? `d’${word}` : `de ${word}`);

export const fr: Messages = {
  progress: (step: number, total: number) => `Question ${step} sur ${total}`,
  back: 'Retour',
  next: 'Suivant',
  finish: 'Voir le résultat',
  pickFirst: 'Choisissez d’abord une réponse.',
  keys: (options: number) =>
    `Clavier : flèches ou 1–${options} pour choisir, Entrée pour continuer.`,
  callsFor: 'Ce travail demande un',
  sitsBetween: 'Ce travail se situe entre',
  twoJobsInOne: 'Deux postes en un',
  and: (a: string, b: string) => `${a} et ${b}`,
  fills: (kind: string) => `Le travail ${lc(kind)} occupe l’essentiel de la semaine.`,
  leads: (role: string) => `Le travail ${de(lc(role))} occupe un peu plus de la semaine.`,
  even: 'Les deux occupent la semaine à parts égales.',
  bands: { high: 'élevée', moderate: 'moyenne', low: 'faible' },
  badge: (band: string, percent: number) => `Confiance ${band} · ${percent}\u00a0%`,
  away: (changes: number, role: string) =>
    `Il suffirait de changer ${changes === 1 ? 'une réponse' : `${changes} réponses`} pour que le rôle ${de(lc(role))} passe en tête.`,
  flip: (role: string, prompt: string, label: string) =>
    `Une seule réponse en ferait ${role} : « ${prompt} » → « ${label} ».`,
  spectrum: (percent: number) =>
    `Ce travail se situe à ${percent}\u00a0% du chemin entre chercheur et ingénieur IA`,
  titling: 'Titres',
  gradeOnTitle: 'Évaluer sur',
  gradePart: (role: string, percent: number) => `Évaluer la partie ${role} (${percent} %) sur`,
  dontGradeOnTitle: 'Ne pas évaluer sur',
  fullResult: 'Voir le résultat complet',
  again: 'Recommencer',
  closeDialog: 'Fermer',
};
