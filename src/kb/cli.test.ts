import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { kbCommand } from '../cli/kb.js';
import { loadKb } from './load.js';
import type { Kb } from './types.js';

const kb: Kb = loadKb(undefined, { petrarch: false });

/** Run `kb <args>` and capture what it writes. */
async function run(args: string[]): Promise<{ out: string; err: string; exitCode: number | undefined }> {
  let out = '';
  let err = '';
  const write = process.stdout.write;
  const writeErr = process.stderr.write;
  const before = process.exitCode;
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => ((out += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((err += String(chunk)), true)) as typeof process.stderr.write;
  try {
    await kbCommand({ load: () => kb }).parseAsync(['node', 'x', ...args]);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
  const exitCode = process.exitCode === undefined ? undefined : Number(process.exitCode);
  process.exitCode = before;
  return { out, err, exitCode };
}

describe('kb lookup CLI', () => {
  after(() => {
    process.exitCode = undefined;
  });

  it('prints an entry with its roles, marking the current one', async () => {
    const { out, exitCode } = await run(['lookup', 'Keir Starmer']);
    assert.equal(exitCode, undefined);
    assert.match(out, /^Keir Starmer {2}\(PERSON, id person:keir-starmer\)/);
    assert.match(out, /aliases: Sir Keir Starmer/);
    assert.match(out, /\* Prime Minister, United Kingdom \(GBR\) {2}2024-07-05 to now {2}\[GBRGOV\] {2}\(current\)/);
    assert.match(out, /- Leader of the Opposition, United Kingdom \(GBR\) {2}2020-04-04 to 2024-07-05/);
  });

  it('limits roles to --date and prints JSON', async () => {
    const { out } = await run(['lookup', 'Keir Starmer', '--date', '2022-01-01', '--json']);
    const parsed = JSON.parse(out) as Array<{ id: string; roles: Array<{ title: string; current: boolean }> }>;
    assert.equal(parsed[0]?.id, 'person:keir-starmer');
    assert.deepEqual(parsed[0]?.roles.map((r) => r.title).sort(), ['Leader of the Labour Party', 'Leader of the Opposition']);
    assert.ok(parsed[0]?.roles.every((r) => r.current));
  });

  it('shows demonyms and codes for countries', async () => {
    const { out } = await run(['lookup', 'French']);
    assert.match(out, /^France {2}\(GPE, id FRA\)/);
    assert.match(out, /code: FRA/);
    assert.match(out, /demonyms: French/);
  });

  it('exits 1 with a message when nothing matches', async () => {
    const { out, err, exitCode } = await run(['lookup', 'Witkoff']);
    assert.equal(exitCode, 1);
    assert.equal(out, '');
    assert.match(err, /no entry matches "Witkoff"/);
  });
});
