import {
  type CheckedDocument,
  type Messages as CoreMessages,
  type DocumentCheck,
  type DocumentKind,
  type DocumentMismatch,
  type RoleId,
  roleInSentence,
  rolesIn,
  uniqueSuggestions,
} from '@rolefit/core';
import { displayWidth, padEndTo } from './display-width.ts';
import type { Messages } from './messages/en.ts';
import { shareLine } from './result-lines.ts';
import { rewriteCommand } from './rewrite-command.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** How the check was asked for: each document's file (`-` for standard input), and `--role`. */
export type CheckRequest = {
  files: Partial<Record<DocumentKind, string>>;
  role?: RoleId | undefined;
};

/** Rows of cells, each column padded to its widest cell (in columns: a wide character counts two). */
function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = (rows[0] ?? []).map((_, i) =>
    Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  return rows.map((row) =>
    (indent + row.map((cell, i) => padEndTo(cell, widths[i] ?? 0)).join('  ')).trimEnd(),
  );
}

/** A document's role as read on its own: one role, between two, two jobs in one, or none. */
function roleOf(d: CheckedDocument, t: Messages, m: CoreMessages): string {
  const roles = rolesIn(m);
  const { between, split } = d.analysis;
  if (split) return split.map((r) => roles[r].name).join(' + ');
  if (between) return t['role.between'](roles[between[0]].name, roles[between[1]].name);
  return d.role ? roles[d.role].name : t['check.role.none'];
}

/** One mismatch: its message and code, the fix, and the role's own measures. */
function mismatchLines(
  x: DocumentMismatch,
  role: RoleId,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
): string[] {
  const name = roleInSentence(role, m);
  const out = [`  ${style.warn('!')} ${x.message} ${style.dim(`[${x.code}]`)}`, `    ${x.fix}`];
  // The fix that says "grade it on …:" introduces the list itself; any other gets a heading.
  if (x.gradeOn.length > 0 && x.action !== 'grade-on') {
    out.push(`    ${t['check.gradeOn'](name)}`);
  }
  out.push(...x.gradeOn.map((g) => `      + ${g}`));
  return out;
}

/**
 * The check of a posting, rubric and ladder as readable text: whether they agree and on which
 * role, a table of each document's role and shares, each mismatch with its fix, and how many
 * rewrites each document has, with the command line that applies them.
 */
export function renderCheck(
  check: DocumentCheck,
  request: CheckRequest,
  style: TerminalStyle,
  t: Messages,
  m: CoreMessages,
): string {
  const { bold, dim } = style;
  const { role, mismatches } = check;
  const out: string[] = [];
  const fileOf = (d: DocumentKind) => {
    const file = request.files[d] ?? '-';
    return file === '-' ? t['input.stdin'] : file;
  };
  if (role === null) {
    out.push(bold(check.summary));
  } else {
    // Two jobs in the posting: the documents are checked against both parts.
    const name = check.split
      ? m['analyze.roleList'](check.split.map((r) => roleInSentence(r, m)))
      : roleInSentence(role, m);
    const headline = check.agree ? check.summary : t['check.disagree'](mismatches.length, name);
    out.push(check.agree ? bold(headline) : style.warn(bold(headline)));
    const source = check.documents.find((d) => d.role !== null)?.document;
    out.push(
      dim(
        request.role || !source
          ? t['check.against.asked'](name)
          : t['check.against.document'](name, t[`check.document.${source}`]),
      ),
    );
  }
  const header = [
    t['check.table.document'],
    t['check.table.file'],
    t['check.table.role'],
    t['check.table.work'],
  ];
  const rows = check.documents.map((d) => [
    t[`check.document.${d.document}`],
    fileOf(d.document),
    roleOf(d, t, m),
    d.shares ? shareLine(d.shares, t) : '',
  ]);
  const [head, ...body] = table([header, ...rows]);
  out.push('', bold(head ?? ''), ...body);
  if (role !== null && mismatches.length > 0) {
    out.push('', bold(t['check.mismatches'](mismatches.length)));
    for (const x of mismatches) out.push(...mismatchLines(x, role, style, t, m));
  }
  const rewrites = check.documents.flatMap((d) => {
    const count = uniqueSuggestions(d.analysis.evidence).length;
    if (count === 0 || role === null) return [];
    const file = request.files[d.document] ?? '-';
    return [
      [
        t[`check.document.${d.document}`],
        t['check.rewrites.count'](count),
        t['check.rewrites.hint'](rewriteCommand(file, role)),
      ],
    ];
  });
  if (rewrites.length > 0) out.push('', bold(t['check.rewrites']), ...table(rewrites));
  out.push('', dim(m['note.advice']));
  return out.join('\n');
}
