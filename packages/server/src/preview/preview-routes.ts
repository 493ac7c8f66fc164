import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { decodeAnswers, type QuizResult, rolesIn, score } from '@rolefit/core';
import type { Context } from 'hono';
import { errorResponses, LanguageQuery } from '../api-schemas.ts';
import { HttpError } from '../http-error.ts';
import { type LanguagePacks, type Speech, speechOf } from '../language.ts';
import { type LinkPolicy, linkOrigin } from '../public-url.ts';
import type { RouteRules } from '../route-rules.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewCard, previewPng } from './preview-image.ts';
import { PICTURE_LANGUAGES, resultCard, resultTitle } from './result-preview.ts';

/** Where a shared result's picture is drawn. */
export const RESULT_PREVIEW_PATH = '/api/preview/result.png';
/** Where the picture of every other page is drawn. */
export const SITE_PREVIEW_PATH = '/api/preview/site.png';
/** Where a team's join link's picture is drawn: the team's name and the invitation, nothing more. */
export const TEAM_PREVIEW_PATH = '/api/preview/team.png';

/** The team a join code admits to, by name; undefined for none. */
export type JoinableTeams = (joinCode: string) => Promise<{ name: string } | undefined>;

/**
 * Whether the picture's font (Inter, Latin letters) can draw `text`: Latin letters with their
 * accents, digits, punctuation and the typographer's quotes and dashes. A team named in another
 * script is left off its picture rather than drawn as empty boxes.
 */
const drawable = (text: string) => /^[\u0020-\u017f\u2010-\u2027\u2030-\u205e]*$/.test(text);

/** Pictures kept drawn, most recently asked for last; a result's picture never changes. */
const KEEP = 256;

/** A small cache of drawn pictures by key, dropping the one asked for least recently. */
function pictureCache() {
  const kept = new Map<string, Promise<Buffer>>();
  return (key: string, draw: () => Promise<Buffer>) => {
    const found = kept.get(key);
    if (found) {
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const drawn = draw();
    drawn.catch(() => kept.delete(key));
    kept.set(key, drawn);
    if (kept.size > KEEP) kept.delete(kept.keys().next().value as string);
    return drawn;
  };
}

/** A result from its share code, in the speech's language, or what is wrong with the code. */
function sharedResult(speech: Speech, code: string): QuizResult | { problem: string } {
  const answers = decodeAnswers(speech.quiz, code, speech.messages);
  if (!answers.ok) return { problem: answers.error.message };
  const result = score(speech.quiz, answers.value, speech.messages);
  return result.ok ? result.value : { problem: result.error.message };
}

/** The speech a picture is drawn in: the request's, or English where the font lacks its letters. */
const pictureSpeech = (packs: LanguagePacks, speech: Speech) =>
  PICTURE_LANGUAGES.includes(speech.language) ? speech : packs.english;

const png = (c: Context, body: Buffer) =>
  c.body(new Uint8Array(body), 200, {
    'Content-Type': 'image/png',
    // The same code and language always give the same picture, until the app is updated.
    'Cache-Control': 'public, max-age=86400',
  });

const TeamPreviewQuery = LanguageQuery.extend({
  team: z
    .string()
    .max(64)
    .openapi({
      param: { name: 'team', in: 'query' },
      description: 'The join code, as in /teams/join?team=…',
    }),
});

const PreviewQuery = LanguageQuery.extend({
  a: z
    .string()
    .max(64)
    .openapi({
      param: { name: 'a', in: 'query' },
      description: 'The share code, as in /result?a=…',
      example: '1-13222',
    }),
});

/**
 * `GET /api/preview/result.png?a=…` and `/api/preview/site.png`: the 1200×630 pictures link
 * previews show (og:image), drawn on the server from the share code, and kept.
 */
export function previewRoutes(
  app: OpenAPIHono,
  packs: LanguagePacks,
  rules: RouteRules,
  teams: JoinableTeams,
): void {
  const cached = pictureCache();
  const picture = {
    200: {
      description: `A ${PREVIEW_WIDTH}×${PREVIEW_HEIGHT} PNG`,
      content: { 'image/png': { schema: z.string().openapi({ format: 'binary' }) } },
    },
  };

  app.openapi(
    createRoute({
      middleware: [rules.writes],
      method: 'get',
      path: RESULT_PREVIEW_PATH,
      summary: "A shared result's link-preview picture",
      description:
        'The role (or the two), the mix of work and its place on the spectrum, for `og:image`. Drawn in the language asked for when its letters are Latin (en, es, de, fr), else in English.',
      request: { query: PreviewQuery },
      responses: { ...picture, ...errorResponses(422, 429) },
    }),
    async (c) => {
      const speech = pictureSpeech(packs, speechOf(c, packs.english.quiz));
      const { a } = c.req.valid('query');
      const result = sharedResult(speech, a);
      if ('problem' in result) throw new HttpError(422, 'invalid_share_code', result.problem);
      const card = resultCard(result, speech.messages, speech.quiz.questions.length);
      return png(c, await cached(`${speech.language}:${a}`, () => previewPng(card)));
    },
  );

  app.openapi(
    createRoute({
      middleware: [rules.writes],
      method: 'get',
      path: TEAM_PREVIEW_PATH,
      summary: "A team join link's link-preview picture",
      description:
        "The team's name (when its letters are Latin) and the invitation to answer: nothing about who answered or how. Drawn in the language asked for when its letters are Latin (en, es, de, fr), else in English.",
      request: { query: TeamPreviewQuery },
      responses: { ...picture, ...errorResponses(404, 429) },
    }),
    async (c) => {
      const speech = pictureSpeech(packs, speechOf(c, packs.english.quiz));
      const { team: code } = c.req.valid('query');
      const team = await teams(code);
      if (!team) throw new HttpError(404, 'unknown_team', (m) => m.unknown_team);
      const m = speech.messages;
      const roles = rolesIn(m);
      const card: PreviewCard = {
        eyebrow: drawable(team.name) ? team.name : m['preview.team.eyebrow'],
        headline: m['preview.team.headline'],
        mix: m['preview.invite'](speech.quiz.questions.length),
        markers: [],
        ends: [
          roles['research-scientist'].name,
          roles['research-engineer'].name,
          roles['ai-engineer'].name,
        ],
        footer: '',
      };
      // Keyed by the name too: a code is never reused, but a cached picture must not outlive it.
      const key = `${speech.language}:team:${code}:${team.name}`;
      return png(c, await cached(key, () => previewPng(card)));
    },
  );

  app.openapi(
    createRoute({
      middleware: [rules.writes],
      method: 'get',
      path: SITE_PREVIEW_PATH,
      summary: "The site's link-preview picture",
      request: { query: LanguageQuery },
      responses: { ...picture, ...errorResponses(429) },
    }),
    async (c) => {
      const speech = pictureSpeech(packs, speechOf(c, packs.english.quiz));
      const roles = rolesIn(speech.messages);
      const card: PreviewCard = {
        eyebrow: 'rolefit',
        headline: speech.messages['preview.invite'](speech.quiz.questions.length),
        markers: [],
        ends: [
          roles['research-scientist'].name,
          roles['research-engineer'].name,
          roles['ai-engineer'].name,
        ],
        footer: '',
      };
      return png(c, await cached(`${speech.language}:site`, () => previewPng(card)));
    },
  );
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The link-preview tags for a page about to be served (Open Graph and Twitter's card): its title
 * and description as the page has them, and a picture; for a shared result (`/result?a=…`), the
 * result's own title, role summary and picture. Added into the page's head. Only on an origin
 * links may be built on (`linkOrigin`), since the tags carry absolute URLs.
 */
export function previewTags(policy: LinkPolicy, teams: JoinableTeams) {
  return async (c: Context, html: string): Promise<string> => {
    const origin = linkOrigin(c.req.url, policy);
    if (!origin) return html;
    const speech = c.get('language')?.speech;
    if (!speech) return html;
    const lang = speech.language === 'en' ? '' : `&lang=${speech.language}`;
    let title = unescapeHtml(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'rolefit');
    let description = unescapeHtml(
      /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '',
    );
    let image = `${origin}${SITE_PREVIEW_PATH}${lang.replace('&', '?')}`;
    const code = c.req.path === '/result' ? c.req.query('a') : undefined;
    const shared = code ? sharedResult(speech, code) : null;
    const result = shared && !('problem' in shared) ? shared : null;
    if (code && result) {
      title = resultTitle(result, speech.messages);
      description = result.twoJobs?.summary ?? speech.messages[`profile.${result.role}.summary`];
      image = `${origin}${RESULT_PREVIEW_PATH}?a=${encodeURIComponent(code)}${lang}`;
    }
    // A join link unfurls with its team's name and the invitation; a dead one, as any page.
    const joinCode = c.req.path === '/teams/join' ? c.req.query('team') : undefined;
    const team = joinCode && joinCode.length <= 64 ? await teams(joinCode) : undefined;
    if (joinCode && team) {
      title = speech.messages['preview.team.title'](team.name);
      description = speech.messages['preview.team.description'](speech.quiz.questions.length);
      image = `${origin}${TEAM_PREVIEW_PATH}?team=${encodeURIComponent(joinCode)}${lang}`;
    }
    const url = `${origin}${c.req.path}${new URL(c.req.url).search}`;
    const tags = [
      ['property', 'og:type', 'website'],
      ['property', 'og:site_name', 'rolefit'],
      ['property', 'og:title', title],
      ['property', 'og:description', description],
      ['property', 'og:url', url],
      ['property', 'og:image', image],
      ['property', 'og:image:width', String(PREVIEW_WIDTH)],
      ['property', 'og:image:height', String(PREVIEW_HEIGHT)],
      ['property', 'og:image:alt', title],
      ['property', 'og:locale', speech.language],
      ['name', 'twitter:card', 'summary_large_image'],
      ['name', 'twitter:title', title],
      ['name', 'twitter:description', description],
      ['name', 'twitter:image', image],
    ]
      .map(
        ([key, name, content]) =>
          `<meta ${key}="${name}" content="${escapeAttribute(content as string)}" />`,
      )
      .join('\n    ');
    const withTitle =
      code && result
        ? html.replace(
            /<title>[^<]*<\/title>/,
            `<title>${escapeAttribute(title)} · rolefit</title>`,
          )
        : html;
    return withTitle.replace('</head>', `    ${tags}\n  </head>`);
  };
}
