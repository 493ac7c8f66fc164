import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

// The <rolefit-quiz> widget as one self-contained ES module, dist/embed.js, plus its demo page.
// Runs after the app build into the same dist/, so it must not empty it.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Copy the static demo page and its stylesheet next to embed.js. */
function embedDemo(): Plugin {
  return {
    name: 'rolefit-embed-demo',
    generateBundle() {
      for (const fileName of ['embed-demo.html', 'embed-demo.css']) {
        this.emitFile({
          type: 'asset',
          fileName,
          source: readFileSync(here(`src/widget/${fileName}`), 'utf8'),
        });
      }
    },
  };
}

export default defineConfig({
  root: here('.'),
  publicDir: false,
  logLevel: 'warn',
  plugins: [embedDemo()],
  // @rolefit/core's TypeScript source, not its build (DEVELOPERS.md, "Builds").
  resolve: { conditions: ['@rolefit/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    cssMinify: true,
    // Lib mode keeps whitespace and annotations in ES output for other bundlers; this file goes
    // straight to browsers, so minify it fully.
    rolldownOptions: { output: { minify: true, comments: false } },
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: {
      entry: here('src/widget/embed.ts'),
      formats: ['es'],
      fileName: () => 'embed.js',
    },
  },
});
