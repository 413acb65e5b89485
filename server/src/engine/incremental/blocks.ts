/**
 * The blocks of one analysis, brought to current offsets only when read.
 *
 * After an edit, every block below it keeps its cached result and an offset change not yet applied
 * (`pending`). Copying all of them to new offsets on every keystroke made the cost follow the
 * document, so the list shifts lazily: the document phase reads only each block's findings,
 * directives and the few contexts document rules need; hover reads one block; only a consumer that
 * asks for every block (symbols, tests) pays for all of them, once per analysis.
 *
 * Each context is materialised at most once per list, so the document model and the rules see the
 * same objects (rules compare contexts by identity) whichever path reached them first.
 */
import type { BlockAnalysis } from './block-analysis';
import type { Finding } from '../findings';
import type { AnalyzedContext } from '../model/document-model';
import { shiftBlockAnalysis, shiftPart } from './shift';
import { setOrigin } from './origin';
import type { Directive } from '../features/suppress';
import type { Section } from '../scopes/sections';

/** A block result and the offset change not yet applied to it. */
export interface StoredBlock {
  readonly result: BlockAnalysis;
  readonly pending: number;
}

export class BlockList {
  readonly #results: readonly BlockAnalysis[];
  readonly #pending: readonly number[];
  /** Materialised blocks, and materialised document contexts by block (sparse). */
  readonly #blocks: Array<BlockAnalysis | undefined>;
  readonly #documentContexts: Array<AnalyzedContext[] | undefined>;
  #all: BlockAnalysis[] | undefined;

  constructor(stored: readonly StoredBlock[]) {
    this.#results = stored.map((s) => s.result);
    this.#pending = stored.map((s) => s.pending);
    this.#blocks = new Array<BlockAnalysis | undefined>(stored.length);
    this.#documentContexts = new Array<AnalyzedContext[] | undefined>(stored.length);
  }

  get length(): number {
    return this.#results.length;
  }

  #delta(i: number): number {
    return this.#pending[i] ?? 0;
  }

  start(i: number): number {
    return (this.#results[i]?.start ?? 0) + this.#delta(i);
  }

  end(i: number): number {
    return (this.#results[i]?.end ?? 0) + this.#delta(i);
  }

  /** Block `i` at current offsets. */
  block(i: number): BlockAnalysis | undefined {
    const cached = this.#blocks[i];
    if (cached) return cached;
    const result = this.#results[i];
    if (!result) return undefined;
    let block = shiftBlockAnalysis(result, this.#delta(i));
    const shared = this.#documentContexts[i];
    if (shared && block !== result) {
      // Keep the copies the document phase already made, so identity holds across both paths.
      const contexts = [...block.contexts];
      result.documentContexts.forEach((index, k) => {
        const context = shared[k];
        if (context) contexts[index] = context;
      });
      block = { ...block, contexts };
    }
    this.#blocks[i] = block;
    return block;
  }

  /** Every block at current offsets. */
  all(): BlockAnalysis[] {
    if (!this.#all) {
      const out: BlockAnalysis[] = new Array<BlockAnalysis>(this.length);
      for (let i = 0; i < this.length; i++) out[i] = this.block(i) as BlockAnalysis;
      this.#all = out;
    }
    return this.#all;
  }

  /** Index of the block whose range contains `offset` (ends inclusive), or -1. */
  indexAt(offset: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (offset < this.start(mid)) high = mid - 1;
      else if (offset > this.end(mid)) low = mid + 1;
      else return mid;
    }
    return -1;
  }

  findings(i: number): readonly Finding[] {
    const result = this.#results[i];
    if (!result || result.findings.length === 0) return [];
    return this.#blocks[i]?.findings ?? shiftPart(result.findings, this.#delta(i), 'findings');
  }

  directives(i: number): readonly Directive[] {
    const result = this.#results[i];
    if (!result || result.directives.length === 0) return [];
    return this.#blocks[i]?.directives ?? shiftPart(result.directives, this.#delta(i), 'directives');
  }

  sections(i: number): readonly Section[] {
    const result = this.#results[i];
    if (!result || result.sections.length === 0) return [];
    return this.#blocks[i]?.sections ?? shiftPart(result.sections, this.#delta(i), 'sections');
  }

  /** For each of `documentContexts(i)`, the bits of the document rules that selected it (offset-free: never shifted). */
  documentRules(i: number): readonly number[] {
    return this.#results[i]?.documentRules ?? [];
  }

  /** The contexts of block `i` that the document model or a document rule reads. */
  documentContexts(i: number): readonly AnalyzedContext[] {
    let found = this.#documentContexts[i];
    if (found) return found;
    const result = this.#results[i];
    if (!result || result.documentContexts.length === 0) return [];
    const block = this.#blocks[i];
    const delta = this.#delta(i);
    found = result.documentContexts.map((index) => {
      const origin = result.contexts[index] as AnalyzedContext;
      const context = block?.contexts[index] ?? shiftPart(origin, delta, 'contexts[]');
      setOrigin(context, origin);
      return context;
    });
    this.#documentContexts[i] = found;
    return found;
  }
}
