/** What every metadata extractor reads: the parsed page, its meta tags and JSON-LD. */
import type { Tree } from '../tree.js';
import type { Thresholds } from '../thresholds.js';
import type { MetaIndex } from './meta-tags.js';
import type { JsonLd } from './json-ld.js';

export interface MetaContext {
  tree: Tree;
  metas: MetaIndex;
  ld: JsonLd;
  /** `hints.url`, the address the page was fetched from. */
  pageUrl: string | null;
  t: Thresholds;
}
