import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { htmlMessages } from './html-messages.ts';
import { ar } from './src/messages/ar.ts';
import { de } from './src/messages/de.ts';
import { en } from './src/messages/en.ts';
import { es } from './src/messages/es.ts';
import { fr } from './src/messages/fr.ts';
import { ja } from './src/messages/ja.ts';
import { zh } from './src/messages/zh.ts';

/**
 * Zod probes for `new Function` the first time a schema is built, to decide whether to compile
 * fast parsers. Under the pages' CSP (`script-src 'self'`, no eval) the probe is refused and
 * reported as a violation even though Zod catches it. `z.config({ jitless: true })` skips the
 * probe, but only if it runs before any schema is built, and the schemas are built as
 * @rolefit/core's modules load. So it goes at the end of Zod's own config module, which every
 * schema module imports first.
 */
const jitlessZod = (): Plugin => ({
  name: 'rolefit:jitless-zod',
  transform(code, id) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
    return { code: `${code}\nconfig({ jitless: true });\n`, map: null };
  },
});

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

// The app is plain HTML pages served by the rolefit server under a strict CSP: every script and
// style must be a file from this origin, so nothing is inlined and there is no preload polyfill.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  appType: 'mpa',
  // Each page is written once per language; its script loads the same language's catalogue.
  plugins: [htmlMessages({ en, es, de, fr, ja, zh, ar }), jitlessZod()],
  // @rolefit/core's TypeScript source, not its build (DEVELOPERS.md, "Builds").
  resolve: { conditions: ['@rolefit/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: page('index'),
        result: page('result'),
        framework: page('framework'),
        rubric: page('rubric'),
        analyze: page('analyze'),
        check: page('check'),
        404: page('404'),
        admin: page('admin'),
        teams: page('teams'),
        'teams/join': page('teams/join'),
        team: page('team'),
        org: page('org'),
      },
    },
  },
});
