import {
  REGIME_IDS,
  type RegimeId,
  ROLE_IDS,
  RUBRIC_LEVELS,
  RUBRIC_ROLE_CHOICES,
} from '@rolefit/core';
import { REGIMES, ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { type RubricChoice, recommendedRegime } from './rubric-choice.ts';

const t = messages();

/** How a role choice is named in the form: a role's name, or the split's two. */
export function roleChoiceName(role: string): string {
  const id = ROLE_IDS.find((r) => r === role);
  return id ? ROLES[id].name : t['rubric.form.twoJobs'];
}

const LEVEL_COUNTS = Array.from(
  { length: RUBRIC_LEVELS.max - RUBRIC_LEVELS.min + 1 },
  (_, i) => RUBRIC_LEVELS.min + i,
);

/**
 * The rubric's options: the role (three roles and two jobs in one), the titling regime (radio
 * buttons, the one recommended for the role marked and preselected) and the number of levels.
 * Native controls, each labelled, so the keyboard and screen readers need nothing extra.
 * `onChange` hears every change; choosing another role also picks that role's recommended regime.
 * `linked` is the regime the page's link recommends for the initial role (a result's advice).
 */
export function rubricForm(
  initial: RubricChoice,
  onChange: (choice: RubricChoice) => void,
  linked: RegimeId = recommendedRegime(initial.role),
): HTMLFormElement {
  const role = h(
    'select',
    { id: 'rubric-role', name: 'role' },
    RUBRIC_ROLE_CHOICES.map((choice) =>
      h('option', { value: choice, selected: choice === initial.role }, roleChoiceName(choice)),
    ),
  );
  const levels = h(
    'select',
    { id: 'rubric-levels', name: 'levels' },
    LEVEL_COUNTS.map((n) =>
      h('option', { value: n, selected: n === initial.levels }, t['rubric.form.levels.option'](n)),
    ),
  );
  const radios = new Map<RegimeId, HTMLInputElement>();
  const tags = new Map<RegimeId, HTMLElement>();
  const options = REGIME_IDS.map((id) => {
    const radio = h('input', {
      type: 'radio',
      name: 'regime',
      value: id,
      id: `rubric-regime-${id}`,
      checked: id === initial.regime,
      'aria-describedby': `rubric-regime-${id}-summary`,
    });
    const tag = h('span', { class: 'tag strong' }, t['grid.recommended']);
    radios.set(id, radio);
    tags.set(id, tag);
    return h(
      'div',
      { class: 'regime-option' },
      radio,
      h(
        'label',
        { for: `rubric-regime-${id}` },
        h('span', { class: 'regime-name' }, REGIMES[id].name),
        ' ',
        tag,
      ),
      h(
        'p',
        { class: 'note regime-summary', id: `rubric-regime-${id}-summary` },
        REGIMES[id].summary,
      ),
    );
  });
  // What the link recommends holds for the role it opened with; another role has its own.
  const recommendedNow = () =>
    role.value === initial.role ? linked : recommendedRegime(role.value);
  const markRecommended = () => {
    const recommended = recommendedNow();
    for (const [id, tag] of tags) tag.hidden = id !== recommended;
    return recommended;
  };
  markRecommended();
  const read = (): RubricChoice => ({
    role: role.value,
    regime: REGIME_IDS.find((id) => radios.get(id)?.checked) ?? recommendedNow(),
    levels: Number(levels.value),
  });
  role.addEventListener('change', () => {
    const recommended = radios.get(markRecommended());
    if (recommended) recommended.checked = true;
    onChange(read());
  });
  levels.addEventListener('change', () => onChange(read()));
  for (const radio of radios.values()) radio.addEventListener('change', () => onChange(read()));
  return h(
    'form',
    {
      class: 'card rubric-form no-print',
      'aria-label': t['rubric.form.label'],
      onsubmit: (e: Event) => e.preventDefault(),
    },
    h(
      'div',
      { class: 'rubric-fields' },
      h('div', { class: 'field' }, h('label', { for: 'rubric-role' }, t['rubric.form.role']), role),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'rubric-levels' }, t['rubric.form.levels']),
        levels,
      ),
    ),
    h(
      'fieldset',
      { class: 'rubric-regime' },
      h('legend', null, t['rubric.form.regime']),
      h('div', { class: 'regime-options' }, options),
    ),
  );
}
