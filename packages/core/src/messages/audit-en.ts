import type { Catalogue } from './catalogue.ts';

/**
 * The English text of the level-by-level audit of a rubric or career ladder (`analyze`'s
 * `levels`) and of the three-documents check (`checkDocuments`), merged into `en`. Level names
 * arrive as the text wrote them ("L3", "Level 2"); roles and kinds of work mid-sentence.
 */
export const auditEn = {
  /** `level` as written, `roles` the other columns' roles, `phrases` quoted, `role` the intended one. */
  'analyze.level.wrongColumn': (level: string, roles: string, phrases: string, role: string) =>
    `${level} grades ${roles} work (${phrases}) rather than ${role} work: grade this level on the role's own column.`,
  'analyze.level.lowEvidence': (level: string) =>
    `${level} says too little about the work to tell which column it grades.`,
  /** `from` and `to` list levels ("L1", "L2"); `fromRole` and `toRole` are roles mid-sentence. */
  'analyze.flag.levelDrift': (from: string, fromRole: string, to: string, toRole: string) =>
    `The levels drift from ${fromRole} work (${from}) to ${toRole} work (${to}). One ladder should grade one role's work at every level, asking for more scope as it rises.`,

  /** What each document is, at the start of a sentence and in a table. */
  'check.document.posting': 'The job posting',
  'check.document.rubric': 'The review rubric',
  'check.document.ladder': 'The career ladder',
  /** `doc` a document's name, `docRole` and `role` roles mid-sentence. */
  'check.mismatch.otherRole': (doc: string, docRole: string, role: string) =>
    `${doc} grades ${docRole} work, not ${role} work.`,
  /** `levels` quoted level names, `count` how many. */
  'check.mismatch.levels': (doc: string, levels: string, count: number, role: string) =>
    count === 1
      ? `${doc}: level ${levels} grades another column than ${role} work.`
      : `${doc}: levels ${levels} grade another column than ${role} work.`,
  'check.mismatch.drift': (doc: string) =>
    `${doc}: its levels drift from one column to another as they rise.`,
  /** `roles` the other columns' roles, `phrases` quoted. */
  'check.mismatch.measures': (doc: string, roles: string, phrases: string, role: string) =>
    `${doc} measures ${role} work on ${roles} terms (${phrases}).`,
  'check.mismatch.notEnough': (doc: string) =>
    `${doc} says too little about the work to tell which column it grades.`,
  /** Followed by the role's own measures, as a list. */
  'check.fix.grade': (role: string) => `Grade it on what ${role} work is for:`,
  'check.fix.rewrite': (count: number) =>
    count === 1
      ? 'Apply the suggested rewrite of the phrase that grades another column.'
      : `Apply the ${count} suggested rewrites of the phrases that grade another column.`,
  'check.fix.notEnough':
    'Say what the work answers, produces and is measured on, in the terms of the role it is for.',
  'check.error.none': 'give at least one document to check: a posting, a rubric or a ladder',
  /** `value` is what was sent, as JSON. */
  'check.error.role': (value: string, allowed: readonly string[]) =>
    `unknown role ${value}; choose one of: ${allowed.join(', ')}`,
  'check.agree': (role: string) => `Every document grades ${role} work.`,
  'check.noRole':
    'None of the documents says enough about the work to name a role: give one that does, or name the role.',
  /** `ownRole` the one part the document grades, `both` the two jobs, mid-sentence. */
  'check.mismatch.onePart': (doc: string, ownRole: string, both: string) =>
    `${doc} grades only ${ownRole} work, one of the two jobs the week holds (${both}): the other part goes ungraded.`,
  'check.fix.twoJobs':
    'Split the role, each part with its own posting, rubric and ladder; or keep both and grade each part on its own column:',
  /** `both` the two jobs, mid-sentence. */
  'check.agree.twoJobs': (both: string) =>
    `Every document grades both jobs the week holds, ${both}: review each part on its own column.`,
};

/** What a catalogue of the audit text must hold: every key of `auditEn`, same shapes. */
export type AuditMessages = Catalogue<typeof auditEn>;
