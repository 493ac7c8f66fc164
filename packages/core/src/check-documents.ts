import { z } from 'zod';
import { type Analyzer, analyze, createAnalyzer } from './analyze.ts';
import { levelLabel } from './analyze-levels.ts';
import { DEFAULT_MODEL } from './analyze-model.ts';
import { Analysis } from './analyze-result.ts';
import { uniqueSuggestions } from './analyze-suggestions.ts';
import { grading } from './grading.ts';
import { COLUMN_OF_ROLE, ROLE_IDS, ROLE_OF_COLUMN, type RoleId } from './ids.ts';
import { ColumnSchema, RoleIdSchema, RolePair, Shares } from './ids-schema.ts';
import { en, type Messages } from './messages/en.ts';
import { fail, type Outcome, ok } from './outcome.ts';
import { placementColumns } from './placement.ts';

/** The three documents that grade one role: the posting that hires, the rubric that reviews, the ladder that promotes. */
export const DOCUMENT_KINDS = ['posting', 'rubric', 'ladder'] as const;
/** One of the three documents. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What is wrong with one document against the role the set is for. */
export const MISMATCH_CODES = [
  'other-role',
  'one-part',
  'wrong-levels',
  'level-drift',
  'wrong-measures',
  'not-enough',
] as const;

/** One mismatch: which document, what is wrong, and how to fix it. */
export const DocumentMismatch = z.object({
  document: z.enum(DOCUMENT_KINDS),
  code: z.enum(MISMATCH_CODES),
  message: z.string(),
  /** What to do, in a sentence; `gradeOn` lists the role's own measures where that is the fix. */
  fix: z.string(),
  /**
   * What kind of fix it is: `grade-on` (the fix introduces the `gradeOn` list: grade it on those
   * instead), `rewrite` (apply the document's suggested rewrites) or `describe` (say more).
   */
  action: z.enum(['grade-on', 'rewrite', 'describe']),
  gradeOn: z.array(z.string()),
  /** How many phrases of the document have a suggested rewrite (`evidence[i].suggestion`). */
  suggestions: z.number().int().min(0),
});

/** One document of the set: its role and shares as read on its own, and its full analysis. */
export const CheckedDocument = z.object({
  document: z.enum(DOCUMENT_KINDS),
  name: z.string(),
  role: RoleIdSchema.nullable(),
  /** The columns the document grades: its role's, or both of a between or two-jobs reading. */
  columns: z.array(ColumnSchema),
  shares: Shares.nullable(),
  /** Read against the set's role: levels audited and rewrites suggested toward it. */
  analysis: Analysis,
});

/** Do the posting, the rubric and the ladder for one role grade the same column? */
export const DocumentCheck = z.object({
  /** The role the documents are for: the one asked for, or the first document's that names one. */
  role: RoleIdSchema.nullable(),
  column: ColumnSchema.nullable(),
  /**
   * Both ends when the document that decides the role reads as two jobs in one (and no role was
   * asked for): then each document must grade both parts, each on its own column.
   */
  split: RolePair.nullable(),
  /** True when every document grades the role's column, level by level, with nothing flagged. */
  agree: z.boolean(),
  /** One line: that they agree, or that no role could be named. Empty when there are mismatches. */
  summary: z.string(),
  documents: z.array(CheckedDocument),
  mismatches: z.array(DocumentMismatch),
});

/** The check of a set of documents. */
export type DocumentCheck = z.infer<typeof DocumentCheck>;
/** One mismatch. */
export type DocumentMismatch = z.infer<typeof DocumentMismatch>;
/** One checked document. */
export type CheckedDocument = z.infer<typeof CheckedDocument>;

/** The documents to check (any one or more, as text) and, if known, the role they are for. */
export type DocumentsToCheck = Partial<Record<DocumentKind, unknown>> & { role?: unknown };

const roleName = (m: Messages, role: RoleId) => m['role.inSentence'](m[`role.${role}`].name);

/** What is wrong with one document, read against `role`, as mismatches (none when it agrees). */
function mismatchesOf(
  document: DocumentKind,
  own: Analysis,
  against: Analysis,
  role: RoleId,
  split: readonly [RoleId, RoleId] | null,
  m: Messages,
): DocumentMismatch[] {
  const doc = m[`check.document.${document}`];
  const name = split ? m['analyze.roleList'](split.map((r) => roleName(m, r))) : roleName(m, role);
  const gradeOn = grading({ role, split: split ? [split[0], split[1]] : null }, m).gradeOn;
  const accepted = split ? split.map((r) => COLUMN_OF_ROLE[r]) : [COLUMN_OF_ROLE[role]];
  const suggestions = uniqueSuggestions(against.evidence).length;
  const rewrite = {
    fix: m['check.fix.rewrite'](suggestions),
    action: 'rewrite' as const,
    gradeOn,
    suggestions,
  };
  const grade = {
    fix: m['check.fix.grade'](name),
    action: 'grade-on' as const,
    gradeOn,
    suggestions,
  };
  if (!own.enough) {
    return [
      {
        document,
        code: 'not-enough',
        message: m['check.mismatch.notEnough'](doc),
        fix: m['check.fix.notEnough'],
        action: 'describe',
        gradeOn,
        suggestions: 0,
      },
    ];
  }
  const out: DocumentMismatch[] = [];
  const ownRole = own.split
    ? m['analyze.roleList'](own.split.map((r) => roleName(m, r)))
    : roleName(m, own.role ?? role);
  const covered = placementColumns(own).filter((c) => accepted.includes(c));
  if (split && covered.length === 1 && !own.split) {
    // Two jobs in the posting, one in this document: the other part goes ungraded.
    out.push({
      document,
      code: 'one-part',
      message: m['check.mismatch.onePart'](doc, ownRole, name),
      fix: m['check.fix.twoJobs'],
      action: 'grade-on',
      gradeOn,
      suggestions,
    });
  }
  if (covered.length === 0) {
    out.push({
      document,
      code: 'other-role',
      message: m['check.mismatch.otherRole'](doc, ownRole, name),
      ...grade,
    });
  }
  const wrong = against.levels.filter((l) =>
    l.flags.some((f) => f.code === 'wrong-column-metrics'),
  );
  if (wrong.length > 0) {
    const levels = m['analyze.quoted'](wrong.map((l) => levelLabel(l.name)));
    out.push({
      document,
      code: 'wrong-levels',
      message: m['check.mismatch.levels'](doc, levels, wrong.length, name),
      ...(suggestions > 0 ? rewrite : grade),
    });
  }
  if (wrong.length === 0 && against.flags.some((f) => f.code === 'level-drift')) {
    out.push({ document, code: 'level-drift', message: m['check.mismatch.drift'](doc), ...grade });
  }
  const measures = against.flags.find((f) => f.code === 'wrong-column-metrics');
  if (measures && against.levels.length === 0 && out.length === 0) {
    const phrases = measures.spans
      .map((s) => against.evidence.find((e) => e.start === s.start))
      .flatMap((e) => (e ? [e] : []));
    const columns = [...new Set(phrases.map((e) => e.column))];
    out.push({
      document,
      code: 'wrong-measures',
      message: m['check.mismatch.measures'](
        doc,
        m['analyze.roleList'](columns.map((c) => roleName(m, ROLE_OF_COLUMN[c]))),
        m['analyze.quoted']([...new Set(phrases.map((e) => e.phrase.toLowerCase()))].slice(0, 3)),
        name,
      ),
      ...(suggestions > 0 ? rewrite : grade),
    });
  }
  return out;
}

/**
 * Check that the documents for one role — the job posting that hires, the review rubric that
 * grades, the career ladder that promotes — grade the same column. Each is read on its own
 * (its role and shares) and then against the set's role: `role` when given, else the role of
 * the first document (posting, rubric, ladder) that names one, so the posting decides what the
 * others must grade. When that document asks for two jobs in one, each document must grade both
 * parts (`split`): one that grades only one of them is a mismatch, since the other part of the
 * week would go ungraded. A mismatch says what is wrong with which document and how to fix it;
 * its rewrites are in that document's `analysis.evidence[i].suggestion`. The analyses speak
 * `messages` too, unless another `analyzer` is given.
 * @example checkDocuments({ posting, rubric }).value.mismatches[0]?.message
 */
export function checkDocuments(
  input: DocumentsToCheck,
  messages: Messages = en,
  analyzer: Analyzer = messages === en ? analyze : createAnalyzer(DEFAULT_MODEL, messages),
): Outcome<DocumentCheck> {
  const given = DOCUMENT_KINDS.flatMap((document) =>
    input[document] === undefined ? [] : [{ document, text: input[document] }],
  );
  if (given.length === 0) {
    return fail({
      code: 'no_documents',
      message: messages['check.error.none'],
      allowed: [...DOCUMENT_KINDS],
    });
  }
  if (input.role !== undefined && !(ROLE_IDS as readonly unknown[]).includes(input.role)) {
    return fail({
      code: 'unknown_role',
      message: messages['check.error.role'](JSON.stringify(input.role), ROLE_IDS),
      path: ['role'],
      allowed: [...ROLE_IDS],
    });
  }
  const read: { document: DocumentKind; own: Analysis }[] = [];
  for (const { document, text } of given) {
    const r = analyzer(text);
    if (!r.ok) return fail({ ...r.error, path: [document] });
    read.push({ document, own: r.value });
  }
  const asked = input.role as RoleId | undefined;
  const deciding = read.find((d) => d.own.enough && d.own.role)?.own ?? null;
  const split = asked === undefined && deciding?.split ? deciding.split : null;
  const role = asked ?? deciding?.role ?? null;
  const documents: CheckedDocument[] = read.map(({ document, own }) => {
    // Two jobs: each document is read on its own terms, since either end is the role's.
    const against =
      role && !split ? analyzer(given.find((g) => g.document === document)?.text, { role }) : null;
    return {
      document,
      name: messages[`check.document.${document}`],
      role: own.role,
      columns: placementColumns(own),
      shares: own.shares,
      analysis: against?.ok ? against.value : own,
    };
  });
  if (!role) {
    return ok({
      role: null,
      column: null,
      split: null,
      agree: false,
      summary: messages['check.noRole'],
      documents,
      mismatches: [],
    });
  }
  const mismatches = documents.flatMap((d, i) =>
    mismatchesOf(d.document, read[i]?.own ?? d.analysis, d.analysis, role, split, messages),
  );
  const agree = mismatches.length === 0;
  return ok({
    role,
    column: COLUMN_OF_ROLE[role],
    split,
    agree,
    summary: !agree
      ? ''
      : split
        ? messages['check.agree.twoJobs'](
            messages['analyze.roleList'](split.map((r) => roleName(messages, r))),
          )
        : messages['check.agree'](roleName(messages, role)),
    documents,
    mismatches,
  });
}
