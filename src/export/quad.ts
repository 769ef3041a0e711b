import type { PloverCategory } from '../model/doc.js';

/** PLOVER quad class per category (ontology.json `categories[].quad_code`): 1 verbal coop … 4 material conflict. */
export const QUAD_CODE: Readonly<Record<PloverCategory, 1 | 2 | 3 | 4>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** YYYY-MM-DD of a document's publication date, or null. */
export function docDate(published: string | null): string | null {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return m ? m[1]! : null;
}
