/**
 * The default export of a chunk built beside embed.js under its own name, `embed/<name>.js`: a
 * language (`de`, which fetches `de-framework` itself) or the popup and slide-in
 * (`dialog`). Named, not hashed, so one loader serves them all: embed.js carries one
 * `import()` for every chunk asked for by name.
 * @example loadEmbedChunk<WidgetLanguage>('de').then((words) => words.quiz.title)
 */
export function loadEmbedChunk<T>(name: string): Promise<T> {
  // A base in a variable, so the bundler leaves the URL alone: the chunks are built apart.
  const base = import.meta.url;
  return import(/* @vite-ignore */ new URL(`embed/${name}.js`, base).href).then(
    (chunk) => chunk.default,
  );
}
