/**
 * `cdk diff` output pasted into a fence. Resources are lines `[~] AWS::SQS::Queue Orders/Queue Queue4A7E`
 * (`[+]` added, `[-]` removed, `[←]` imported); under an updated one, each changed property is a tree:
 *
 *     └─ [~] MessageRetentionPeriod
 *         ├─ [-] 345600
 *         └─ [+] 1382400
 *
 * An added property prints its value under it without a tag (`└─ 900`); a nested key is `├─ [~] .Size:`.
 * As with `terraform plan` (plan-fence.ts), the fence is read as the state after the change: removed
 * resources, removed properties and `[-]` values are removed text (in no context), and the tree is
 * read by `readCdkDiff` (recognisers/iac/cdk-diff.ts) into CloudFormation property values of the resource's type, so the attribute
 * table gives each its fact. Added resources list no properties, so they give no values.
 */
import type { DiffView } from './diff-fence';
import { CDK_RESOURCE_LINE, CDK_TREE_LINE } from '../recognisers/iac/cdk-diff';
import { linesOf } from '../util/text';

/** Fences a cdk diff is pasted into. */
const CDK_DIFF_LANGS = /^(?:|text|txt|plain|plaintext|output|log|console|shell|shell-session|shellsession|terminal|bash|sh|zsh|diff)$/;
const RESOURCE_HINT = /^\[[~+\-←]\] AWS::[A-Za-z0-9]+::[A-Za-z0-9]+ /m;

/** The view of a `cdk diff` fence: `[-]` values, removed properties and removed resources blanked. */
export function cdkDiffView(code: string, lang: string): DiffView | undefined {
  if (!CDK_DIFF_LANGS.test(lang) || !RESOURCE_HINT.test(code)) return undefined;
  const chars = code.split('');
  const removed: Array<{ start: number; end: number }> = [];
  const remove = (from: number, to: number): void => {
    if (to <= from) return;
    for (let i = from; i < to; i++) chars[i] = ' ';
    const last = removed[removed.length - 1];
    if (last && /^\s*$/.test(code.slice(last.end, from))) last.end = to;
    else removed.push({ start: from, end: to });
  };
  let removingResource = false;
  /** Under a removed property or value: lines deeper than this depth are removed too. */
  let removedDepth: number | undefined;
  for (const { start, end } of linesOf(code)) {
    const line = code.slice(start, end);
    const resource = CDK_RESOURCE_LINE.exec(line);
    const tree = resource ? null : CDK_TREE_LINE.exec(line);
    if (resource) {
      removingResource = resource[1] === '-';
      removedDepth = undefined;
      if (removingResource) remove(start, end);
    } else if (removingResource && (tree || line.trim() === '')) {
      remove(start, end);
    } else if (tree) {
      removingResource = false;
      const depth = (tree[1] ?? '').length;
      if (removedDepth !== undefined && depth > removedDepth) remove(start, end);
      else if (tree[2] === '-') {
        remove(start, end);
        removedDepth = depth;
      } else removedDepth = undefined;
    } else {
      removingResource = false;
      removedDepth = undefined;
    }
  }
  return { code: chars.join(''), lang: 'cdkdiff', removed };
}
