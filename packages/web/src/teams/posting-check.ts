import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import type { PostingComparison } from './posting-comparison.ts';
import type { TeamSummary } from './team-api.ts';
import { card } from './team-map-view.ts';

const t = messages();

// As on /analyze: long enough not to redraw on every key, short enough to feel live.
const DEBOUNCE_MS = 180;

type Comparison = typeof import('./posting-comparison.ts');

/**
 * The dashboard card where the lead pastes the posting for the team's next hire and sees, as they
 * type, which role it hires beside the team's centre of gravity and the gaps in its mix. Core's
 * analyzer reads the text in this browser, fetched on first use so the dashboard loads without
 * it; the posting itself is sent nowhere.
 * @example h('div', null, teamMapView(summary, members), postingCheck(summary))
 */
export function postingCheck(summary: TeamSummary): HTMLElement {
  const input = h('textarea', {
    id: 'posting-check-text',
    name: 'posting',
    rows: 8,
    spellcheck: 'false',
    'aria-describedby': 'posting-check-privacy',
    placeholder: t['team.posting.placeholder'],
  });
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const result = h('div', { class: 'posting-result', 'data-chars': '' });
  let module: Promise<Comparison> | undefined;
  // A fetch that failed (offline) is tried again on the next keystroke.
  const load = () =>
    (module ??= import('./posting-comparison.ts').catch((error: unknown) => {
      module = undefined;
      throw error;
    }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let turn = 0;

  async function draw() {
    const text = input.value;
    const mine = ++turn;
    let shown: PostingComparison = { view: [], line: '' };
    if (text.trim() !== '') {
      const compared = await load().then(
        (m) => m.comparePosting(text, summary),
        () => null,
      );
      // A later keystroke has drawn, or is drawing, a newer text.
      if (mine !== turn) return;
      const failed = t['team.posting.loadFailed'];
      shown = compared ?? { view: [h('p', { class: 'lead' }, failed)], line: failed };
    }
    result.replaceChildren(...shown.view);
    if (status.textContent !== shown.line) status.textContent = shown.line;
    result.dataset.chars = String(text.length);
  }

  // Fetching on focus means the analyzer is usually there by the time the first paste is drawn.
  input.addEventListener('focus', () => void load().catch(() => {}));
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void draw(), DEBOUNCE_MS);
  });
  const section = card(
    'posting-check',
    t['team.posting.heading'],
    h('p', { class: 'note' }, t['team.posting.lead']),
    h('label', { for: 'posting-check-text' }, t['team.posting.label']),
    input,
    h(
      'p',
      { id: 'posting-check-privacy', class: 'privacy' },
      richText(t['analyze.privacy'], { strong: (text) => h('strong', null, text) }),
    ),
    status,
    result,
  );
  section.classList.add('posting-check');
  section.dataset.testid = 'posting-check';
  return section;
}
