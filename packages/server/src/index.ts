export {
  type ExportRequest,
  responseExportText,
} from './analytics/response-export-text.ts';
export { type App, type AppDeps, createApp, DEFAULT_MAX_BODY_BYTES } from './app.ts';
export { type ErrorBody, errorBody, HttpError } from './http-error.ts';
export { serveFromEnv } from './main.ts';
export { allowedHostsFrom, publicUrlFrom } from './public-url.ts';
export { DEFAULT_RATE_LIMITS, type RateLimits, rateLimitsFromEnv } from './rate-limits.ts';
export { jsonLogger, type Logger, type LogLine, silentLogger } from './request-log.ts';
export { databaseTimeoutFrom, serverSettingsFromEnv } from './server-env.ts';
export {
  DEFAULT_WEB_ROOT,
  type RunningServer,
  type ServerOptions,
  startServer,
} from './start-server.ts';
export {
  createStore,
  DEFAULT_SQLITE_PATH,
  parseDatabaseUrl,
  type Store,
} from './store/create-store.ts';
export type { NewResponse, ResponseStore, StoredResponse } from './store/response-store.ts';
