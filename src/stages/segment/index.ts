import { defineStage } from '../../pipeline/stage.js';
import { segmentText } from '../../text/segment.js';

export { segmentText } from '../../text/segment.js';
export { tokenize } from '../../text/tokenize.js';
export { splitSentences } from '../../text/sentences.js';

/** Sentences and tokens with offsets. */
export const segment = defineStage({
  name: 'segment',
  requires: ['text'],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    return segmentText(doc.text);
  },
});
