import './styles/app.css';
import { h } from '../shared/h.ts';
import { mountSiteChrome } from './site-chrome.ts';

mountSiteChrome(null).replaceChildren(
  h(
    'div',
    { class: 'wrap narrow problem' },
    h('p', { class: 'eyebrow' }, '404'),
    h('h1', null, 'There is no page here'),
    h('p', { class: 'lead' }, 'The address may be mistyped, or the page may have moved.'),
    h(
      'p',
      { class: 'actions-inline' },
      h('a', { class: 'button primary', href: '/' }, 'Take the quiz'),
      h('a', { class: 'button', href: '/framework' }, 'Read the framework'),
    ),
  ),
);
