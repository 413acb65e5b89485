/**
 * "Disable <rule> in .archnotes.jsonc": the workspace edit that sets the rule to "off" in the
 * project config the document reads (the nearest one up the tree), or creates that file in the
 * document's workspace folder. An existing file is edited in place with jsonc-parser's `modify`, so
 * its comments, order and layout stay as they are.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { modify, parse, type ParseError } from 'jsonc-parser';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CONFIG_FILE, MAX_CONFIG_BYTES, findConfigFile } from '../config/config';
import { LineIndex } from '../engine';

export interface ConfigEditOptions {
  /** Workspace folder URIs: a new config goes into the folder that holds the document. */
  readonly folders: readonly string[];
  /** The client creates files through a workspace edit (`resourceOperations` has "create"). */
  readonly canCreate: boolean;
}

/** The text of a config file that did not exist. */
export function newConfigText(ruleId: string, eol = '\n'): string {
  return ['{', '  // archnotes project config: rule levels are off | info | warning | error.', '  "rules": {', `    ${JSON.stringify(ruleId)}: "off"`, '  }', '}', ''].join(eol);
}

/**
 * The edits that turn `ruleId` off in config text, keeping everything else; undefined when the text
 * is not a JSON object we can edit safely (a syntax error: the edit could land anywhere).
 */
export function disableRuleInText(text: string, ruleId: string): Array<{ offset: number; length: number; content: string }> | undefined {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const rules = (value as Record<string, unknown>)['rules'];
  if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)"/m.exec(text)?.[1];
  const formattingOptions = indent?.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent?.length ?? 2, eol };
  return modify(text, ['rules', ruleId], 'off', { formattingOptions });
}

/** The folder a new config goes in: the workspace folder holding the document, else its own folder. */
function newConfigFolder(documentPath: string, folders: readonly string[]): string {
  const holding = folders
    .filter((uri) => uri.startsWith('file:'))
    .map((uri) => fileURLToPath(uri))
    .filter((folder) => {
      const rel = relative(folder, documentPath);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    })
    .sort((a, b) => b.length - a.length);
  return holding[0] ?? dirname(documentPath);
}

export interface ConfigEdit {
  readonly edit: WorkspaceEdit;
  /** The config file it edits or creates. */
  readonly configUri: string;
}

/** The workspace edit, or undefined when there is nothing safe to do (not a file, a broken config, no create support). */
export function disableInConfigEdit(documentUri: string, ruleId: string, options: ConfigEditOptions): ConfigEdit | undefined {
  if (!documentUri.startsWith('file:')) return undefined;
  let documentPath: string;
  try {
    documentPath = fileURLToPath(documentUri);
  } catch {
    return undefined;
  }
  const existing = findConfigFile(dirname(documentPath));
  if (existing) {
    let text: string;
    try {
      text = readFileSync(existing, 'utf8');
    } catch {
      return undefined;
    }
    if (text.length > MAX_CONFIG_BYTES) return undefined;
    const edits = disableRuleInText(text, ruleId);
    if (!edits || edits.length === 0) return undefined;
    const lines = new LineIndex(text);
    const textEdits: TextEdit[] = edits.map((e) => ({ range: { start: lines.positionAt(e.offset), end: lines.positionAt(e.offset + e.length) }, newText: e.content }));
    const configUri = pathToFileURL(existing).toString();
    return { edit: { changes: { [configUri]: textEdits } }, configUri };
  }
  if (!options.canCreate) return undefined;
  const uri = pathToFileURL(join(newConfigFolder(documentPath, options.folders), CONFIG_FILE)).toString();
  const edit: WorkspaceEdit = {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newConfigText(ruleId) }] },
    ],
  };
  return { edit, configUri: uri };
}
