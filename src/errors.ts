/**
 * One error type with a stable code. `message` is for developers, `hint` is what a user can act
 * on; the CLI prints `code: hint` and the server sends both. Every code is listed in docs/errors.md.
 */
export const ERROR_CODES = {
  NG_INPUT_NOT_FOUND: { status: 404, hint: 'Check the path; it does not exist.' },
  NG_INPUT_UNREADABLE: { status: 400, hint: 'The file cannot be read (permissions, or a special file).' },
  NG_INPUT_EMPTY: { status: 400, hint: 'The input has no text to analyse.' },
  NG_INPUT_TOO_LARGE: { status: 413, hint: 'The input is larger than the size limit; raise it with --max-bytes.' },
  NG_INPUT_BINARY: { status: 415, hint: 'The input looks like binary data, not text or HTML.' },
  NG_INPUT_ENCODING: { status: 415, hint: 'The input is not valid UTF-8 (or a known encoding).' },
  NG_INPUT_UNSUPPORTED: { status: 415, hint: 'Give .txt, .html, .htm, .jsonl (optionally .gz), a directory, a URL or -.' },
  NG_INPUT_BAD_GZIP: { status: 400, hint: 'The .gz file is corrupt or truncated.' },
  NG_JSONL_SYNTAX: { status: 400, hint: 'Each line of a .jsonl file must be one JSON object.' },
  NG_JSONL_FIELD: { status: 400, hint: 'Each JSON Lines record needs a string "text" (and may have id, title, url, published).' },
  NG_URL_INVALID: { status: 400, hint: 'Give an http:// or https:// URL.' },
  NG_URL_FORBIDDEN: { status: 403, hint: 'The URL points to a private, loopback or link-local address; pass --allow-private to allow it.' },
  NG_URL_FETCH: { status: 502, hint: 'The page could not be fetched; check the URL and your connection.' },
  NG_STAGE_FAILED: { status: 500, hint: 'A pipeline stage failed on this article; the message names it.' },
  NG_STAGE_UNKNOWN: { status: 400, hint: 'Unknown stage name; see `newsgraph analyze --help` for the list.' },
  NG_STAGE_REQUIRES: { status: 400, hint: 'A stage needs the output of a stage that was disabled.' },
  NG_NER_MODEL_FORMAT: { status: 500, hint: 'The NER model file is damaged or from another version; reinstall, or rebuild it with npm run train:ner.' },
  NG_STORE_OPEN: { status: 500, hint: 'The database cannot be opened; check the path and that it is a newsgraph database.' },
  NG_QUEUE: { status: 503, hint: 'The job queue in PostgreSQL cannot be used; check the --db URL and that the server is running.' },
  NG_STORE_NOT_FOUND: { status: 404, hint: 'No article with that id in the database.' },
  NG_USAGE: { status: 400, hint: 'See `newsgraph --help`.' },
  NG_API_BAD_REQUEST: { status: 400, hint: 'Check the request against the API description at /openapi.json.' },
  NG_API_UNAUTHORIZED: { status: 401, hint: 'Send the server\'s token as "Authorization: Bearer <token>".' },
  NG_API_HOST: { status: 403, hint: 'Open the server by its loopback address (http://127.0.0.1:<port>/), or serve with --host and --token.' },
  NG_API_NOT_FOUND: { status: 404, hint: 'No such route; see /openapi.json for the API.' },
  NG_API_TOO_LARGE: { status: 413, hint: 'The request body is larger than the server accepts.' },
  NG_API_MEDIA_TYPE: { status: 415, hint: 'Send the body as JSON with "Content-Type: application/json".' },
  NG_API_INTERNAL: { status: 500, hint: 'Something went wrong on the server; its log has the details.' },
  NG_API_BUSY: { status: 503, hint: 'The server is analysing other articles; try again in a moment.' },
} as const satisfies Record<string, { status: number; hint: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class NewsgraphError extends Error {
  override readonly name = 'NewsgraphError';
  readonly code: ErrorCode;
  readonly hint: string;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint ?? ERROR_CODES[code].hint;
    this.status = ERROR_CODES[code].status;
  }
}

export function isNewsgraphError(error: unknown): error is NewsgraphError {
  return error instanceof NewsgraphError;
}

/** One line for a person: what failed and what to do. */
export function describeError(error: unknown): string {
  if (isNewsgraphError(error)) return `${error.code}: ${error.message}. ${error.hint}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
