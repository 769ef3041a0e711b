import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, NewsgraphError, describeError } from '../src/errors.js';
import { ROOT } from './helpers/cli.js';

test('every error code is documented in docs/errors.md with its status and hint', () => {
  const doc = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
  for (const [code, { status, hint }] of Object.entries(ERROR_CODES)) {
    assert.ok(doc.includes(`| \`${code}\` | ${status} | ${hint} |`), `${code} missing or out of date in docs/errors.md`);
  }
});

test('errors carry code, status, hint and cause; the CLI line names all', () => {
  const cause = new Error('inner');
  const e = new NewsgraphError('NG_INPUT_EMPTY', 'x.txt is empty', { cause });
  assert.equal(e.status, 400);
  assert.equal(e.cause, cause);
  assert.equal(describeError(e), `NG_INPUT_EMPTY: x.txt is empty. ${ERROR_CODES.NG_INPUT_EMPTY.hint}`);
});
