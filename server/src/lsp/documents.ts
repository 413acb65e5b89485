/**
 * Open documents and their analyses: when to analyse (debounced per document, adaptive to what
 * the last update cost), how (block-incremental after the first time; a big file slice by slice,
 * answering requests in between), and publishing the diagnostics. Hover, completion and code
 * actions read the latest finished analysis, never computed on their behalf.
 */
import { availableParallelism, loadavg } from 'node:os';
import { TextDocuments, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Analysis, BlockAnalysis, HoverResult, RuleSettings, ShippedBlock } from '../engine';
import { analyzeText, assemble, unsupportedText, type Unsupported } from '../engine';
import { canShiftBlockAnalysis, hoverOnDemand, IncrementalAnalyzer, LineIndex, provisionalFindings, shiftKeysKnown, shiftKeysSnapshot } from '../engine';
import { mergeRules } from '../config/config';
import { AnalysisGate, defaultGateOptions, type Verdict } from './analysis-gate';
import { splitPoint } from './open-split';
import { largeFileNote, toDiagnostic, toDiagnosticIn, toRange, tooComplexNote, unsupportedNote, type Coordinates, type DiagnosticFinding } from './convert';
import { riskyEdits, riskyText } from './edit-risk';
import { EditorDocument, lineBreaks } from './editor-document';
import { PendingEdits } from './pending-edits';
import type { EditorSettings, ProjectConfig } from './settings';

/** Documents up to this size are analysed synchronously on open; bigger ones slice by slice, yielding. */
const SYNC_OPEN_CHARS = 64 * 1024;
/** Slice size of such an open: parsing one is the longest a request waits (the blocks of a slice are analysed in turns). */
const OPEN_SLICE_CHARS = 8 * 1024;
/**
 * Within a slice the open gives a turn to waiting requests once it has run this long: a hover sent
 * during the first analysis waits for one block at most (issue 15: ≤ 100 ms on the notes).
 */
const OPEN_TURN_MS = 10;
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
/** The longest the first updates wait for the worker's shift keys before the server calibrates itself. */
const KEYS_WAIT_MS = 20_000;
/** Large files: diagnostics after this long without typing (and on save). */
const LARGE_IDLE_MS = 1500;
/** The analysis worker (analysis-gate.ts) starts this long after the server, or at its first job. */
const WARM_WORKER_AFTER_MS = 5000;

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
  /** The analysis worker is analysing this document's text for the server (analysis-gate.ts). */
  vetting?: boolean;
  /** The sequence number of the worker's blocks `analyzer` holds; undefined once the server analysed itself. */
  workerSeq?: number;
  /** Set when the worker was stopped after its budget: the note shown instead of findings, until an edit analyses. */
  tooComplex?: string;
  /** A first analysis under way: what hovers read until it is done. */
  partial?: PartialAnalysis;
  /** The line index of the last text a hover or a first analysis needed one for (`linesOf`). */
  lines?: { readonly text: string; readonly index: LineIndex };
  /** `unsupportedText` of the last text it was decided for (a hover before the analysis, then the analysis). */
  decided?: { readonly text: string; readonly unsupported: Unsupported | undefined };
}

/**
 * The blocks a first analysis has analysed so far, for hovers meanwhile (issue 15, defect 3): a
 * hover on them answers without parsing; past them, the blocks around the cursor are parsed.
 */
export interface PartialAnalysis {
  /** The document version and text being analysed (the blocks' offsets are in it). */
  readonly version: number;
  readonly text: string;
  /** The text's line index, built once for every hover and provisional publish of the analysis. */
  readonly lines: () => LineIndex;
  /** The text has a long line or a big block: never parsed on this thread for a hover (edit-risk.ts). */
  readonly risky: boolean;
  /** Analysed blocks so far, in document order. */
  blocks: () => readonly BlockAnalysis[];
  /** A first analysis in two parts: the second part's blocks so far, from `from` on (`blocks` are the first part's). */
  tail?: { readonly from: number; blocks: () => readonly BlockAnalysis[] };
  /** The last cards a hover parsed for (the mouse resting on a word asks again): another hover inside one's span reuses it. */
  readonly cards: HoverResult[];
}

/**
 * After each slice of a first analysis in the worker: the blocks shipped so far (of the second part
 * when `part.tail`, which starts there; `part.done`: the first part is whole).
 */
type SliceListener = (slices: number, blocks: readonly ShippedBlock[], part?: { readonly tail?: number; readonly done?: boolean }) => void;

export type ScheduleReason = 'open' | 'change' | 'save' | 'config';

/** What the scheduler reports to the editor besides diagnostics (progress, the status item, the log). */
export interface AnalysisEvents {
  started?(uri: string, chars: number): void;
  progress?(uri: string, done: number, total: number): void;
  /** `workers`: how many analysis workers analysed the blocks (analysis-gate.ts; 2: a first analysis in two parts, open-split.ts). */
  finished?(uri: string, ms: number, findings: number, cold: boolean, workers?: number): void;
  failed?(uri: string, message: string): void;
  /** The analysis worker has started and calibrated, and its helper has started: big first analyses go there from now on. */
  workerReady?(): void;
}

export class DocumentAnalyses {
  readonly #states = new Map<string, DocState>();
  /** Waited once for the worker's shift keys (they came, or the wait timed out): never again. */
  #keysWaited = false;
  /** Requests waiting for a document's first analysis (documentSymbol: VS Code asks once at the open). */
  readonly #awaitingAnalysis = new Map<string, Array<() => void>>();
  readonly documents: TextDocuments<EditorDocument>;

  constructor(
    private readonly connection: Connection,
    private readonly settings: EditorSettings,
    private readonly config: ProjectConfig,
    private readonly events: AnalysisEvents = {},
    private readonly gate: AnalysisGate = new AnalysisGate(),
    /** A second worker: a big first analysis is split between the two (open-split.ts). It takes the first worker's shift keys. */
    private readonly helper: AnalysisGate = new AnalysisGate({ ...defaultGateOptions(), shiftKeys: () => (shiftKeysKnown() ? shiftKeysSnapshot() : undefined) }),
  ) {
    // Loading the worker costs a few hundred ms of CPU: not while the first documents open. Meanwhile
    // this thread compiles the hover path in both forms (warmHoverFor), the open documents' first.
    setTimeout(() => {
      gate.warm();
      warmInTurns([...new Set([...this.#openForms(), true, false])].map((form) => () => warmHoverFor(form)));
    }, WARM_WORKER_AFTER_MS).unref();
    // The helper starts once the first worker has learned the shift keys it takes; "ready" once both
    // are. Big first analyses go to the worker from then on, and this thread runs their document
    // phase: its code in the forms of the documents open (one byte per character when none is).
    gate.onReady(() => {
      helper.warm();
      const forms = this.#openForms();
      warmInTurns((forms.length > 0 ? forms : [false]).map((form) => () => warmDocumentPhaseFor(form)));
    });
    helper.onReady(() => this.events.workerReady?.());
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

  /**
   * The line index of `text` (the document's, or a first analysis's): one for a hover before the
   * analysis starts, the analysis's hovers and its provisional findings (434 KB: 5–12 ms each time).
   */
  linesOf(uri: string, text: string): LineIndex {
    const state = this.#states.get(uri);
    if (state?.lines?.text === text) return state.lines.index;
    const index = new LineIndex(text, lineBreaks(text));
    if (state) state.lines = { text, index };
    return index;
  }

  /** `unsupportedText(text)`, decided once per text of the document (a hover before the analysis asks too). */
  unsupportedOf(uri: string, text: string): Unsupported | undefined {
    const state = this.#states.get(uri);
    if (state?.decided?.text === text) return state.decided.unsupported;
    const unsupported = unsupportedText(text);
    if (state) state.decided = { text, unsupported };
    return unsupported;
  }

  /**
   * A big document before its first analysis (the first one waits for the editor's settings, another
   * waits for a slice or the worker): what its first hover and its analysis both need, each in a turn
   * of its own so a hover sent meanwhile goes between them: the binary check and the line index of
   * its text, and this thread's code for a text stored as this one is (`warmHoverFor`). A server just
   * started with the notes answered the first hover in 60–120 ms of CPU, half of it compiling.
   */
  prepare(uri: string): void {
    const steps: Array<(text: string) => boolean> = [
      (text) => this.unsupportedOf(uri, text) === undefined,
      (text) => (this.linesOf(uri, text), true),
      (text) => (warmHoverFor(TWO_BYTE.test(text)), true),
    ];
    const next = (): void => {
      setImmediate(() => {
        const document = this.documents.get(uri);
        const state = this.#states.get(uri);
        const step = steps.shift();
        if (!document || !state || state.closed || state.analysis || document.length <= SYNC_OPEN_CHARS || !step) return;
        if (step(document.getText()) && steps.length > 0) next();
      });
    };
    next();
  }

  /**
   * At `initialize`, before any document: the hover path in the two-byte form (the costlier one;
   * most of its code is the one-byte form's too). The editor sends the first document once it has
   * the answer, so this sits in front of it: ~40 ms, the same code its first slices compile.
   */
  warmBeforeDocuments(): void {
    warmHoverFor(true);
  }

  /** Whether each open document's text is stored two bytes per character (TWO_BYTE), each answer once. */
  #openForms(): boolean[] {
    return [...new Set(this.documents.all().map((d) => TWO_BYTE.test(d.getText())))];
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
    this.gate.close(uri);
    this.#settle(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * The document's analysis once there is one: at once when it has one; after its first analysis
   * (or when that ends without one: closed, unsupported, too complex) otherwise. For requests the
   * editor sends only once, at the open, that an empty answer would leave empty (the outline,
   * breadcrumbs and sticky scroll ask for document symbols once per version).
   */
  whenAnalyzed(uri: string): Promise<Analysis | undefined> {
    const state = this.#states.get(uri);
    if (!state || state.analysis || state.closed || state.unsupported || state.tooComplex !== undefined) return Promise.resolve(state?.analysis);
    return new Promise((resolve) => {
      const waiting = this.#awaitingAnalysis.get(uri) ?? [];
      waiting.push(() => resolve(this.#states.get(uri)?.analysis));
      this.#awaitingAnalysis.set(uri, waiting);
    });
  }

  #settle(uri: string): void {
    const waiting = this.#awaitingAnalysis.get(uri);
    if (!waiting) return;
    this.#awaitingAnalysis.delete(uri);
    for (const resolve of waiting) resolve();
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
    // Stopped as too complex: try again once typing pauses, not on every keystroke.
    if (state.tooComplex !== undefined && reason === 'change') return Math.max(LARGE_IDLE_MS, debounceMs);
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
    // A run in the worker or a sliced open is under way: it catches up with the latest version.
    if (state.opening || state.vetting || this.#isUnsupported(document, state)) return;
    const cold = !state.analyzer;
    // A text with a long line or a big block, and an edit touching a long line or pasting a lot,
    // are analysed in the worker (edit-risk.ts); the server adopts its blocks.
    const risky = this.gate.enabled && (cold ? riskyText(document.getText()) : this.#riskyUpdate(document.getText(), state));
    // A big first analysis goes to the worker too when it is ready: the server's thread stays free
    // for hovers (which then cost the analysis nothing) and assembles only the result. A worker
    // still starting (it calibrates for seconds) or opening another document would delay it: then
    // the server slices it itself (and two big documents opening at once use both cores).
    if (risky || (cold && document.length > SYNC_OPEN_CHARS && this.gate.freeForOpen)) {
      void this.#analyzeInWorker(document, state, cold, risky);
      return;
    }
    if (cold && document.length > SYNC_OPEN_CHARS) {
      void this.#openInSlices(document, state);
      return;
    }
    // An update shifts the blocks below the edit, which needs the shift keys: calibrating them here
    // costs seconds of this thread (2.5-5.7 s on the loaded machine), the worker learns them at its
    // start and hands them over. The first edits after the server starts wait for that instead.
    if (!cold && this.gate.enabled && !shiftKeysKnown() && !this.#keysWaited) {
      void this.gate.whenReady(KEYS_WAIT_MS).then(() => {
        this.#keysWaited = true;
        this.publish(uri);
      });
      return;
    }
    if (cold) this.events.started?.(uri, document.length);
    const started = performance.now();
    let analysis: Analysis;
    try {
      analysis = this.#analyze(document, state);
      state.pending.clear();
    } catch (error) {
      state.analyzer = undefined; // start afresh next time
      this.events.failed?.(uri, (error as Error).message);
      this.#settle(uri);
      return;
    }
    state.cost = performance.now() - started;
    this.#send(document, state, analysis);
    this.events.finished?.(uri, state.cost, analysis.findings.length, cold);
  }

  /** An edit goes to the worker when it is risky, or while the text is (its blocks came from the worker). */
  #riskyUpdate(text: string, state: DocState): boolean {
    return riskyEdits(text, state.pending.spans()) || (state.workerSeq !== undefined && riskyText(text));
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
    return this.#analyzeText(document.uri, document.getText(), state);
  }

  #analyzeText(uri: string, text: string, state: DocState): Analysis {
    const rules = this.#rulesOf(uri, state);
    state.workerSeq = undefined;
    if (!state.analyzer) {
      state.analyzer = new IncrementalAnalyzer(text, { rules });
      return state.analyzer.analysis;
    }
    if (state.analyzer.options.rules !== rules) state.analyzer.setOptions({ rules });
    return state.analyzer.update(text);
  }

  /**
   * The worker analyses `text` (the server's thread stays free meanwhile) and ships its blocks; the
   * server adopts them and runs only the document-level phase. A worker stopped after its budget
   * leaves one note instead.
   */
  async #analyzeInWorker(document: EditorDocument, state: DocState, cold: boolean, risky: boolean): Promise<void> {
    const uri = document.uri;
    const version = document.version;
    const text = document.getText();
    const rules = this.#rulesOf(uri, state);
    const stale = (): boolean => state.closed || this.documents.get(uri)?.version !== version;
    const base = state.workerSeq;
    const begun = performance.now();
    let onSlice: SliceListener | undefined;
    let warmer: DocumentPhaseWarmer | undefined;
    if (cold) {
      this.events.started?.(uri, text.length);
      const partial = this.#beginPartial(document, state, text, risky);
      const provisional = text.length > SYNC_OPEN_CHARS ? this.#provisionalPublisher(document, state, partial) : undefined;
      let head: readonly ShippedBlock[] = [];
      let tail: readonly ShippedBlock[] = [];
      let headDone = false;
      // How many of each part's blocks the warmer has (the gate's lists grow in place).
      let headWarmed = 0;
      let tailWarmed = 0;
      // Drained once the worker is done: meanwhile this thread's CPU would slow the worker down on a busy machine.
      const phase = new DocumentPhaseWarmer(text, partial.lines, rules, false);
      warmer = phase;
      const results = (blocks: readonly ShippedBlock[]) => (): readonly BlockAnalysis[] => blocks.map((b) => b.result);
      onSlice = (slices, blocks, part) => {
        if (part?.tail !== undefined) {
          phase.add(blocks.slice(tailWarmed));
          tailWarmed = blocks.length;
          tail = blocks;
          partial.tail = { from: part.tail, blocks: results(tail) };
        } else {
          phase.add(blocks.slice(headWarmed));
          headWarmed = blocks.length;
          head = blocks;
          partial.blocks = results(head);
          headDone = part?.done === true;
        }
        this.events.progress?.(uri, Math.min(text.length, slices * OPEN_SLICE_CHARS), text.length);
        // Provisional findings need the blocks from the top down: the second part's once the first is whole.
        provisional?.(headDone && tail.length > 0 ? results([...head, ...tail]) : results(head));
      };
    }
    state.vetting = true;
    let verdict: Verdict;
    /** The diagnostics published from the worker's findings, before this thread's document phase. */
    let early: string | undefined;
    try {
      // A text the server would analyse itself (not risky) is not kept by the worker: no later edit is sent there.
      const parts = cold && !risky && onSlice ? this.#splitFor(text) : undefined;
      verdict =
        (parts && onSlice && (await this.#openInParts(uri, text, rules, stale, parts, onSlice))) ||
        (cold ? await this.gate.open(uri, text, rules, OPEN_SLICE_CHARS, stale, onSlice, risky) : await this.gate.update(uri, text, rules, base, stale));
      // The worker's own analysis of this text found these: published now, so the last squiggles do
      // not wait for the document phase below (tens of ms of CPU, seconds on a loaded machine), and
      // the requests queued meanwhile go first. Hovers keep reading the analysed blocks until then.
      if (cold && verdict.kind === 'ok' && verdict.findings && state.partial && !stale() && rules === this.#rulesOf(uri, state) && !this.#isLarge(document)) {
        early = this.#sendFindings(document, state.partial.lines(), verdict.findings);
        // What the user waits for is shown: the status, the progress and the log say so now, not
        // after the memos and the adoption below (internal: hovers and code actions answer meanwhile).
        this.events.finished?.(uri, performance.now() - begun, verdict.findings.length, cold, verdict.parts ?? 1);
        await pause();
      }
      // Only now, with the findings shown, the document phase's memos are filled in turns (hovers
      // still read the analysed blocks): the adoption below is then one short step, not seconds.
      if (verdict.kind === 'ok' && verdict.shipped) await warmer?.drain(stale);
    } finally {
      state.vetting = false;
      warmer?.stop();
      if (cold) state.partial = undefined;
    }
    if (state.closed) return;
    if (verdict.kind === 'stale') {
      this.publish(uri);
      return;
    }
    if (verdict.kind === 'too-complex' && cold && !risky) {
      // A text without a long line or a big block went to the worker only to spare this thread:
      // past its budget (a machine under heavy load), the server analyses it itself, as before.
      state.analyzer = undefined;
      void this.#openInSlices(document, state);
      return;
    }
    if (verdict.kind === 'too-complex') {
      this.#tooComplex(document, state, verdict.budgetMs);
      this.events.finished?.(uri, verdict.budgetMs, 0, cold);
      return;
    }
    const started = performance.now();
    let analysis = verdict.shipped && this.#adopt(text, state, rules, verdict.shipped, base);
    if (!analysis && cold && text.length > SYNC_OPEN_CHARS) {
      // The worker failed or died without a verdict on the text: the server analyses it, slice by slice.
      state.analyzer = undefined;
      void this.#openInSlices(document, state);
      return;
    }
    try {
      analysis ??= this.#analyzeText(uri, text, state);
    } catch (error) {
      state.analyzer = undefined;
      this.events.failed?.(uri, (error as Error).message);
      this.#settle(uri);
      return;
    }
    state.cost = performance.now() - started;
    const latest = this.documents.get(uri);
    // Edited meanwhile: the analyzer holds `text` now; the latest version follows (pending edits
    // still map from the analysis hovers read).
    if (!latest || latest.version !== version) {
      this.publish(uri);
      return;
    }
    // New settings meanwhile (a config file found while the document opened): only the
    // document-level phase again (block results do not depend on rules), and still this analysis.
    const current = this.#rulesOf(uri, state);
    if (current !== rules && state.analyzer) analysis = state.analyzer.setOptions({ rules: current });
    state.pending.clear();
    this.#send(latest, state, analysis, early);
    if (early === undefined) this.events.finished?.(uri, cold ? performance.now() - begun : state.cost, analysis.findings.length, cold, verdict.parts ?? 1);
  }

  /**
   * The two parts of a big first analysis, when both workers are free, block results can be shifted
   * and a core is idle: on a saturated machine a second thread gets no more CPU for this process
   * (the scheduler shares it per session), so the split would only add its own cost (bench/open.ts).
   */
  #splitFor(text: string): ReturnType<typeof splitPoint> {
    if (!this.gate.freeForOpen || !this.helper.freeForOpen || !shiftKeysKnown() || !canShiftBlockAnalysis()) return undefined;
    if (!idleCore()) return undefined;
    return splitPoint(text);
  }

  /**
   * A first analysis in two parts at once: the analysis worker takes the text up to the split (and
   * checks the split), the helper the rest. Their blocks together are the whole document's; undefined
   * when a part failed or the split did not hold (the caller then opens it whole, in one worker).
   */
  async #openInParts(uri: string, text: string, rules: RuleSettings, stale: () => boolean, split: NonNullable<ReturnType<typeof splitPoint>>, onSlice: SliceListener): Promise<Verdict | undefined> {
    let headSlices = 0;
    let tailSlices = 0;
    const [head, tail] = await Promise.all([
      this.gate
        .open(uri, text, rules, OPEN_SLICE_CHARS, stale, (slices, blocks) => {
          headSlices = slices;
          onSlice(headSlices + tailSlices, blocks);
        }, false, { from: 0, to: split.to, next: split.next })
        .then((verdict) => {
          // The first part is whole: the provisional findings may now take in the second's blocks.
          if (verdict.kind === 'ok' && verdict.verified && verdict.shipped?.blocks.kind === 'all') onSlice(headSlices + tailSlices, verdict.shipped.blocks.blocks, { done: true });
          return verdict;
        }),
      this.helper.open(uri, text, rules, OPEN_SLICE_CHARS, stale, (slices, blocks) => {
        tailSlices = slices;
        onSlice(headSlices + tailSlices, blocks, { tail: split.next });
      }, false, { from: split.next, to: text.length }),
    ]);
    if (head.kind === 'stale' || tail.kind === 'stale') return { kind: 'stale' };
    if (head.kind !== 'ok' || tail.kind !== 'ok' || head.verified !== true || head.shipped?.blocks.kind !== 'all' || tail.shipped?.blocks.kind !== 'all') return undefined;
    const blocks = [...head.shipped.blocks.blocks, ...tail.shipped.blocks.blocks];
    return { kind: 'ok', shipped: { blocks: { kind: 'all', blocks }, seq: head.shipped.seq }, parts: 2 };
  }

  /** Takes the worker's blocks for `text`; undefined when they do not fit what the server holds (it then analyses itself). */
  #adopt(text: string, state: DocState, rules: RuleSettings, shipped: NonNullable<Extract<Verdict, { kind: 'ok' }>['shipped']>, base: number | undefined): Analysis | undefined {
    const { blocks, seq } = shipped;
    try {
      if (blocks.kind === 'all') state.analyzer = IncrementalAnalyzer.fromBlocks(text, { rules }, blocks.blocks);
      else if (state.analyzer && state.workerSeq === base) state.analyzer.applySplice(text, blocks, { rules });
      else return undefined;
      state.workerSeq = seq;
      return state.analyzer.analysis;
    } catch {
      state.analyzer = undefined;
      state.workerSeq = undefined;
      return undefined;
    }
  }

  /** The worker was stopped: no findings, one note, no on-demand hovers, until an edit is analysed. */
  #tooComplex(document: EditorDocument, state: DocState, budgetMs: number): void {
    state.analyzer = undefined;
    state.workerSeq = undefined;
    state.analysis = undefined;
    state.pending.clear();
    state.version = document.version;
    state.tooComplex =
      `Skipped: too complex. Analysing this document took longer than ${(budgetMs / 1000).toFixed(1)} s, so archnotes stopped it ` +
      '(some line or block makes the analysis super-linear). It is tried again after the next edit.';
    this.#settle(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [tooComplexNote(state.tooComplex)] });
  }

  /** `published`: the diagnostics already sent for this version (the worker's findings): not sent again when equal. */
  #send(document: EditorDocument, state: DocState, analysis: Analysis, published?: string): void {
    state.tooComplex = undefined;
    state.analysis = analysis;
    // Hovers read the analysis from now on: no text version stays pinned by what they shared with it.
    state.lines = undefined;
    state.decided = undefined;
    state.version = document.version;
    this.#settle(document.uri);
    const diagnostics: Diagnostic[] = analysis.findings.map((f) => toDiagnostic(analysis, f));
    if (this.#isLarge(document)) diagnostics.push(largeFileNote(analysis, document.length, this.settings.current.maxFileSizeKb));
    if (published !== undefined && JSON.stringify(diagnostics) === published) return;
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  /** Publishes findings another thread found for the document's current text; returns what was sent (JSON). */
  #sendFindings(document: EditorDocument, lines: LineIndex, findings: readonly DiagnosticFinding[]): string {
    const diagnostics = findings.map((f) => toDiagnosticIn(lines, f));
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    return JSON.stringify(diagnostics);
  }

  /**
   * Binary and minified texts are not analysed (engine/parse/unsupported-text.ts): one note instead of findings, no
   * hovers. Decided at open, after any large change, and on every change while unsupported.
   */
  #isUnsupported(document: EditorDocument, state: DocState): boolean {
    const text = document.getText();
    if (state.checkedLength === undefined || state.unsupported || Math.abs(text.length - state.checkedLength) > LARGE_CHANGE_CHARS) {
      state.unsupported = this.unsupportedOf(document.uri, text);
      state.checkedLength = text.length;
    }
    if (!state.unsupported) return false;
    state.analyzer = undefined;
    state.analysis = undefined;
    state.pending.clear();
    state.version = document.version;
    this.#settle(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [unsupportedNote(state.unsupported.message)] });
    return true;
  }

  /**
   * Publishes the provisional findings of a cold open while the document is still the text being
   * analysed (an edit since moves positions: the final analysis catches up instead). Only ever
   * more findings than the last publish, each certain to stay.
   */
  #provisionalPublisher(document: EditorDocument, state: DocState, partial: PartialAnalysis): (blocks: () => readonly BlockAnalysis[]) => void {
    const { text } = partial;
    const rules = this.#rulesOf(document.uri, state);
    let shown = 0;
    let last = Number.NEGATIVE_INFINITY;
    return (blocks) => {
      const now = performance.now();
      if (now - last < PROVISIONAL_INTERVAL_MS || state.closed) return;
      const current = this.documents.get(document.uri);
      if (!current || current.version !== document.version) return;
      const index = partial.lines();
      const findings = provisionalFindings(text, index, blocks(), { rules });
      // Nothing new yet: try again after the next slice, not an interval later.
      if (findings.length <= shown) return;
      last = now;
      shown = findings.length;
      void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((f) => toDiagnosticIn(index, f)) });
    };
  }

  /** What hovers read while a first analysis of `text` runs (cleared when it ends). */
  #beginPartial(document: EditorDocument, state: DocState, text: string, risky: boolean): PartialAnalysis {
    let lines: LineIndex | undefined;
    const partial: PartialAnalysis = { version: document.version, text, risky, lines: () => (lines ??= this.linesOf(document.uri, text)), blocks: () => [], cards: [] };
    state.partial = partial;
    this.prepare(document.uri);
    return partial;
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
    // Risky only when the worker failed on the text (else it would have analysed it).
    const partial = this.#beginPartial(document, state, text, this.gate.enabled && riskyText(text));
    const provisional = this.#provisionalPublisher(document, state, partial);
    // The last step assembles the whole document: its memos are filled slice by slice meanwhile.
    const warmer = new DocumentPhaseWarmer(text, partial.lines, rules, true);
    let warmed = 0;
    const sliced = (blocks: () => readonly BlockAnalysis[]): void => {
      partial.blocks = blocks;
      const all = blocks();
      warmer.add(all.slice(warmed).map((result) => ({ result, pending: 0 })));
      warmed = all.length;
      provisional(blocks);
    };
    let turnStarted = performance.now();
    const next = async (): Promise<void> => {
      slices++;
      this.events.progress?.(document.uri, Math.min(text.length, slices * OPEN_SLICE_CHARS), text.length);
      await pause();
      turnStarted = performance.now();
    };
    const between = (): Promise<void> | undefined => {
      if (performance.now() - turnStarted < OPEN_TURN_MS) return undefined;
      return pause().then(() => {
        turnStarted = performance.now();
      });
    };
    try {
      // Requests already queued (a hover sent right behind the didOpen) go first; after that each
      // waits for one slice at most, so the slices are kept short.
      await pause();
      analyzer = await IncrementalAnalyzer.open(text, { rules }, { pause: next, between, cancelled: () => state.closed, sliced }, OPEN_SLICE_CHARS);
    } catch (error) {
      this.events.failed?.(document.uri, (error as Error).message);
      this.#settle(document.uri);
    } finally {
      warmer.stop();
      state.opening = false;
      state.partial = undefined;
    }
    if (!analyzer || state.closed) {
      this.events.finished?.(document.uri, performance.now() - started, 0, true);
      return;
    }
    state.analyzer = analyzer;
    state.workerSeq = undefined;
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

/** Text of the blocks one warm-up step reads: memos that read neighbouring contexts fill too, and a step stays short. */
const WARM_GROUP_CHARS = 2048;

/**
 * The document phase (`assemble`: document rules, scoped limits, section claims) reads memos per
 * analysed context (engine/rules/kit: clause facts, claims, quantities, statements), filled by the
 * first document phase that reads the context: for blocks the worker analysed, not in this thread.
 * Adopting a big first analysis computed them all in one step of the server's thread: 150–200 ms of
 * CPU on the notes (about 30 ms once they are filled), seconds of wall time on a loaded machine,
 * with the hovers sent meanwhile waiting behind it (issue 15, defect 3). This runs the document
 * phase over the blocks a group at a time, giving waiting requests a turn every `OPEN_TURN_MS`
 * (as this thread analyses them, or once the worker's findings are published); its results are dropped (a memo depends on its context alone, as block reuse
 * across edits requires). Whatever is left when the analysis ends, the adoption fills itself.
 */
class DocumentPhaseWarmer {
  readonly #queue: Array<{ readonly result: BlockAnalysis; readonly pending: number }> = [];
  #next = 0;
  #running = false;
  #stopped = false;

  constructor(
    private readonly text: string,
    private readonly lines: () => LineIndex,
    private readonly rules: RuleSettings,
    /** Fill as the blocks arrive (this thread analyses them anyway), or only when `drain` is called. */
    private readonly eager: boolean,
  ) {}

  add(blocks: ReadonlyArray<{ readonly result: BlockAnalysis; readonly pending: number }>): void {
    if (this.#stopped || blocks.length === 0) return;
    for (const block of blocks) this.#queue.push(block);
    if (this.eager && !this.#running) void this.drain();
  }

  stop(): void {
    this.#stopped = true;
    this.#queue.length = 0;
  }

  /** Fills the memos of every block added so far, in turns; stops early once `stale()` (the adoption will not come). */
  async drain(stale: () => boolean = () => false): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    let turn = performance.now();
    try {
      while (!this.#stopped && !stale() && this.#next < this.#queue.length) {
        const group: Array<{ result: BlockAnalysis; pending: number }> = [];
        for (let chars = 0; this.#next < this.#queue.length && chars < WARM_GROUP_CHARS; this.#next++) {
          const block = this.#queue[this.#next];
          if (!block) break;
          group.push({ result: block.result, pending: block.pending });
          chars += block.result.end - block.result.start;
        }
        assemble(this.text, group, { rules: this.rules }, this.lines());
        if (performance.now() - turn >= OPEN_TURN_MS) {
          await pause();
          turn = performance.now();
        }
      }
    } catch {
      // Only a warm-up: the adoption's own document phase reports a failure.
    } finally {
      this.#running = false;
    }
  }
}

/**
 * A small document for the warm-ups (`warmHoverFor`, `warmDocumentPhaseFor`): a service, CIDRs, a
 * port in a table, a duration in a list, so the first hover of a big open finds the parser, the
 * recognisers and the hover code compiled.
 */
const WARM_UP_TEXT =
  '# Network\n\nThe VPC is 10.0.0.0/16 and subnet app-a is 10.0.1.0/24; Amazon SQS keeps messages for 4 days.\n\n' +
  '| Engine | Port |\n| --- | --- |\n| PostgreSQL | 5432 |\n\n- Lambda functions time out after 15 minutes.\n';

/**
 * A character past U+00FF: V8 then stores the text two bytes per character (and so every slice of
 * it), and compiles each regex again for such a text. The notes have curly quotes: a warm-up on a
 * text of one byte per character left the first hover on them 50 ms of compiling (in process, without
 * the code cache: 50 → 11–15 ms with the warm-up in their form).
 */
const TWO_BYTE = /[^\u0000-\u00ff]/;

/** WARM_UP_TEXT stored one or two bytes per character. */
function warmUpText(twoByte: boolean): string {
  return twoByte ? WARM_UP_TEXT.replace('# Network', '# Network \u2014 plan') : WARM_UP_TEXT;
}

/** The forms (one byte per character or two) the hover path and the document phase have been warmed for. */
const warmedHover = new Set<boolean>();
const warmedDocumentPhase = new Set<boolean>();

/** One on-demand hover on WARM_UP_TEXT in the form `twoByte` (once per form). */
function warmHoverFor(twoByte: boolean): void {
  if (warmedHover.has(twoByte)) return;
  warmedHover.add(twoByte);
  try {
    const text = warmUpText(twoByte);
    hoverOnDemand(text, text.indexOf('SQS') + 1);
  } catch {
    // Only a warm-up: the real hover reports its own failure.
  }
}

/** The document phase's code on WARM_UP_TEXT in the form `twoByte` (once per form). */
function warmDocumentPhaseFor(twoByte: boolean): void {
  if (warmedDocumentPhase.has(twoByte)) return;
  warmedDocumentPhase.add(twoByte);
  try {
    analyzeText(warmUpText(twoByte));
  } catch {
    // Only a warm-up.
  }
}

/**
 * Warm-ups while the server is idle, each in a turn of its own (a request that arrives meanwhile waits
 * for one step at most). The first hover of a big first analysis parses on this thread, and its first
 * call compiled the parser, the service regex and the hover code first: 100 ms of CPU, seconds of
 * wall time on a loaded machine (bench/open.ts), while the user waits for a card. The document
 * phase costs 50–90 ms per form to warm, so only for the forms of the documents open.
 */
function warmInTurns(steps: Array<() => void>): void {
  const step = steps.shift();
  if (step) setTimeout(() => (step(), warmInTurns(steps)), 0).unref();
}

/** The last minute's load leaves a core idle (ARCHNOTES_SPLIT_OPEN=always|never overrides, for tests and measurements). */
function idleCore(): boolean {
  const forced = process.env['ARCHNOTES_SPLIT_OPEN'];
  if (forced === 'always' || forced === 'never') return forced === 'always';
  return (loadavg()[0] ?? 0) < Math.max(1, availableParallelism()) - 0.5;
}

function clearTimers(state: DocState): void {
  if (state.timer) clearTimeout(state.timer);
  if (state.immediate) clearImmediate(state.immediate);
  state.timer = undefined;
  state.immediate = undefined;
}
