import type { Answers } from '@rolefit/core/quiz-schema';
import { widgetFields } from '../shared/campaign-fields.ts';
import { funnelEvents } from '../shared/funnel-events.ts';
import { sendResponse } from './send-response.ts';

// The widget's network code: funnel events and posting a response. It is a chunk of its own
// beside embed.js, fetched only once an `endpoint` is set, so a widget without one (scoring in the
// browser, sending nothing) never loads it (docs/embed.md, "Size"). Resolving the `endpoint`
// attribute against the page is here too, as only a sending widget needs it.

/**
 * The funnel of run `run` for an `endpoint` attribute: its events go beside the responses
 * (`…/events`). (embed.js makes the ids: a module both import would be a chunk of its own.)
 * @example funnelFor('/api/responses', newUuid()) // posts to /api/events
 */
export const funnelFor = (endpoint: string, run: string) =>
  funnelEvents(new URL('events', new URL(endpoint, location.href)).href, run);

/**
 * Post a finished quiz to an `endpoint` attribute, resolved against the page's address, as
 * `POST /api/responses` takes it: its id, its answers, the page as its source, and what the
 * element asks for when it is sent: its `team`, and its hidden fields (`data-field-*`, and the
 * `fields` it names from the page's query string). Read here, so embed.js carries none of it.
 */
export const sendTo = (endpoint: string, id: string, answers: Answers, element: Element) => {
  const team = element.getAttribute('team');
  const fields = widgetFields(element, location.search);
  return sendResponse(new URL(endpoint, location.href).href, {
    id,
    answers,
    source: location.href,
    ...(team ? { team } : {}),
    ...(fields ? { fields } : {}),
  });
};
