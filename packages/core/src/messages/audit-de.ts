// Der Text der Stufenprüfung eines Beurteilungsbogens oder einer Karriereleiter und der Prüfung der drei Dokumente auf Deutsch.
import type { AuditMessages } from './audit-en.ts';

export const auditDe: AuditMessages = {
  'analyze.level.wrongColumn': (level: string, roles: string, phrases: string, role: string) =>
    `${level} bewertet die Arbeit von ${roles} (${phrases}) statt der von ${role}: Messen Sie diese Stufe an der eigenen Spalte der Rolle.`,
  'analyze.level.lowEvidence': (level: string) =>
    `${level} sagt zu wenig über die Arbeit, um zu erkennen, welche Spalte die Stufe bewertet.`,
  'analyze.flag.levelDrift': (from: string, fromRole: string, to: string, toRole: string) =>
    `Die Stufen driften von der Arbeit von ${fromRole} (${from}) zur Arbeit von ${toRole} (${to}). Eine Karriereleiter sollte auf jeder Stufe die Arbeit derselben Rolle bewerten und nach oben hin mehr Verantwortung verlangen.`,

  'check.document.posting': 'Die Stellenanzeige',
  'check.document.rubric': 'Der Beurteilungsbogen',
  'check.document.ladder': 'Die Karriereleiter',
  'check.mismatch.otherRole': (doc: string, docRole: string, role: string) =>
    `${doc} bewertet die Arbeit von ${docRole}, nicht die von ${role}.`,
  'check.mismatch.levels': (doc: string, levels: string, count: number, role: string) =>
    count === 1
      ? `${doc}: Stufe ${levels} bewertet die Arbeit einer anderen Spalte, nicht die von ${role}.`
      : `${doc}: Die Stufen ${levels} bewerten die Arbeit einer anderen Spalte, nicht die von ${role}.`,
  'check.mismatch.drift': (doc: string) =>
    `${doc}: Nach oben hin driften die Stufen von einer Spalte zur anderen.`,
  'check.mismatch.measures': (doc: string, roles: string, phrases: string, role: string) =>
    `${doc} misst die Arbeit von ${role} an den Maßstäben für ${roles} (${phrases}).`,
  'check.mismatch.notEnough': (doc: string) =>
    `${doc} sagt zu wenig über die Arbeit, um zu erkennen, welche Spalte darin bewertet wird.`,
  'check.fix.grade': (role: string) =>
    `Messen Sie stattdessen an dem, wofür die Arbeit von ${role} da ist:`,
  'check.fix.rewrite': (count: number) =>
    count === 1
      ? 'Übernehmen Sie die vorgeschlagene Neufassung der Formulierung, die an einer anderen Spalte misst.'
      : `Übernehmen Sie die ${count} vorgeschlagenen Neufassungen der Formulierungen, die an einer anderen Spalte messen.`,
  'check.fix.notEnough':
    'Sagen Sie, welche Fragen die Arbeit beantwortet, was sie hervorbringt und woran sie gemessen wird – in den Begriffen der Rolle, für die sie gedacht ist.',
  'check.error.none':
    'geben Sie mindestens ein Dokument zum Prüfen an: eine Stellenanzeige, einen Beurteilungsbogen oder eine Karriereleiter',
  'check.error.role': (value: string, allowed: readonly string[]) =>
    `unbekannte Rolle ${value}; möglich sind: ${allowed.join(', ')}`,
  'check.agree': (role: string) => `Alle Dokumente bewerten die Arbeit von ${role}.`,
  'check.noRole':
    'Keines der Dokumente sagt genug über die Arbeit, um eine Rolle zu benennen: Geben Sie eines an, das es tut, oder nennen Sie die Rolle.',
  'check.mismatch.onePart': (doc: string, ownRole: string, both: string) =>
    `${doc} bewertet nur die Arbeit von ${ownRole}, einen der zwei Jobs in dieser Woche (${both}): Der andere Teil bleibt unbewertet.`,
  'check.fix.twoJobs':
    'Teilen Sie die Rolle auf, jeden Teil mit eigener Stellenanzeige, eigenem Beurteilungsbogen und eigener Karriereleiter; oder behalten Sie beide und bewerten Sie jeden Teil an seiner eigenen Spalte:',
  'check.agree.twoJobs': (both: string) =>
    `Jedes Dokument bewertet beide Jobs dieser Woche, ${both}: Beurteilen Sie jeden Teil an seiner eigenen Spalte.`,
};
