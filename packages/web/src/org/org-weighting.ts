import { ORG_WEIGHTINGS, type OrgWeighting } from '@rolefit/core';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import type { OrgView } from './org-api.ts';

const t = messages();

const LABEL: Readonly<Record<OrgWeighting, string>> = {
  responses: t['org.weighting.responses'],
  headcount: t['org.weighting.headcount'],
};

/** Why the view is weighed as it is: as asked, or by answers when a headcount is missing. */
function weighingNote(view: OrgView, asked: OrgWeighting) {
  if (view.weighting === 'headcount') return t['org.weighting.byHeadcount'];
  if (asked === 'headcount')
    return t['org.weighting.noHeadcount'](view.headcounts.given, view.headcounts.of);
  return t['org.weighting.byResponses'];
}

/**
 * The weighting switch: by answers or by headcount, and a line saying which one the view uses
 * and why (headcount needs every contributing team's, so without one the view stays by answers).
 */
export function orgWeighting(
  view: OrgView,
  asked: OrgWeighting,
  onChange: (weighting: OrgWeighting) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'org-weighting' },
    h('legend', null, t['org.weighting.legend']),
    h(
      'div',
      { class: 'org-weighting-options' },
      ORG_WEIGHTINGS.map((w) =>
        h(
          'label',
          null,
          h('input', {
            type: 'radio',
            name: 'weighting',
            value: w,
            checked: w === asked,
            onchange: () => onChange(w),
          }),
          ` ${LABEL[w]}`,
        ),
      ),
    ),
    h(
      'p',
      { class: 'note', 'data-testid': 'weighting-note', 'aria-live': 'polite' },
      weighingNote(view, asked),
    ),
  );
}
