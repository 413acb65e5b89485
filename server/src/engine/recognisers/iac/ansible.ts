/**
 * Ansible tasks of the AWS collections in YAML fences: `amazon.aws.sqs_queue: { default_visibility_timeout: 50000 }`,
 * `amazon.aws.lambda: { timeout: 1200 }`, `amazon.aws.cloudwatchlogs_log_group: { retention: 45 }`. The module names
 * the resource (its CloudFormation type), and its options map to that type's properties (option names and units from the
 * modules' documentation: the queue's times in seconds, the stream's retention in hours, the log group's in days). A
 * module is known by its collection name, or by its short name as a key of a task (a list item that also has `name:`).
 * A line scanner over the fence; options written as Jinja templates are not numbers and are not read. Never throws.
 */
import { lineTexts, type LineText } from '../../util/text';
import { MAX_FENCE, type IacFence, type IacResource, type IacValue } from './types';

interface Module {
  readonly type: string;
  /** Option name → the normalised CloudFormation property it sets. */
  readonly options: Readonly<Record<string, string>>;
}

// amazon.aws / community.aws module documentation: sqs_queue, lambda, cloudwatchlogs_log_group, kinesis_stream, rds_instance, rds_cluster.
const MODULES: Readonly<Record<string, Module>> = {
  sqs_queue: {
    type: 'AWS::SQS::Queue',
    options: {
      default_visibility_timeout: 'visibilitytimeout',
      visibility_timeout: 'visibilitytimeout',
      delivery_delay: 'delayseconds',
      delay_seconds: 'delayseconds',
      maximum_message_size: 'maximummessagesize',
      message_retention_period: 'messageretentionperiod',
      receive_message_wait_time: 'receivemessagewaittimeseconds',
      receive_message_wait_time_seconds: 'receivemessagewaittimeseconds',
    },
  },
  lambda: { type: 'AWS::Lambda::Function', options: { timeout: 'timeout', memory_size: 'memorysize' } },
  cloudwatchlogs_log_group: { type: 'AWS::Logs::LogGroup', options: { retention: 'retentionindays' } },
  kinesis_stream: { type: 'AWS::Kinesis::Stream', options: { retention_period: 'retentionperiodhours' } },
  rds_instance: { type: 'AWS::RDS::DBInstance', options: { backup_retention_period: 'backupretentionperiod' } },
  rds_cluster: { type: 'AWS::RDS::DBCluster', options: { backup_retention_period: 'backupretentionperiod' } },
};

/** A module key opening its options: `  amazon.aws.sqs_queue:`, `- community.aws.kinesis_stream:`, `  sqs_queue:`. */
const MODULE_KEY = /^([ \t]*)(-[ \t]+)?((?:amazon|community)\.aws\.)?([a-z_]{3,40})[ \t]*:[ \t]*(?:#.*)?$/;
/** An option with a number: `timeout: 1200`, `retention: "45"`. */
const OPTION = /^[ \t]*([a-z_]{2,60})[ \t]*:[ \t]*(["']?)(\d{1,12})\2[ \t]*(?:#.*)?$/;
/** A task's `name:` key, as the list item's first key or a sibling. */
const TASK_NAME = /^[ \t]*(?:-[ \t]+)?name[ \t]*:/;

const indentOf = (text: string): number => /^[ \t]*/.exec(text)?.[0].length ?? 0;

/** Whether the short module key on line `i` (indent `indent`, after a `- ` or not) is a task's: a `name:` beside it in its list item. */
function inTask(lines: readonly LineText[], i: number, indent: number, dashed: boolean): boolean {
  const keyIndent = dashed ? indent + 2 : indent;
  for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
    const text = (lines[j] as LineText).text;
    if (text.trim() === '') continue;
    const at = indentOf(text);
    if (at < keyIndent - 2) return false;
    if (TASK_NAME.test(text) && (text.trimStart().startsWith('-') ? at + 2 === keyIndent : at === keyIndent)) return true;
    if (text.trimStart().startsWith('-') && at + 2 === keyIndent) return false;
  }
  for (let j = i + 1; j < lines.length && j <= i + 20; j++) {
    const text = (lines[j] as LineText).text;
    if (text.trim() === '') continue;
    const at = indentOf(text);
    if (at < keyIndent || (at === keyIndent && text.trimStart().startsWith('-'))) return false;
    if (at === keyIndent && TASK_NAME.test(text)) return true;
  }
  return false;
}

/** Adds the AWS collections' Ansible tasks of a YAML fence: each module a resource, its options its properties. */
export function withAnsibleTasks(fence: IacFence, code: string, at: number): IacFence {
  if (code.length > MAX_FENCE || !/_(?:queue|group|stream|instance|cluster)\b|\blambda\b/.test(code)) return fence;
  try {
    const lines = lineTexts(code);
    const found: Array<{ resource: IacResource; values: IacValue[] }> = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as LineText;
      const m = MODULE_KEY.exec(line.text);
      const module = m ? MODULES[m[4] ?? ''] : undefined;
      if (!m || !module) continue;
      const indent = (m[1] ?? '').length;
      if (m[3] === undefined && !inTask(lines, i, indent, m[2] !== undefined)) continue;
      const keyIndent = indent + (m[2] ?? '').length;
      const values: IacValue[] = [];
      let last = i;
      let optionIndent: number | undefined;
      for (let j = i + 1; j < lines.length; j++) {
        const text = (lines[j] as LineText).text;
        if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
        const at2 = indentOf(text);
        if (at2 <= keyIndent) break;
        last = j;
        optionIndent ??= at2;
        if (at2 !== optionIndent) continue;
        const o = OPTION.exec(text);
        const property = o ? module.options[o[1] ?? ''] : undefined;
        if (!o || !property) continue;
        const raw = o[3] ?? '';
        const valueAt = (lines[j] as LineText).start + text.indexOf(raw, text.indexOf(':') + 1);
        values.push({ key: o[1] ?? '', normalizedKey: property, raw, number: Number(raw), start: at + valueAt, end: at + valueAt + raw.length });
      }
      const endLine = lines[last] as LineText;
      found.push({ resource: { start: at + line.start, end: at + endLine.start + endLine.text.length, resourceType: module.type, name: '' }, values });
      i = last;
    }
    if (found.length === 0) return fence;
    const kept = found.filter((f) => !fence.resources.some((r) => r.start < f.resource.end && f.resource.start < r.end));
    if (kept.length === 0) return fence;
    const added = kept.flatMap((f) => f.values);
    // A task's option read here says whose it is; the same value read by its words alone gives way.
    const values = [...fence.values.filter((v) => !added.some((a) => a.start < v.end && v.start < a.end)), ...added].sort((a, b) => a.start - b.start);
    const resources = [...fence.resources, ...kept.map((f) => f.resource)].sort((a, b) => a.start - b.start);
    return { resources, values };
  } catch {
    return fence;
  }
}
