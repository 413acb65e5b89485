/**
 * Renamed settings. VS Code titles a setting from its key, so `archnotes.debounceMs` and
 * `archnotes.maxFileSizeKb` read "Debounce Ms" and "Max File Size Kb" in the Settings editor; they
 * are `archnotes.diagnosticsDelay` and `archnotes.largeFileSize` now. The old keys stay declared (as
 * deprecated, so the Settings editor shows them only where a user set them), and their values keep
 * working: VS Code sends every declared key with its default, so the server cannot tell a set key
 * from a default one, and the client fills the new key from the old one where only the old one is
 * set. No `vscode` import, so the unit tests run it.
 */

export const RENAMED_SETTINGS: ReadonlyArray<{ readonly from: string; readonly to: string }> = [
  { from: 'debounceMs', to: 'diagnosticsDelay' },
  { from: 'maxFileSizeKb', to: 'largeFileSize' },
];

/** What `WorkspaceConfiguration.inspect` says of a key (the scopes a user can set it in). */
export interface SettingScopes {
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
  readonly globalLanguageValue?: unknown;
  readonly workspaceLanguageValue?: unknown;
  readonly workspaceFolderLanguageValue?: unknown;
}

/** Most specific scope first: the first scope that sets either key decides, as VS Code merges them. */
const SCOPES = ['workspaceFolderLanguageValue', 'workspaceLanguageValue', 'globalLanguageValue', 'workspaceFolderValue', 'workspaceValue', 'globalValue'] as const;

/**
 * The `archnotes` section with each new key taking an old key's value where the old key is set in a
 * scope more specific than any that sets the new key (the new key wins within one scope).
 */
export function withRenamedSettings(section: Readonly<Record<string, unknown>>, inspect: (key: string) => SettingScopes | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...section };
  for (const { from, to } of RENAMED_SETTINGS) {
    const renamed = inspect(to);
    const old = inspect(from);
    for (const scope of SCOPES) {
      if (renamed?.[scope] !== undefined) break;
      if (old?.[scope] !== undefined) {
        out[to] = old[scope];
        break;
      }
    }
  }
  return out;
}
