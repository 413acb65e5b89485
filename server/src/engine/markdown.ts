/** Escaping for text that goes into hover and message markdown: nothing from a document becomes markup. */

const SPECIAL = /[\\`*_{}\[\]()#+\-!|<>~&:]/g;

/** Escapes every markdown/HTML-significant character so text renders literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`)).replace(/\r?\n/g, ' ');
}

/** A link only for our own vetted https URLs (fact sources, docs); anything else is plain text. */
export function safeLink(label: string, url: string): string {
  if (!/^https:\/\/[\w.-]+\.(?:amazon\.com|amazonaws\.com|github\.com)\/[\w\-./#%?=&~+]*$/.test(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${url})`;
}
