/** Colours (Okabe–Ito, safe for colour-blind readers) for PLOVER quad classes and entity types. */
export const QUAD_COLORS: Record<number, string> = {
  1: '#009E73', // verbal cooperation
  2: '#0072B2', // material cooperation
  3: '#E69F00', // verbal conflict
  4: '#D55E00', // material conflict
  0: '#777777',
};

export const QUAD_NAMES: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
  0: 'unknown',
};

export const ENTITY_COLORS: Record<string, string> = {
  PERSON: '#0072B2',
  ORG: '#CC79A7',
  GPE: '#009E73',
  LOC: '#56B4E9',
  NORP: '#E69F00',
  OTHER: '#999999',
};

/** PLOVER categories in the ontology's order, with their quad class (filled from /api/reference/plover). */
export const CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const MODALITIES = ['asserted', 'future', 'hypothetical', 'demanded'] as const;
