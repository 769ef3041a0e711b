/** Guesses whether text is an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  return /<(?:head|body|p|div|article|meta|title)[\s>]/.test(head);
}
