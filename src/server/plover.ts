import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's PLOVER ontology (this file sits at src/server/ or dist/server/). */
const ONTOLOGY = fileURLToPath(new URL('../../data/reference/plover/ontology.json', import.meta.url));

export interface PloverReference {
  quadClasses: { name: string; quad: number }[];
  categories: { name: string; quad: number; definition: string }[];
  /** Category → quad class (1 verbal cooperation … 4 material conflict). */
  quadOf: ReadonlyMap<string, number>;
}

interface OntologyFile {
  quad_classes: { name: string; quad_code: number }[];
  categories: { name: string; quad_code: number; definition: string }[];
}

/** Categories and quad classes from data/reference/plover/ontology.json. */
export function loadPloverReference(path = ONTOLOGY): PloverReference {
  const file = JSON.parse(readFileSync(path, 'utf8')) as OntologyFile;
  const categories = file.categories.map((c) => ({ name: c.name, quad: c.quad_code, definition: c.definition }));
  return {
    quadClasses: file.quad_classes.map((q) => ({ name: q.name, quad: q.quad_code })),
    categories,
    quadOf: new Map(categories.map((c) => [c.name, c.quad])),
  };
}
