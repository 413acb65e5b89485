/**
 * How the "archnotes" output channel names a file: by its path in the workspace (`docs/net.md`; with
 * the folder's name in front when there are several folders), as the Explorer and Problems panel do,
 * not by a `file://` address with percent-escapes. A file outside every folder keeps its absolute path.
 */
import { basename, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `target`: a document URI or an absolute file path; `folders`: the workspace folders' URIs. */
export function displayPath(target: string, folders: readonly string[]): string {
  const file = toFile(target);
  if (file === undefined) return target;
  const roots = folders.map(toFile).filter((f): f is string => f !== undefined);
  for (const root of roots) {
    const rel = relative(root, file);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
    const shown = rel.split(sep).join('/');
    return roots.length > 1 ? `${basename(root)}/${shown}` : shown;
  }
  return file;
}

function toFile(target: string): string | undefined {
  if (target.startsWith('file:')) {
    try {
      return fileURLToPath(target);
    } catch {
      return undefined;
    }
  }
  return isAbsolute(target) ? target : undefined;
}
