/** Applying fixes as data: shared by `archnotes check --fix`, fix-all code actions and tests. */
import type { Edit, Finding } from '../findings';

/** The safe fixes of `findings`, one per finding, dropping any edit that overlaps an earlier one. */
export function safeEdits(findings: readonly Finding[]): Edit[] {
  const edits: Edit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (fix) edits.push(...fix.edits);
  }
  return nonOverlapping(edits);
}

export function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.start < lastEnd) continue;
    if (out.length > 0 && edit.start === lastEnd && edit.start === edit.end) continue;
    out.push(edit);
    lastEnd = edit.end;
  }
  return out;
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = nonOverlapping(edits);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}
