/**
 * Workspace symbol search ("orders-db" across docs): symbols of open documents come from their
 * latest analysis; markdown files on disk that are not open are analysed once and cached by mtime.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText, unsupportedText } from '../engine';
import { walkMarkdown } from '../workspace/files';
import { documentSymbols, searchSymbols, type ArchSymbol, type WorkspaceSymbolMatch } from '../engine';

/** Bounds so a huge monorepo cannot stall the server: files scanned and bytes per file. */
const MAX_FILES = 2000;
const MAX_BYTES = 1_000_000;

interface Cached {
  readonly mtimeMs: number;
  readonly size: number;
  readonly symbols: readonly ArchSymbol[];
}

export class WorkspaceSymbols {
  readonly #folders: string[] = [];
  readonly #disk = new Map<string, Cached>();
  readonly #open = new Map<string, readonly ArchSymbol[]>();

  setFolders(uris: readonly string[]): void {
    this.#folders.length = 0;
    for (const uri of uris) if (uri.startsWith('file:')) this.#folders.push(fileURLToPath(uri));
  }

  setOpen(uri: string, symbols: readonly ArchSymbol[]): void {
    this.#open.set(uri, symbols);
  }

  close(uri: string): void {
    this.#open.delete(uri);
  }

  /** Markdown files in the workspace folders: no dot directories, node_modules or .git; at most MAX_FILES. */
  #files(): string[] {
    const out: string[] = [];
    for (const folder of this.#folders) walkMarkdown(folder, { skipDotDirs: true, maxFiles: MAX_FILES }, out);
    return out;
  }

  #diskSymbols(path: string): readonly ArchSymbol[] {
    try {
      const stats = statSync(path);
      if (stats.size > MAX_BYTES || !stats.isFile()) return [];
      const cached = this.#disk.get(path);
      if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.symbols;
      const text = readFileSync(path, 'utf8');
      // Binary, minified and deeply nested files are not analysed, as when opened (a never-opened
      // 990 KB paragraph blocked the server for 45 s, probe D6).
      const symbols = unsupportedText(text) ? [] : documentSymbols(analyzeText(text).model);
      this.#disk.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, symbols });
      return symbols;
    } catch {
      return [];
    }
  }

  /**
   * The server's search: yields to the event loop after each file it analyses (and every 100 files
   * read from the cache), so a `$/cancelRequest`, a hover or an edit gets through while thousands of
   * files are analysed (probe D6: 20 s with the cancel ignored); `undefined` once cancelled.
   */
  async searchYielding(query: string, isCancelled: () => boolean, yieldNow: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))): Promise<WorkspaceSymbolMatch[] | undefined> {
    const documents: Array<{ uri: string; symbols: readonly ArchSymbol[] }> = [...this.#open].map(([uri, symbols]) => ({ uri, symbols }));
    const open = new Set(this.#open.keys());
    let sinceYield = 0;
    for (const path of this.#files()) {
      if (isCancelled()) return undefined;
      const uri = pathToFileURL(path).toString();
      if (open.has(uri)) continue;
      const cachedBefore = this.#disk.size;
      documents.push({ uri, symbols: this.#diskSymbols(path) });
      sinceYield += this.#disk.size !== cachedBefore ? 100 : 1;
      if (sinceYield >= 100) {
        sinceYield = 0;
        await yieldNow();
      }
    }
    return isCancelled() ? undefined : searchSymbols(documents, query);
  }

  search(query: string, isCancelled: () => boolean = () => false): WorkspaceSymbolMatch[] {
    const documents: Array<{ uri: string; symbols: readonly ArchSymbol[] }> = [...this.#open].map(([uri, symbols]) => ({ uri, symbols }));
    const open = new Set(this.#open.keys());
    for (const path of this.#files()) {
      if (isCancelled()) break;
      const uri = pathToFileURL(path).toString();
      if (!open.has(uri)) documents.push({ uri, symbols: this.#diskSymbols(path) });
    }
    return searchSymbols(documents, query);
  }
}
