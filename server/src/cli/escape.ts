/**
 * Escaping for text that reaches a CI runner or a terminal: a file name or a document line must
 * never become a workflow command (`::error::`, `::add-mask::`) or a terminal control sequence.
 */

/** The message part of a GitHub workflow command (as @actions/core's escapeData). */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a GitHub workflow command (`file=…,title=…`): also `:` and `,`. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// C0 controls except tab, DEL and C1 controls (ESC starts terminal sequences; CSI is U+009B).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Replaces control characters (ESC, BEL, CR, …) so they cannot drive a terminal; newlines become spaces. */
export function stripControls(value: string): string {
  return value.replace(/\n/g, ' ').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A cell of a Markdown table (GitHub step summary): one line, no pipes, no HTML, no controls or bidi overrides. */
export function escapeMarkdownCell(value: string): string {
  return escapeTerminal(value.replace(/\n/g, ' '))
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

// C0 controls but tab, DEL, C1, the bidi controls (Trojan Source) and the Unicode line separators.
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a terminal or a CI log line (the text format, stderr): every character that could end
 * the line (a file name with a newline becomes its own `::error` workflow command line), start a
 * terminal sequence (ESC, CSI, OSC) or reorder what is shown is written as a visible `\uXXXX`.
 */
export function escapeTerminal(value: string): string {
  return value.replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
