/**
 * The reader of a `cdk diff` fence's view (parse/cdk-diff-fence.ts blanks what the change removes):
 * each `[~]` / `[+]` resource line opens a resource of that CloudFormation type, and the property
 * trees under it give the values after the change: `[+] 1382400` under `[~] MessageRetentionPeriod`,
 * an untagged value under an added property, `.Size` under `EphemeralStorage` with that parent key.
 * Line by line; every step advances.
 */
import { normalizeKey, numberOf, type IacFence, type IacResource, type IacValue } from './types';
import { linesOf } from '../../util/text';

/** `[~] AWS::SQS::Queue Orders/Queue Queue4A7E`: a resource line (tag, type). */
export const CDK_RESOURCE_LINE = /^\[([~+\-←])\] (AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)(?= |$)/;
/** ` └─ [~] Timeout`, `     ├─ [+] 1200`: a tree line (the prefix before `├─`/`└─` gives its depth, then tag, rest). */
export const CDK_TREE_LINE = /^([ │]*)[├└]─ (?:\[([~+\-])\] )?(.*)$/;

/** The resources and values of a `cdk diff` view (removed text already blanked). */
export function readCdkDiff(code: string, at: number): IacFence {
  const resources: IacResource[] = [];
  const values: IacValue[] = [];
  let current: { start: number; end: number; type: string; name: string } | undefined;
  /** The property and nested keys above the line being read, by depth. */
  const path: Array<{ depth: number; key: string; added: boolean }> = [];
  const close = (): void => {
    if (current) resources.push({ start: at + current.start, end: at + current.end, resourceType: current.type, name: current.name });
    current = undefined;
  };
  for (const { start, end } of linesOf(code)) {
    const line = code.slice(start, end);
    const resource = CDK_RESOURCE_LINE.exec(line);
    const tree = resource ? null : CDK_TREE_LINE.exec(line);
    if (resource) {
      close();
      const words = line.slice(resource[0].length).trim().split(/\s+/);
      const id = words[words.length - 1] ?? '';
      current = { start, end, type: resource[2] ?? '', name: /^[A-Za-z][A-Za-z0-9]*$/.test(id) ? id : '' };
      path.length = 0;
    } else if (current && tree) {
      current.end = end;
      const depth = (tree[1] ?? '').length;
      while (path.length > 0 && (path[path.length - 1]?.depth ?? 0) >= depth) path.pop();
      const rest = (tree[3] ?? '').replace(/ \((?:may cause|requires) replacement\)$/, '').trimEnd();
      // A key: a property (the first level), a nested `.Key:`, or `Added: .Key`.
      const key = depth <= 1 || rest.startsWith('.') || rest.startsWith('Added: ') || rest.endsWith(':') ? /^(?:Added: )?\.?([A-Za-z][A-Za-z0-9]*):?$/.exec(rest) : null;
      if (key) path.push({ depth, key: key[1] ?? '', added: tree[2] === '+' });
      else {
        const owner = path[path.length - 1];
        // `[+] 1382400` under a changed key, or an untagged value under an added one.
        if (owner && rest !== '' && (tree[2] === '+' || (tree[2] === undefined && owner.added))) {
          const raw = rest.length > 1 && rest.startsWith('"') && rest.endsWith('"') ? rest.slice(1, -1) : rest;
          const offset = start + line.length - (tree[3] ?? '').length + (tree[3] ?? '').indexOf(raw);
          const parent = path.length > 1 ? normalizeKey(path[path.length - 2]?.key ?? '') : undefined;
          values.push({ key: owner.key, normalizedKey: normalizeKey(owner.key), ...(parent ? { parentKey: parent } : {}), raw, number: numberOf(raw), start: at + offset, end: at + offset + raw.length });
        }
      }
    } else if (current && line.trim() !== '') close();
  }
  close();
  return { resources, values };
}
