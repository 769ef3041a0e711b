import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from './helpers/cli.js';

const SEED = join(ROOT, '../shared/seed');

test('the seed article end to end, scored by shared/seed/check.mjs', async () => {
  const r = await runCli(['analyze', join(SEED, 'article.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const out = join(tempDir(), 'seed.json');
  writeFileSync(out, r.stdout);
  let report: string;
  try {
    report = execFileSync(process.execPath, [join(SEED, 'check.mjs'), join(SEED, 'expected.json'), out], { encoding: 'utf8' });
  } catch (error) {
    report = (error as { stdout: string }).stdout;
  }
  const sections = Object.fromEntries([...report.matchAll(/^(\w+): (\d+)\/(\d+)$/gm)].map((m) => [m[1], [Number(m[2]), Number(m[3])]]));
  // The article section is the foundation's bar; the others hold what the analysis stages reach.
  for (const section of ['article', 'entities', 'quotes', 'events', 'claims', 'flags']) {
    const [got, of] = sections[section] ?? [0, -1];
    assert.equal(got, of, `${section}: ${got}/${of}\n${report}`);
  }
});
