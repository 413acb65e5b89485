/**
 * What the document asserts, as records a person can read: `archnotes claims <file>` prints these,
 * the way ESLint's AST explorer or rust-analyzer's HIR view show what the tool sees. One row per
 * quantity assertion (subject, attribute, value, modality, and how the subject was found), in the
 * order of the document.
 */
import { findFact, getService } from '../../facts/catalog';
import type { Analysis } from '../analyze';
import { assertionsInScope, type QuantityAssertion } from './quantity';

export interface ExplainedAssertion {
  readonly start: number;
  readonly end: number;
  /** The value as the document writes it. */
  readonly written: string;
  readonly service: string;
  readonly serviceName: string;
  readonly fact: string;
  readonly attribute: string;
  readonly modality: QuantityAssertion['modality'];
  /** How the subject was found: clause, context, table-header, parent, section (with the title's offset), iac. */
  readonly evidence: QuantityAssertion['evidence'];
  readonly sectionStart?: number;
  /** Where the label item that chose the service among its section's starts ("* Streams" under "## Kinesis Data Streams vs Firehose"). */
  readonly labelStart?: number;
  /** The rule that judges this attribute, if any. */
  readonly ruleId?: string;
}

function explained(analysis: Analysis, a: QuantityAssertion, scope?: { readonly sectionStart: number; readonly labelStart?: number }): ExplainedAssertion {
  return {
    start: a.start,
    end: a.end,
    written: analysis.text.slice(a.start, a.end),
    service: a.service,
    serviceName: getService(a.service)?.name ?? a.service,
    fact: a.spec.fact,
    attribute: findFact(a.spec.fact)?.label ?? a.spec.fact,
    modality: a.modality,
    evidence: a.evidence,
    sectionStart: scope?.sectionStart,
    labelStart: scope?.labelStart,
    ruleId: a.ruleId,
  };
}

/** Every quantity assertion of a document, explicit and inherited from its sections. */
export function explainAssertions(analysis: Analysis): ExplainedAssertion[] {
  const out: ExplainedAssertion[] = [];
  const scopes = analysis.model.scopes;
  for (const block of analysis.blocks) {
    for (const context of block.contexts) {
      const subject = scopes.subjectOf(context);
      const scope = subject ? { sectionStart: subject.section.start, labelStart: subject.label?.start } : undefined;
      for (const a of assertionsInScope(context, scopes)) out.push(explained(analysis, a, a.evidence === 'section' ? scope : undefined));
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
