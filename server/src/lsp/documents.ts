/**
 * Open documents and their analyses: when to analyse (debounced per document, adaptive to what
 * the last update cost), how (block-incremental after the first time; a big file slice by slice,
 * answering requests in between), and publishing the diagnostics. Hover, completion and code
 * actions read the latest finished analysis, never computed on their behalf.
 */
import { TextDocuments, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Analysis, BlockAnalysis, RuleSettings } from '../engine';
import { unsupportedText, type Unsupported } from '../engine';
import { IncrementalAnalyzer, LineIndex, provisionalFindings } from '../engine';
import { mergeRules } from '../config/config';
import { largeFileNote, toDiagnostic, toDiagnosticIn, toRange, unsupportedNote, type Coordinates } from './convert';
import { EditorDocument } from './editor-document';
import { PendingEdits } from './pending-edits';
import type { EditorSettings, ProjectConfig } from './settings';

/** Documents up to this size are analysed synchronously on open; bigger ones slice by slice, yielding. */
const SYNC_OPEN_CHARS = 64 * 1024;
/** Slice size of such an open: a request waits for one slice at most. */
const OPEN_SLICE_CHARS = 16 * 1024;
/** A change that moves the text length by more than this re-checks whether the text is analysable. */
const LARGE_CHANGE_CHARS = 4096;
/** Adaptive debounce: an update that took longer than this delays the next one by its own cost. */
const CHEAP_UPDATE_MS = 20;
const MAX_ADAPTIVE_DELAY_MS = 250;
/**
 * A cold open publishes what the blocks analysed so far certainly report (engine/features/
 * provisional.ts): after the first slice, then at most this often, so the top of a big document
 * shows its squiggles long before the end is analysed.
 */
const PROVISIONAL_INTERVAL_MS = 400;
/** Large files: diagnostics after this long without typing (and on save). */
const LARGE_IDLE_MS = 1500;

/**
 * Per-document analysis state. `analysis` is what hover, completion and code actions read: the
 * latest finished analysis, never computed on their behalf (they must not wait for a parse).
 */
export interface DocState {
  analyzer?: IncrementalAnalyzer;
  analysis?: Analysis;
  /** Document version `analysis` was computed for. */
  version: number;
  timer?: NodeJS.Timeout;
  immediate?: NodeJS.Immediate;
  /** Rules from `.archnotes.jsonc` merged with editor settings, cached until either changes. */
  rules?: RuleSettings;
  /** A slice-by-slice cold analysis is running. */
  opening: boolean;
  closed: boolean;
  /** Milliseconds the last update took (drives the adaptive debounce). */
  cost: number;
  /** Set when the text is binary or minified (engine/parse/unsupported-text.ts): not analysed, a note instead. */
  unsupported?: Unsupported;
  /** Text length when `unsupported` was last decided (re-decided after a large change). */
  checkedLength?: number;
  /** Edits received since `analysis`: hover and code actions map positions through them. */
  readonly pending: PendingEdits;
}

export type ScheduleReason = 'open' | 'change' | 'save' | 'config';

/** What the scheduler reports to the editor besides diagnostics (progress, the status item, the log). */
export interface AnalysisEvents {
  started?(uri: string, chars: number): void;
  progress?(uri: string, done: number, total: number): void;
  finished?(uri: string, ms: number, findings: number, cold: boolean): void;
  failed?(uri: string, message: string): void;
}

export class DocumentAnalyses {
  readonly #states = new Map<string, DocState>();
  readonly documents: TextDocuments<EditorDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly settings: EditorSettings,
    private readonly config: ProjectConfig,
    private readonly events: AnalysisEvents = {},
  ) {
    // Documents that build their text only when it is read (editor-document.ts), recording each
    // change's offsets (in the text it applies to) for PendingEdits.
    this.documents = new TextDocuments<EditorDocument>({
      create: (uri, languageId, version, content) => new EditorDocument(uri, languageId, version, content),
      update: (document, changes, version) => {
        const pending = this.#states.get(document.uri)?.pending;
        document.update(changes, version, pending && ((change) => pending.push(change)));
        return document;
      },
    });
  }

  state(uri: string): DocState | undefined {
    return this.#states.get(uri);
  }

  /** The state of an opened document (created on first use). */
  opened(uri: string, version: number): DocState {
    let state = this.#states.get(uri);
    if (!state) {
      state = { version, opening: false, closed: false, cost: 0, pending: new PendingEdits() };
      this.#states.set(uri, state);
    }
    state.closed = false;
    return state;
  }

  closed(uri: string): void {
    const state = this.#states.get(uri);
    if (state) {
      clearTimers(state);
      state.closed = true;
    }
    this.#states.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The latest finished analysis of a document (possibly a version behind while one is pending). Never parses. */
  analysisOf(uri: string): Analysis | undefined {
    return this.#states.get(uri)?.analysis;
  }

  /** Coordinates for reading `analysis` from a request on the document's current version. */
  coordinatesOf(uri: string, analysis: Analysis): Coordinates {
    const state = this.#states.get(uri);
    const document = this.documents.get(uri);
    if (!state || !document || state.pending.empty) {
      return { offsetAt: (position) => analysis.lines.offsetAt(position), range: (start, end) => toRange(analysis.lines, start, end) };
    }
    const pending = state.pending;
    return {
      offsetAt: (position) => pending.toAnalyzed(document.offsetAt(position)),
      range: (start, end) => {
        const span = pending.toCurrent(start, end);
        return span && { start: document.positionAt(span.start), end: document.positionAt(span.end) };
      },
    };
  }

  /** After settings or config files change: drop cached rules and re-run document-level rules. */
  refreshAll(): void {
    for (const state of this.#states.values()) state.rules = undefined;
    for (const document of this.documents.all()) this.schedule(document, 'config');
  }

  /**
   * Debounce per document: a new change cancels the pending run. With the default (adaptive)
   * setting a cheap incremental update runs on the next tick; an expensive one waits its own cost.
   */
  schedule(document: EditorDocument, reason: ScheduleReason = 'change'): void {
    const state = this.opened(document.uri, document.version);
    // Already current (TextDocuments reports the open as a change too; a save without edits).
    if ((reason === 'change' || reason === 'save') && state.analysis && state.version === document.version) return;
    clearTimers(state);
    const uri = document.uri;
    const delay = this.#delay(document, state, reason);
    if (delay === 0) {
      state.immediate = setImmediate(() => this.publish(uri));
      return;
    }
    // The timer only queues the analysis behind the messages already read: vscode-jsonrpc handles
    // one message per setImmediate, and timers run before immediates, so a hover sent right behind
    // the keystroke would otherwise wait for the whole analysis whenever the 1 ms had passed.
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.immediate = setImmediate(() => this.publish(uri));
    }, delay);
  }

  #delay(document: EditorDocument, state: DocState, reason: ScheduleReason): number {
    const { debounceMs } = this.settings.current;
    if (reason === 'open' || reason === 'save' || !state.analyzer) return 0;
    if (this.#isLarge(document)) return Math.max(LARGE_IDLE_MS, debounceMs);
    if (debounceMs > 0) return debounceMs;
    return state.cost <= CHEAP_UPDATE_MS ? 1 : Math.min(MAX_ADAPTIVE_DELAY_MS, Math.round(state.cost));
  }

  /** Analyses the latest version now and publishes; a no-op while a cold analysis runs (it catches up). */
  publish(uri: string): void {
    const document = this.documents.get(uri);
    const state = this.#states.get(uri);
    if (!document || !state || state.closed) return;
    clearTimers(state);
    if (state.opening || this.#isUnsupported(document, state)) return;
    if (!state.analyzer && document.length > SYNC_OPEN_CHARS) {
      void this.#openInSlices(document, state);
      return;
    }
    const cold = !state.analyzer;
    if (cold) this.events.started?.(uri, document.length);
    const started = performance.now();
    let analysis: Analysis;
    try {
      analysis = this.#analyze(document, state);
      state.pending.clear();
    } catch (error) {
      state.analyzer = undefined; // start afresh next time
      this.events.failed?.(uri, (error as Error).message);
      return;
    }
    state.cost = performance.now() - started;
    this.#send(document, state, analysis);
    this.events.finished?.(uri, state.cost, analysis.findings.length, cold);
  }

  #rulesOf(uri: string, state: DocState): RuleSettings {
    state.rules ??= mergeRules(this.config.for(uri)?.config.rules ?? {}, this.settings.current.rules);
    return state.rules;
  }

  #isLarge(document: EditorDocument): boolean {
    return document.length > this.settings.current.maxFileSizeKb * 1024;
  }

  /** Brings the document's analysis up to date: block-incremental after the first time. */
  #analyze(document: EditorDocument, state: DocState): Analysis {
    const rules = this.#rulesOf(document.uri, state);
    const text = document.getText();
    if (!state.analyzer) {
      state.analyzer = new IncrementalAnalyzer(text, { rules });
      return state.analyzer.analysis;
    }
    if (state.analyzer.options.rules !== rules) state.analyzer.setOptions({ rules });
    return state.analyzer.update(text);
  }

  #send(document: EditorDocument, state: DocState, analysis: Analysis): void {
    state.analysis = analysis;
    state.version = document.version;
    const diagnostics: Diagnostic[] = analysis.findings.map((f) => toDiagnostic(analysis, f));
    if (this.#isLarge(document)) diagnostics.push(largeFileNote(analysis, document.length, this.settings.current.maxFileSizeKb));
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  /**
   * Binary and minified texts are not analysed (engine/parse/unsupported-text.ts): one note instead of findings, no
   * hovers. Decided at open, after any large change, and on every change while unsupported.
   */
  #isUnsupported(document: EditorDocument, state: DocState): boolean {
    const text = document.getText();
    if (state.checkedLength === undefined || state.unsupported || Math.abs(text.length - state.checkedLength) > LARGE_CHANGE_CHARS) {
      state.unsupported = unsupportedText(text);
      state.checkedLength = text.length;
    }
    if (!state.unsupported) return false;
    state.analyzer = undefined;
    state.analysis = undefined;
    state.pending.clear();
    state.version = document.version;
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [unsupportedNote(state.unsupported.message)] });
    return true;
  }

  /**
   * Publishes the provisional findings of a cold open while the document is still the text being
   * analysed (an edit since moves positions: the final analysis catches up instead). Only ever
   * more findings than the last publish, each certain to stay.
   */
  #provisionalPublisher(document: EditorDocument, state: DocState, text: string, rules: RuleSettings): (blocks: () => readonly BlockAnalysis[]) => void {
    let lines: LineIndex | undefined;
    let shown = 0;
    let last = Number.NEGATIVE_INFINITY;
    return (blocks) => {
      const now = performance.now();
      if (now - last < PROVISIONAL_INTERVAL_MS || state.closed) return;
      const current = this.documents.get(document.uri);
      if (!current || current.version !== document.version) return;
      last = now;
      lines ??= new LineIndex(text);
      const findings = provisionalFindings(text, lines, blocks(), { rules });
      if (findings.length <= shown) return;
      shown = findings.length;
      const index = lines;
      void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((f) => toDiagnosticIn(index, f)) });
    };
  }

  /** Cold analysis of a big document, slice by slice, answering other requests in between. */
  async #openInSlices(document: EditorDocument, state: DocState): Promise<void> {
    state.opening = true;
    // What is analysed is the text as of now; hovers analyse on demand rather than map through edits.
    state.analysis = undefined;
    state.pending.clear();
    const started = performance.now();
    const text = document.getText();
    this.events.started?.(document.uri, text.length);
    let analyzer: IncrementalAnalyzer | undefined;
    let slices = 0;
    const rules = this.#rulesOf(document.uri, state);
    const provisional = this.#provisionalPublisher(document, state, text, rules);
    const next = (): Promise<void> => {
      slices++;
      this.events.progress?.(document.uri, Math.min(text.length, slices * OPEN_SLICE_CHARS), text.length);
      return pause();
    };
    try {
      // Requests already queued (a hover sent right behind the didOpen) go first; after that each
      // waits for one slice at most, so the slices are kept short.
      await pause();
      analyzer = await IncrementalAnalyzer.open(text, { rules }, { pause: next, cancelled: () => state.closed, sliced: provisional }, OPEN_SLICE_CHARS);
    } catch (error) {
      this.events.failed?.(document.uri, (error as Error).message);
    } finally {
      state.opening = false;
    }
    if (!analyzer || state.closed) {
      this.events.finished?.(document.uri, performance.now() - started, 0, true);
      return;
    }
    state.analyzer = analyzer;
    state.cost = performance.now() - started;
    const latest = this.documents.get(document.uri);
    if (!latest) return;
    // Edited while we worked: catch up incrementally (drops the stale result) before publishing.
    if (latest.version !== document.version || analyzer.options.rules !== this.#rulesOf(document.uri, state)) this.publish(document.uri);
    else this.#send(latest, state, analyzer.analysis);
    this.events.finished?.(document.uri, performance.now() - started, analyzer.analysis.findings.length, true);
  }
}

/**
 * Three turns of the event loop before the next slice blocks: one to read a request that arrived
 * during the slice, one for its handler (vscode-jsonrpc handles a message on a setImmediate), one
 * for the write of its response (also queued on a setImmediate, behind our second turn).
 */
function pause(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))));
}

function clearTimers(state: DocState): void {
  if (state.timer) clearTimeout(state.timer);
  if (state.immediate) clearImmediate(state.immediate);
  state.timer = undefined;
  state.immediate = undefined;
}
