import type { AnalyzedContext, DocumentModel } from '../../model/document-model';

/**
 * Which "first mention" a service mention counts toward in the lifecycle rules: the document's, or,
 * inside a section whose title names that very service ("### Kinesis Data Firehose", a title line
 * "Snowball Edge"), that section's — the outermost of nested sections about it ("## Snowball" over
 * "### Snowball details"). A section about a retired or renamed service is a finding of its own; a
 * service named in passing again elsewhere is not one more.
 */
export function mentionScopeKey(model: DocumentModel, context: AnalyzedContext, serviceId: string): string {
  // The context's end: a heading is inside its own section, a statement inside the one above it.
  const start = model.scopes.sectionStartAt(context.end);
  const { sections } = model.scopes;
  let index = indexAt(sections, start);
  const own = sections[index];
  if (!own || own.service !== serviceId) return serviceId;
  let outer = own;
  for (let i = index - 1; i >= 0; i--) {
    const section = sections[i];
    if (!section || section.level >= outer.level || section.level > 7) continue;
    if (section.service !== serviceId) break;
    outer = section;
    index = i;
  }
  return `${outer.start}:${serviceId}`;
}

/**
 * Whether the context is the heading or title line of a section ("### Amazon QLDB", a title line
 * "Kinesis Data Firehose"). A title labels what follows; the statement under it is where a document
 * says it uses the service, so the lifecycle rules report that statement when the section names the
 * service again, and the title only when it does not.
 */
export function isSectionTitle(model: DocumentModel, context: AnalyzedContext): boolean {
  const section = model.scopes.sections[indexAt(model.scopes.sections, context.start)];
  return section !== undefined && section.level <= 7;
}

/**
 * The keys (from `mentionScopeKey`) of sections about a service that name it again below their title,
 * so the title's mention can give way to the first statement. `mentionsOf` lists a context's mentions
 * that count toward the rule.
 */
export function keysNamedInBody(
  model: DocumentModel,
  contexts: readonly AnalyzedContext[],
  mentionsOf: (context: AnalyzedContext) => readonly string[],
): Set<string> {
  const keys = new Set<string>();
  for (const context of contexts) {
    const ids = mentionsOf(context);
    if (ids.length === 0 || isSectionTitle(model, context)) continue;
    for (const id of ids) {
      const key = mentionScopeKey(model, context, id);
      if (key !== id) keys.add(key);
    }
  }
  return keys;
}

/** The index of the section that starts at `start` (sections are in document order); -1 when none. */
function indexAt(sections: readonly { readonly start: number }[], start: number): number {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sections[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return sections[lo]?.start === start ? lo : -1;
}
