import { NewsgraphError } from '../../errors.js';
import type { Raw } from '../../model/doc.js';

/** One JSON Lines record: `{id, text, title?, url?, published?}` (`date` is read as `published`). */
export function parseRecord(line: string, where: string): Raw {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new NewsgraphError('NG_JSONL_SYNTAX', `${where}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NewsgraphError('NG_JSONL_SYNTAX', `${where}: a line must be a JSON object`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') throw new NewsgraphError('NG_JSONL_FIELD', `${where}: "text" must be a string`);
  const meta: Raw['meta'] = {};
  const id = record.id;
  if (typeof id === 'string' || typeof id === 'number') meta.id = String(id);
  else if (id !== undefined && id !== null) throw new NewsgraphError('NG_JSONL_FIELD', `${where}: "id" must be a string or number`);
  for (const key of ['title', 'url'] as const) {
    const v = record[key];
    if (typeof v === 'string') meta[key] = v;
    else if (v !== undefined && v !== null) throw new NewsgraphError('NG_JSONL_FIELD', `${where}: "${key}" must be a string`);
  }
  const published = record.published ?? record.date;
  if (typeof published === 'string') meta.published = published;
  return { format: 'record', content: record.text, meta };
}
