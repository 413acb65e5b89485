import { SERVICES, formerNameSpellings, formerNamesOf } from '../../facts/catalog';
import type { ServiceCard } from '../../facts/types';
import type { AnalyzedContext } from '../model/document-model';
import type { DocumentRule } from './kit/types';
import { memoByOrigin } from '../incremental/origin';
import { isSectionTitle, mentionScopeKey } from './kit/mention-scope';

/** A former name's card and, when an AWS page dates the rename, the month it ended (`YYYY-MM`). */
interface FormerHit {
  readonly card: ServiceCard;
  readonly until?: string;
}

/** Former names of current services ("Kinesis Data Firehose" → Amazon Data Firehose), undated renames (AWS Chatbot) too. */
function formerNameIndex(): Map<string, FormerHit> {
  const index = new Map<string, FormerHit>();
  const currentNames = new Set(SERVICES.map((s) => s.name.toLowerCase()));
  for (const card of SERVICES) {
    for (const former of formerNamesOf(card)) {
      const full = former.name.toLowerCase();
      // A former name that is still another product's current name ("Amazon SageMaker"), or the current name with a
      // space or suffix changed ("QuickSight" → "Quick Sight"), is not worth a finding.
      if (currentNames.has(full)) continue;
      const squash = (t: string): string => t.toLowerCase().replace(/(?<!\s)\s*\(.*\)$/, '').replace(/[^a-z0-9]/g, '');
      if (squash(card.name).startsWith(squash(former.name))) continue;
      // People swap the vendor prefix ("AWS Elasticsearch Service" for Amazon Elasticsearch Service).
      for (const key of formerNameSpellings(former.name)) if (!index.has(key)) index.set(key, former.until === undefined ? { card } : { card, until: former.until });
    }
  }
  return index;
}

let formerIndex: Map<string, FormerHit> | undefined;

function formerNames(): Map<string, FormerHit> {
  formerIndex ??= formerNameIndex();
  return formerIndex;
}

const keyOf = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

/**
 * A mention inside a quotation ("…", “…”) or the text of a link ([…](…), […][…]): someone else's
 * words or a title, not the design's own naming; neither flagged nor renamed (probe D3b). Looks at
 * most 200 characters each way, on the mention's line.
 */
function quotedOrLinked(context: AnalyzedContext, start: number, end: number): boolean {
  const text = context.text;
  const from = start - context.start;
  const to = end - context.start;
  const lineStart = Math.max(0, text.lastIndexOf('\n', from - 1) + 1, from - 200);
  const lineEnd = Math.min(text.length, to + 200, ...[text.indexOf('\n', to)].filter((i) => i >= 0));
  const before = text.slice(lineStart, from);
  const after = text.slice(to, lineEnd);
  const open = before.lastIndexOf('[');
  if (open >= 0 && !before.slice(open).includes(']')) {
    const close = after.indexOf(']');
    if (close >= 0 && !after.slice(0, close).includes('[') && /^[([]/.test(after.slice(close + 1))) return true;
  }
  const curlyOpen = before.lastIndexOf('\u201c');
  if (curlyOpen >= 0 && !before.slice(curlyOpen).includes('\u201d') && after.includes('\u201d')) return true;
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 && after.includes('"');
}

const DELIBERATE = /\b(?:formerly|previously|renamed|now called|now named|now\b|was called|old name|then called)\b/i;

/**
 * Per context, once while its block is reused (a keystroke elsewhere re-runs this rule over every
 * selected context): whether each service mention is quoted or linked, and whether the text says
 * the old name is deliberate.
 */
const readingOf = memoByOrigin((context: AnalyzedContext) => ({
  quoted: context.services.map((s) => quotedOrLinked(context, s.start, s.end)),
  deliberate: DELIBERATE.test(context.text),
}));

export const renamedService: DocumentRule = {
  id: 'renamed-service',
  scope: 'document',
  description: 'A service called by its former name.',
  rationale:
    'AWS renamed several services: Kinesis Data Firehose is Amazon Data Firehose (2024), AWS Single Sign-On is IAM Identity Center (2022), ' +
    'Amazon Elasticsearch Service is Amazon OpenSearch Service (2021), CloudWatch Events is Amazon EventBridge. Docs, consoles and APIs use the ' +
    'new names. The first use of each former name is reported, and the first in each section titled with it; the quick fix writes the current name.',
  // 17 of 17 findings right on the labelled development corpus (docs/quality.md): a warning, as a retired name is.
  severity: 'warning',
  category: 'lifecycle',
  facts: [],
  fixable: true,
  examples: {
    flag: [
      // A feature's common noun beside the former name is not the current name.
      { text: 'Engineers sign in through AWS SSO permission sets.', flagged: ['AWS SSO'], output: 'Engineers sign in through AWS IAM Identity Center permission sets.' },
      {
        text: 'Flow logs are streamed to Kinesis Data Firehose and land in S3.',
        flagged: ['Kinesis Data Firehose'],
        output: 'Flow logs are streamed to Amazon Data Firehose and land in S3.',
      },
      {
        text: 'Engineers sign in through AWS Single Sign-On.',
        flagged: ['AWS Single Sign-On'],
        output: 'Engineers sign in through AWS IAM Identity Center.',
      },
      {
        text: 'Search runs on Amazon Elasticsearch Service.',
        flagged: ['Amazon Elasticsearch Service'],
        output: 'Search runs on Amazon OpenSearch Service.',
      },
      {
        text: '- **Firehose**: forwards the logs to Kinesis Firehose.',
        flagged: ['Kinesis Firehose'],
        output: '- **Firehose**: forwards the logs to Amazon Data Firehose.',
      },
      {
        text: 'CodePipeline reads the GitHub repository through AWS CodeStar Connections.',
        flagged: ['AWS CodeStar Connections'],
        output: 'CodePipeline reads the GitHub repository through AWS CodeConnections.',
      },
    ],
    pass: [
      'Flow logs are streamed to Amazon Data Firehose and land in S3.',
      'Engineers sign in through IAM Identity Center (formerly AWS Single Sign-On).',
      'Search runs on Amazon OpenSearch Service.',
      'Logs go to Amazon Data Firehose (Kinesis Firehose in older consoles).',
      'The stack was drawn in AWS Infrastructure Composer.',
    ],
  },
  select: (context) => context.kind !== 'code' && context.services.some((mention) => formerNames().has(keyOf(mention.text))),
  check({ model, contexts }, report) {
    const formerKeys = formerNames();
    // "IAM Identity Center (Single Sign-On)": the current name is right there. A short alias that is part of
    // the former name ("**Firehose**: forward to Kinesis Data Firehose") is not the current name.
    const namesCurrent = (context: AnalyzedContext, cardId: string, former: string): boolean =>
      // Only a name counts, not a feature's common noun the card also answers to ("permission sets", "delivery stream").
      context.services.some((s) => s.serviceId === cardId && /[A-Z]/.test(s.text) && !formerKeys.has(keyOf(s.text)) && !keyOf(former).includes(keyOf(s.text)));
    const renameable = (context: AnalyzedContext, cardId: string, former: string): boolean =>
      // "formerly …": deliberate.
      !namesCurrent(context, cardId, former) && !readingOf(context).deliberate;
    // The fix renames every mention its finding stands for (the document's, or a section's about the service), so
    // fix-all is done in one pass (found by fuzzing: it took one pass per mention) and no two findings edit the same text.
    const everywhere = new Map<string, Array<{ start: number; end: number }>>();
    // Sections about the service that name it again below their title: the title gives way to that statement.
    const inBody = new Set<string>();
    for (const context of contexts) {
      if (context.kind === 'code') continue;
      const { quoted } = readingOf(context);
      for (const [k, mention] of context.services.entries()) {
        const hit = formerKeys.get(keyOf(mention.text));
        if (!hit || hit.card.id !== mention.serviceId || !renameable(context, hit.card.id, mention.text) || quoted[k]) continue;
        const key = mentionScopeKey(model, context, hit.card.id);
        everywhere.set(key, [...(everywhere.get(key) ?? []), mention]);
        if (key !== hit.card.id && !isSectionTitle(model, context)) inBody.add(key);
      }
    }
    const seen = new Set<string>();
    for (const context of contexts) {
      if (context.kind === 'code') continue;
      const { quoted, deliberate } = readingOf(context);
      for (const [k, mention] of context.services.entries()) {
        const hit = formerKeys.get(keyOf(mention.text));
        if (!hit || hit.card.id !== mention.serviceId || quoted[k]) continue;
        const key = mentionScopeKey(model, context, hit.card.id);
        if (seen.has(key) || namesCurrent(context, hit.card.id, mention.text)) continue;
        // A title that the section's statements name again gives way to the first of them ("formerly …" in it still counts).
        if (inBody.has(key) && isSectionTitle(model, context)) {
          if (deliberate) seen.add(key);
          continue;
        }
        seen.add(key);
        if (deliberate) continue;
        const name = hit.card.name.replace(/(?<!\s)\s*\(.*\)$/, '');
        const edits = (everywhere.get(key) ?? [mention]).map((m) => ({ start: m.start, end: m.end, newText: name }));
        if (hit.until === undefined) {
          // No AWS page dates the rename: a dated record may rightly use the old name, so a note and a fix to choose.
          report({ start: mention.start, end: mention.end, severity: 'info', message: `${mention.text} is now ${name}.`, fixes: [{ title: `Use "${name}"`, edits, safe: false }] });
          continue;
        }
        report({
          start: mention.start,
          end: mention.end,
          message: `${mention.text} is now ${name} (renamed ${hit.until.slice(0, 4)}).`,
          // A record dated before the rename used the name of its day (engine/assertions/point-in-time.ts).
          changedIn: Number(hit.until.slice(0, 4)),
          fixes: [{ title: `Use "${name}"`, edits, safe: true }],
        });
      }
    }
  },
};
