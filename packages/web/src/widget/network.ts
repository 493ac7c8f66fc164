/**
 * The widget's network code: funnel events and posting a response. It is a chunk of its own
 * beside embed.js, fetched only once an `endpoint` is set, so a widget without one (scoring in the
 * browser, sending nothing) never loads it (docs/embed.md, "Size").
 */
export { funnelEvents } from '../shared/funnel-events.ts';
export { sendResponse } from './send-response.ts';
