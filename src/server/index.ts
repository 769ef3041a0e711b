export { buildServer, DEFAULT_WEB_ROOT, MAX_BODY_BYTES, type App, type ServerOptions } from './app.js';
export { errorAnswer, type ErrorBody } from './errors.js';
export { isLoopbackHost } from './auth.js';
