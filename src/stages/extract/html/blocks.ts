/**
 * The element tree → a flat list of text blocks (paragraph units), in document order, each with
 * the features the content scorer needs: length, characters inside links, kind, and the element
 * that owns it. Iterative walk; structural chrome (tags, roles, hidden) is skipped here.
 */
import type { Child, Element } from './tree.js';
import { BLOCK_TAGS, HEADING_TAGS } from './patterns.js';
import { isStructuralChrome } from './clean.js';

export type BlockKind = 'p' | 'heading' | 'li' | 'quote' | 'pre' | 'cell' | 'other';

export interface Block {
  text: string;
  /** Length of `text`. */
  chars: number;
  /** Characters inside `<a>`. */
  linkChars: number;
  kind: BlockKind;
  /** Id of the innermost block-level element that holds the text. */
  owner: number;
  /** 1–6 for headings (h1–h6), 0 otherwise. */
  level: number;
}

const KIND_OF_TAG: Record<string, BlockKind> = {
  p: 'p', li: 'li', dd: 'li', dt: 'li', blockquote: 'quote', pre: 'pre', tr: 'cell', caption: 'cell',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
};

const SPACE_RUN = /\s+/g;

/** Marker pushed on the walk stack to signal leaving an element. */
interface Exit {
  exit: Element;
}

export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let headingDepth = 0;
  let headingLevel = 0;
  let pendingBreaks = 0;
  const blockStack: Element[] = [root];

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = parts.join('').replace(SPACE_RUN, ' ').trim();
    parts = [];
    const lc = linkChars;
    linkChars = 0;
    if (text.length === 0) return;
    const owner = blockStack[blockStack.length - 1]!;
    let kind: BlockKind = headingDepth > 0 ? 'heading' : (KIND_OF_TAG[owner.tag] ?? 'other');
    if (kind === 'other') {
      // a <div> inside a list item or quote takes that kind
      for (let i = blockStack.length - 2; i >= 0 && i >= blockStack.length - 4; i--) {
        const k = KIND_OF_TAG[blockStack[i]!.tag];
        if (k !== undefined && k !== 'heading') {
          kind = k;
          break;
        }
      }
    }
    const level = kind === 'heading' ? headingLevel : 0;
    blocks.push({ text, chars: text.length, linkChars: Math.min(lc, text.length), kind, owner: owner.id, level });
  };

  const stack: (Child | Exit)[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      if (pendingBreaks > 0 && node.trim() !== '') pendingBreaks = 0;
      parts.push(node);
      if (linkDepth > 0) linkChars += node.replace(SPACE_RUN, ' ').trim().length;
      continue;
    }
    if ('exit' in node) {
      const el = node.exit;
      if (el.tag === 'a') linkDepth--;
      else if (HEADING_TAGS.has(el.tag)) headingDepth--;
      if (BLOCK_TAGS.has(el.tag)) {
        flush();
        blockStack.pop();
      }
      continue;
    }
    const el = node;
    if (el.tag === 'br') {
      // two line breaks in a row separate paragraphs (pages that use <br><br> instead of <p>)
      pendingBreaks++;
      if (pendingBreaks >= 2) flush();
      else parts.push('\n');
      continue;
    }
    if (el.tag === 'hr') {
      flush();
      continue;
    }
    if (isStructuralChrome(el)) continue;
    if (BLOCK_TAGS.has(el.tag)) {
      flush();
      blockStack.push(el);
      pendingBreaks = 0;
    } else if (el.tag === 'td' || el.tag === 'th') {
      parts.push(' '); // table cells are words of their row's block
    }
    if (el.tag === 'a') linkDepth++;
    else if (HEADING_TAGS.has(el.tag)) {
      headingDepth++;
      headingLevel = Number(el.tag[1]);
    }
    stack.push({ exit: el });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  flush();
  return blocks;
}
