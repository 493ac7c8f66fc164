// `@rolefit/server/contract`: the HTTP contract, every request and response body of `/api`. These
// are the schemas the server validates with and publishes at /api/openapi.json. The web app and
// the widget take the types with `import type`, which the build erases, so no server code (nor
// zod) reaches a browser bundle; the CLI and tests may also parse with them.

// Bodies the domain defines, because every surface scores and checks them: they live in core.
export {
  Analysis,
  AnswersBody,
  DocumentCheck,
  Quiz,
  QuizResult,
  ResponseSubmission,
  Rubric,
} from '@rolefit/core';
export {
  EventsAccepted,
  EventsBody,
  ExportQuery,
  FunnelEventBody,
  StatsQuery,
  StatsReport,
} from './analytics/analytics-schemas.ts';
export { ApiError, LanguageQuery } from './api-schemas.ts';
export {
  CreatedOrg,
  JoinOrgBody,
  NewOrgBody,
  OrgView,
  OrgViewQuery,
  OrgViewTeam,
} from './orgs/org-schemas.ts';
export { AnalyzeBody } from './routes/analyze-routes.ts';
export { CheckBody } from './routes/check-routes.ts';
export { RubricBody } from './routes/rubric-routes.ts';
export {
  CreatedTeam,
  DeletedTeam,
  ExportedResponse,
  LeadView,
  LeadViewBody,
  MembersView,
  NewTeamBody,
  TeamExport,
  TeamRounds,
  TeamRoundView,
  TeamSummary,
  Workstream,
  WorkstreamsBody,
  WorkstreamsView,
} from './teams/team-schemas.ts';
export {
  CreatedWebhook,
  DeletedWebhook,
  NewWebhookBody,
  ResponseCreatedData,
  TeamThresholdData,
  WebhookDeliveries,
  WebhookDelivery,
  WebhookEvent,
  WebhookList,
  WebhookPayload,
  WebhookView,
} from './webhooks/webhook-schemas.ts';
