/**
 * Escaping for text that goes into hover and message markdown: nothing from a document becomes
 * markup. The output is inline markdown that renders as the literal input text (on one line): no
 * links or autolinks (`command:`, `https://`, `www.`, e-mail), no images, no HTML, no code spans,
 * no emphasis, no table cells, no theme icons, no list or heading markers.
 */

/**
 * ASCII punctuation CommonMark gives a meaning to, plus `:` `@` `$` (autolink schemes, e-mail
 * autolinks, theme icons `$(x)`). `.` is handled apart (see `escapeMarkdown`). `/` stays as written:
 * with `:` escaped no scheme can form, and CIDRs read better as `10.0.0.0/16`.
 */
const SPECIAL = /[\\`*_{}\[\]()#+\-!|<>~&:@$="'^]|\.(?!\d)|(?<!\d)\./g;

/** Line and paragraph separators: hover text stays on its line (a table row must stay one row). */
const BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * Characters that must not reach a renderer as themselves: C0/C1 controls (but tab), DEL, bidi
 * embeddings/overrides/isolates (text that displays differently from what it is), and lone
 * surrogates (not valid text; JSON would carry them as escapes a client may reject).
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * GFM autolink literals (`http://…`, `www.…`, `a@b.c`) are found by some renderers (micromark,
 * cmark-gfm) in the text *after* backslash escapes are resolved, so escaping is not enough there: a
 * zero-width space after `:` before `/`, after `@` and after `www` before `.` breaks the pattern.
 */
const AUTOLINK = /:(?=\/)|@|\bwww(?=\.)/gi;

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Escapes every markdown/HTML-significant character so text renders literally. A `.` between two
 * digits stays as written (`10.0.0.0`, `2.5`): it can start no list, link or autolink, since an
 * autolink needs a `www.`, a scheme `:` or an `@`, which are all escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(UNSAFE, '\ufffd')
    .replace(BREAKS, ' ')
    .replace(AUTOLINK, '$&\u200b')
    .replace(SPECIAL, (c) => ENTITIES[c] ?? `\\${c}`);
}

/** A link only for our own vetted https URLs (fact sources, docs); anything else is plain text. */
export function safeLink(label: string, url: string): string {
  if (!/^https:\/\/[\w.-]+\.(?:amazon\.com|amazonaws\.com|github\.com)\/[\w\-./#%?=&~+]*$/.test(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${url})`;
}

/**
 * A name taken from the document (a table's first cell, a resource name) fit for a plain-text
 * message or symbol: letters, digits, spaces and `. _ - : / ( ) #`, at most 64 characters, so no
 * link, image, HTML or control text travels from a document into a diagnostic. Undefined otherwise.
 */
export function plainLabel(text: string): string | undefined {
  const label = text.replace(/\s+/g, ' ').trim();
  return /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._\-:/()#]{0,63}$/u.test(label) && !label.includes('](') ? label : undefined;
}
