import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** The size link previews (Open Graph, Twitter's large card) expect. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** What a preview picture shows: the words, the mix, and where the work sits on the spectrum. */
export type PreviewCard = {
  eyebrow: string;
  headline: string;
  /** The mix of work in words, and as shares (0–1) for the bar beneath; none on the site's card. */
  mix?: string;
  shares?: { research: number; rnd: number; product: number };
  /** Positions (0 research scientist … 1 AI engineer) to mark on the spectrum. */
  markers: number[];
  /** The spectrum's three labels, left to right. */
  ends: [string, string, string];
  footer: string;
};

// The web app's colours (packages/web/src/app/styles), so the picture looks like the page.
const INK = '#1b1f27';
const MUTED = '#5a6170';
const PAPER = '#fbfaf7';
const COLUMN_COLOURS = { research: '#6a4fd6', rnd: '#0a6b66', product: '#a8500d' } as const;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, ...children: unknown[]): Node => ({
  type,
  props: { style: { display: 'flex', ...style }, children },
});

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | null =
  null;
/** Inter, regular and bold, from @fontsource (Latin letters, accents included). */
const loadFonts = () => {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(
        require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
      ),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
};

function layout(card: PreviewCard): Node {
  const { shares } = card;
  const bar =
    shares &&
    el(
      'div',
      { width: 520, height: 20, marginTop: 20, borderRadius: 10, overflow: 'hidden' },
      ...(['research', 'rnd', 'product'] as const)
        .filter((column) => shares[column] > 0)
        .map((column) =>
          el('div', { width: `${shares[column] * 100}%`, backgroundColor: COLUMN_COLOURS[column] }),
        ),
    );
  const long = card.headline.length > 28;
  const markers = card.markers.map((position) =>
    el('div', {
      position: 'absolute',
      left: `${position * 100}%`,
      top: -14,
      width: 44,
      height: 44,
      marginLeft: -22,
      borderRadius: '50%',
      backgroundColor: INK,
      border: `6px solid ${PAPER}`,
    }),
  );
  const spectrum = el(
    'div',
    { flexDirection: 'column', width: '100%' },
    el(
      'div',
      { position: 'relative', width: '100%', height: 16 },
      el('div', {
        width: '100%',
        height: 16,
        borderRadius: 8,
        backgroundImage: `linear-gradient(90deg, ${COLUMN_COLOURS.research}, ${COLUMN_COLOURS.rnd}, ${COLUMN_COLOURS.product})`,
      }),
      ...markers,
    ),
    el(
      'div',
      { justifyContent: 'space-between', marginTop: 22, fontSize: 26, color: MUTED },
      ...card.ends.map((end) => el('div', {}, end)),
    ),
  );
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      backgroundColor: PAPER,
      color: INK,
      fontFamily: 'Inter',
    },
    el(
      'div',
      { flexDirection: 'column' },
      el('div', { fontSize: 30, color: MUTED }, card.eyebrow),
      el(
        'div',
        { fontSize: long ? 56 : 72, fontWeight: 700, lineHeight: 1.1, marginTop: 10 },
        card.headline,
      ),
      ...(card.mix ? [el('div', { fontSize: 32, marginTop: 22, color: MUTED }, card.mix)] : []),
      ...(bar ? [bar] : []),
    ),
    spectrum,
    el(
      'div',
      { justifyContent: 'space-between', fontSize: 26, color: MUTED },
      el('div', { fontWeight: 700, color: INK }, 'rolefit'),
      el('div', {}, card.footer),
    ),
  );
}

/**
 * The picture a shared link unfurls with: 1200×630 PNG, drawn from `card` by satori (layout to
 * SVG) and resvg (SVG to PNG), with no browser.
 * @example await previewPng({ eyebrow: 'The work calls for', headline: 'AI engineer', … })
 */
export async function previewPng(card: PreviewCard): Promise<Buffer> {
  const svg = await satori(layout(card) as never, {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH } }).render().asPng();
}
