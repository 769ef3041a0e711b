import type { Store } from '../store/store.js';
import type { Gate } from './pipeline.js';

/**
 * Ends a run after extraction when the article is a near-copy of one already stored (a syndicated
 * or updated version): the store links it to the original and keeps no facts of it, so analysing
 * it again would be wasted. The document says so in its messages.
 */
export function nearCopyGate(store: Pick<Store, 'nearCopy'>): Gate {
  return {
    after: 'extract',
    async stop(doc) {
      const copy = await store.nearCopy(doc.text);
      if (!copy) return undefined;
      const note = `near-copy of stored article ${copy.duplicateOf} (similarity ${copy.similarity.toFixed(2)}): linked to it, not analysed again`;
      return { severity: 'info', source: 'newsgraph:store', rule: 'near-copy', note };
    },
  };
}
