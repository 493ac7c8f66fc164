import './styles/app.css';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { mountSiteChrome } from './site-chrome.ts';

const t = messages();

mountSiteChrome(null).replaceChildren(
  h(
    'div',
    { class: 'wrap narrow problem' },
    h('p', { class: 'eyebrow' }, t['notFound.eyebrow']),
    h('h1', null, t['notFound.title']),
    h('p', { class: 'lead' }, t['notFound.lead']),
    h(
      'p',
      { class: 'actions-inline' },
      h('a', { class: 'button primary', href: withLanguage('/') }, t['notFound.quiz']),
      h('a', { class: 'button', href: withLanguage('/framework') }, t['notFound.framework']),
    ),
  ),
);
