/** The names a function's source declares as parameters, destructured names included. */
function parameterNames(source: string): { names: string[]; body: string } {
  const arrow = /^(?:async\s*)?([A-Za-z_$][\w$]*)\s*=>/.exec(source);
  if (arrow?.[1]) return { names: [arrow[1]], body: source.slice(arrow[0].length) };
  const open = source.indexOf('(');
  let depth = 0;
  let close = open;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    if (depth === 0) {
      close = i;
      break;
    }
  }
  const list = source.slice(open + 1, close);
  // Defaults are dropped; names inside destructuring patterns count one by one.
  const names = list
    .replace(/=[^,}\]]*/g, '')
    .split(/[\s,{}[\]:.]+/)
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  return { names, body: source.slice(close + 1) };
}

/** How a catalogue value is shaped, for comparing one language with another. */
const shapeOf = (value: unknown) =>
  typeof value === 'function'
    ? 'function'
    : Array.isArray(value)
      ? 'list'
      : typeof value === 'object' && value !== null
        ? 'record'
        : typeof value;

/**
 * What is wrong with a catalogue compared with the English one: a key missing or extra, a value
 * of another shape (text, list, record, function), a list of another length, empty text, a
 * function with another number of parameters, or one that drops a parameter (never uses it, so
 * a value the English sentence shows would be lost; name it `_…` where the language needs no such
 * value). Empty when the catalogue is complete.
 * Types catch most of this at compile time; this also catches the dropped value and the list
 * length, which types cannot.
 * @example catalogueProblems(en, de) // ['result.title: missing', …]
 */
export function catalogueProblems(english: object, other: object, path = ''): string[] {
  const problems: string[] = [];
  const theirs = other as Record<string, unknown>;
  const ours = english as Record<string, unknown>;
  for (const key of Object.keys(ours))
    if (!(key in theirs)) problems.push(`${path}${key}: missing`);
  for (const key of Object.keys(theirs))
    if (!(key in ours)) problems.push(`${path}${key}: not in the English catalogue`);
  for (const [key, value] of Object.entries(ours)) {
    if (!(key in theirs)) continue;
    const id = `${path}${key}`;
    const given = theirs[key];
    const shape = shapeOf(value);
    if (shapeOf(given) !== shape) {
      problems.push(`${id}: a ${shapeOf(given)} where English has a ${shape}`);
    } else if (shape === 'string') {
      if (value !== '' && given === '') problems.push(`${id}: empty`);
    } else if (shape === 'list') {
      const list = given as unknown[];
      if (list.length !== (value as unknown[]).length)
        problems.push(
          `${id}: ${list.length} items where English has ${(value as unknown[]).length}`,
        );
      if (list.some((item) => typeof item !== 'string' || item === ''))
        problems.push(`${id}: an item that is not text`);
    } else if (shape === 'record') {
      problems.push(...catalogueProblems(value as object, given as object, `${id}.`));
    } else if (shape === 'function') {
      const fn = given as (...args: unknown[]) => unknown;
      if (fn.length !== (value as () => unknown).length)
        problems.push(
          `${id}: takes ${fn.length} values where English takes ${(value as () => unknown).length}`,
        );
      const { names, body } = parameterNames(fn.toString());
      // A name starting with `_` says "not needed in this language" (English uses a role only
      // to choose "a" or "an"): a deliberate choice, not a dropped value.
      for (const name of names.filter((n) => !n.startsWith('_')))
        if (!new RegExp(`(^|[^\\w$])${name.replace('$', '\\$')}($|[^\\w$])`).test(body))
          problems.push(`${id}: never uses its value "${name}"`);
    }
  }
  return problems;
}
