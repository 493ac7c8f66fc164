/**
 * A path or value as one shell word, quoted when it holds anything a shell would read otherwise,
 * so a command line the CLI suggests can be pasted as it is.
 * @example shellWord("my posting.md") // "'my posting.md'"
 */
export const shellWord = (word: string): string =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
