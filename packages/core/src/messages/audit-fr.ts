// Le texte de l’audit niveau par niveau d’une grille d’évaluation ou d’une échelle de carrière, et de la vérification des trois documents, en français.
import type { AuditMessages } from './audit-en.ts';

/** « de » devant un mot, élidé devant une voyelle ou un h : « de chercheur », « d’ingénieur IA ». */
const de = (word: string) => (/^[aeiouyhàâéèêëîïôûü]/i.test(word) ? `d’${word}` : `de ${word}`);

export const auditFr: AuditMessages = {
  'analyze.level.wrongColumn': (level: string, roles: string, phrases: string, role: string) =>
    `${level} évalue un travail ${de(roles)} (${phrases}) plutôt qu’un travail ${de(role)} : évaluez ce niveau sur la colonne propre au rôle.`,
  'analyze.level.lowEvidence': (level: string) =>
    `${level} en dit trop peu sur le travail pour savoir quelle colonne il évalue.`,
  'analyze.flag.levelDrift': (from: string, fromRole: string, to: string, toRole: string) =>
    `Les niveaux dérivent d’un travail ${de(fromRole)} (${from}) vers un travail ${de(toRole)} (${to}). Une même échelle devrait évaluer le travail d’un seul rôle à chaque niveau, en demandant plus de périmètre à mesure qu’elle monte.`,

  'check.document.posting': 'L’offre d’emploi',
  'check.document.rubric': 'La grille d’évaluation',
  'check.document.ladder': 'L’échelle de carrière',
  'check.mismatch.otherRole': (doc: string, docRole: string, role: string) =>
    `${doc} évalue un travail ${de(docRole)}, et non un travail ${de(role)}.`,
  'check.mismatch.levels': (doc: string, levels: string, count: number, role: string) =>
    count === 1
      ? `${doc} : le niveau ${levels} évalue le travail d’une autre colonne, et non un travail ${de(role)}.`
      : `${doc} : les niveaux ${levels} évaluent le travail d’une autre colonne, et non un travail ${de(role)}.`,
  'check.mismatch.drift': (doc: string) =>
    `${doc} : ses niveaux dérivent d’une colonne à l’autre à mesure qu’ils montent.`,
  'check.mismatch.measures': (doc: string, roles: string, phrases: string, role: string) =>
    `${doc} mesure le travail ${de(role)} selon des critères ${de(roles)} (${phrases}).`,
  'check.mismatch.notEnough': (doc: string) =>
    `${doc} en dit trop peu sur le travail pour savoir quelle colonne elle évalue.`,
  'check.fix.grade': (role: string) => `Évaluez plutôt sur ce à quoi sert le travail ${de(role)} :`,
  'check.fix.rewrite': (count: number) =>
    count === 1
      ? 'Appliquez la reformulation proposée pour l’expression qui évalue une autre colonne.'
      : `Appliquez les ${count} reformulations proposées pour les expressions qui évaluent une autre colonne.`,
  'check.fix.notEnough':
    'Dites à quelle question le travail répond, ce qu’il produit et sur quoi il est évalué, dans les termes du rôle auquel il est destiné.',
  'check.error.none':
    'donnez au moins un document à vérifier : une offre d’emploi, une grille d’évaluation ou une échelle de carrière',
  'check.error.role': (value: string, allowed: readonly string[]) =>
    `rôle inconnu ${value} ; choisissez parmi : ${allowed.join(', ')}`,
  'check.agree': (role: string) => `Tous les documents évaluent un travail ${de(role)}.`,
  'check.noRole':
    'Aucun des documents n’en dit assez sur le travail pour nommer un rôle : donnez-en un qui le fait, ou nommez le rôle.',
  'check.mismatch.onePart': (doc: string, ownRole: string, both: string) =>
    `${doc} n’évalue qu’un travail ${de(ownRole)}, l’un des deux métiers que contient la semaine (${both}) : l’autre partie n’est pas évaluée.`,
  'check.fix.twoJobs':
    'Scindez le rôle, chaque partie avec sa propre offre, sa grille et son échelle ; ou gardez les deux et évaluez chaque partie sur sa propre colonne :',
  'check.agree.twoJobs': (both: string) =>
    `Chaque document évalue les deux métiers de la semaine, ${both} : évaluez chaque partie sur sa propre colonne.`,
};
