import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { en } from './src/widget/messages/en.ts';
import { widgetLanguageEntries, widgetLanguages } from './widget-languages.ts';

// The <rolefit-quiz> widget as one self-contained ES module, dist/embed.js, plus its demo page.
// Runs after the app build into the same dist/, so it must not empty it.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Copy the static demo page and its stylesheet next to embed.js, and the host's types as
 * embed.d.ts (types/embed.d.ts, checked against the source by test/embed-types.test.ts).
 */
function embedDemo(): Plugin {
  return {
    name: 'rolefit-embed-demo',
    generateBundle() {
      for (const [fileName, path] of [
        ['embed-demo.html', 'src/widget/embed-demo.html'],
        ['embed-demo.css', 'src/widget/embed-demo.css'],
        ['embed.d.ts', 'types/embed.d.ts'],
      ] as const) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(here(path), 'utf8') });
      }
    },
  };
}

/**
 * A second minifying pass with terser over rolldown's output: it finds about 120 B gzip more
 * (joined declarations, shorter conditionals) that the widget's budget needs. It also shortens
 * the property names MANGLED_PROPS lists (rolldown can only do that for a single chunk), with one
 * name cache for every chunk so a name shortened in embed.js reads the same in the chunks it
 * loads.
 */
function terserPass(): Plugin {
  return {
    name: 'rolefit-embed-terser',
    // After rolldown has minified the chunk: terser alone does worse than both in a row.
    async generateBundle(_options, bundle) {
      const nameCache = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          // pure_getters: no getter in this bundle has side effects, so unused reads can go.
          // unsafe (about 30 B gzip): here it turns template literals and String(x) into `+`
          // joins and reads elements of constant arrays (core's boundaries) in place. That holds
          // because the bundle only puts strings and numbers into text and never changes a
          // constant array; the browser tests compare the widget's result with core's score().
          // Not unsafe_comps: with NaN, `a <= b` and `!(a > b)` differ.
          compress: {
            passes: 2,
            pure_getters: true,
            unsafe: true,
            unsafe_arrows: true,
            unsafe_methods: true,
          },
          // Shorten property names that never leave the bundle (MANGLED_PROPS). Never a name of
          // the rolefit:* event details, the posted bodies, an id or a DOM API the bundle uses;
          // the browser tests run this build. Saves about 140 B gzip.
          // `builtins`: these names are ours even where the DOM has a property of the same name
          // (`title`, `prompt`, `at`…); the bundle reads none of those DOM properties.
          mangle: { properties: { regex: MANGLED_PROPS, builtins: true } },
          nameCache,
          format: { comments: false },
        });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

const BROWSERS = ['chrome105', 'edge105', 'firefox121', 'safari16.4'];

/**
 * Property names terser shortens (see terserPass): core's internal search paths, quiz steps and
 * confidence bands, the quiz fields the widget reads, the views' props, the widget's words (a
 * language's `text` and `framework`) and every id of its catalogue, which en.ts keeps apart from
 * the result's fields (messages.test.ts checks).
 */
const MANGLED_PROPS = new RegExp(
  `^(${[
    ...['path', 'count', 'moved', 'changed', 'prev', 'question', 'option', 'steps', 'kind'],
    ...['at', 'number', 'of', 'step', 'picked', 'track', 'band', 'questions', 'weights'],
    ...['prompt', 'title', 'intro', 'locale', 'context', 'onBack', 'onNext', 'onAgain'],
    ...['fullResultLink', 'text', 'framework', 'listen'],
    ...Object.keys(en),
  ].join('|')})$`,
);

export default defineConfig({
  root: here('.'),
  publicDir: false,
  logLevel: 'warn',
  plugins: [embedDemo(), widgetLanguages(), terserPass()],
  // @rolefit/core's TypeScript source, not its build (DEVELOPERS.md, "Builds").
  resolve: { conditions: ['@rolefit/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // The oldest browsers the widget supports (docs/embed.md, "Browsers"): constructable
    // stylesheets, :has() and container queries. Keeps CSS the minifier would otherwise split.
    target: BROWSERS,
    cssTarget: BROWSERS,
    minify: true,
    cssMinify: true,
    // Lib mode keeps whitespace and annotations in ES output for other bundlers; this file goes
    // straight to browsers, so minify it fully.
    rolldownOptions: {
      output: {
        minify: { compress: true, mangle: true, codegen: true },
        // Chunks the widget loads on demand (the network code, other languages) sit in embed/,
        // named by content so they can be cached for good.
        chunkFileNames: 'embed/[name]-[hash].js',
        comments: false,
      },
    },
    copyPublicDir: false,
    reportCompressedSize: false,
    // embed.js, and beside it embed/<lang>.js and embed/<lang>-framework.js for each language but
    // English (data only, loaded when the widget is asked for that language).
    lib: {
      entry: {
        embed: here('src/widget/embed.ts'),
        'embed/dialog': here('src/widget/quiz-dialog.ts'),
        ...widgetLanguageEntries,
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
  },
});
