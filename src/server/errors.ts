/**
 * Errors of the HTTP API. Every answer that is not a success is JSON `{code, message, hint}`.
 * Errors newsgraph raises on purpose (NewsgraphError; the API's codes are NG_API_* in src/errors.ts) keep their code
 * and status; anything else is masked as NG_API_INTERNAL with a generic message (and logged).
 */
import type { FastifyError } from 'fastify';
import { ERROR_CODES, isNewsgraphError, type ErrorCode } from '../errors.js';

/** The body of every error answer. */
export interface ErrorBody {
  code: string;
  message: string;
  hint: string;
}

/** Fastify's own client errors (bad JSON, body too large, …) → API codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'NG_API_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'NG_API_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'NG_API_BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'NG_API_BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'NG_API_BAD_REQUEST',
  FST_ERR_VALIDATION: 'NG_API_BAD_REQUEST',
};

/** Status and body for any error; `masked` is true when the error was not raised on purpose. */
export function errorAnswer(error: unknown): { status: number; body: ErrorBody; masked: boolean } {
  if (isNewsgraphError(error)) {
    return { status: error.status, body: { code: error.code, message: error.message, hint: error.hint }, masked: false };
  }
  const fe = error as Partial<FastifyError> | null;
  if (fe && typeof fe === 'object') {
    if (fe.validation) {
      const message = `invalid request: ${fe.message ?? 'schema mismatch'}`;
      return { status: 400, body: { code: 'NG_API_BAD_REQUEST', message, hint: ERROR_CODES.NG_API_BAD_REQUEST.hint }, masked: false };
    }
    const code = fe.code ? FASTIFY_CODES[fe.code] : undefined;
    if (code) {
      const { status, hint } = ERROR_CODES[code];
      return { status, body: { code, message: fe.message ?? code, hint }, masked: false };
    }
    // http-errors from static serving (@fastify/send): a path outside the UI's files, a dot-file, a NUL byte.
    const status = (fe as { status?: unknown }).status ?? fe.statusCode;
    if ((fe as { expose?: unknown }).expose === true && typeof status === 'number' && status >= 400 && status < 500) {
      const code: ErrorCode = status === 403 || status === 404 ? 'NG_API_NOT_FOUND' : 'NG_API_BAD_REQUEST';
      const message = code === 'NG_API_NOT_FOUND' ? 'no such file' : 'bad request';
      return { status: ERROR_CODES[code].status, body: { code, message, hint: ERROR_CODES[code].hint }, masked: false };
    }
    // Other client errors fastify raises on purpose (4xx with an FST_ code): keep the status, generic code.
    if (fe.code?.startsWith('FST_') && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return { status: fe.statusCode, body: { code: 'NG_API_BAD_REQUEST', message: fe.message ?? 'bad request', hint: ERROR_CODES.NG_API_BAD_REQUEST.hint }, masked: false };
    }
  }
  return {
    status: 500,
    body: { code: 'NG_API_INTERNAL', message: 'internal server error', hint: ERROR_CODES.NG_API_INTERNAL.hint },
    masked: true,
  };
}
