/**
 * AWS Tools for PowerShell cmdlets in `powershell` fences: `Update-LMFunctionConfiguration -FunctionName w -Timeout 1200`,
 * `New-SQSQueue -QueueName q -Attribute @{ VisibilityTimeout = "50000" }`, `Request-KINStreamRetentionPeriodIncrease
 * -RetentionPeriodHour 9000`, `Edit-RDSDBInstance -BackupRetentionPeriod 40`, `Write-CWLRetentionPolicy -RetentionInDays 45`.
 * A cmdlet that sets something (New, Set, Update, Edit, Publish, Write, Request, Add) of a service prefix below is a
 * resource of that service's CloudFormation type; its parameters, and the entries of a hashtable passed to one, are
 * values under their API names, which the cmdlets write in the singular (`-RetentionPeriodHour`). The statement runs to
 * the end of its line, over backtick continuations and open brackets. A linear scanner; never throws.
 */
import { iacAttributeOf } from './attributes';
import { MAX_FENCE, normalizeKey, type IacFence, type IacResource, type IacValue } from './types';

export const POWERSHELL_LANGS = /^(?:powershell|pwsh|ps1|ps|posh)$/;

/** Cmdlet noun prefixes (the AWS Tools modules' service prefixes) → the CloudFormation type their settings are of. */
const PREFIXES: Readonly<Record<string, (noun: string) => string>> = {
  SQS: () => 'AWS::SQS::Queue',
  LM: () => 'AWS::Lambda::Function',
  KIN: () => 'AWS::Kinesis::Stream',
  RDS: (noun) => (noun.startsWith('DBCluster') ? 'AWS::RDS::DBCluster' : 'AWS::RDS::DBInstance'),
  CWL: () => 'AWS::Logs::LogGroup',
};

const CMDLET = /\b(?:New|Set|Update|Edit|Publish|Write|Request|Add)-(SQS|LM|KIN|RDS|CWL)([A-Z][A-Za-z]{1,60})\b/g;
/** `-Timeout 1200`, `-Timeout:1200`, `-RetentionInDays "45"`. */
const PARAMETER = /(?<![\w-])-([A-Za-z][A-Za-z0-9_]{1,63})(?:[ \t]+|:)(["']?)(\d{1,12})\2(?![\w.])/g;
/** A hashtable entry: `VisibilityTimeout = "50000"`, `"MessageRetentionPeriod" = 1500000`. */
const ENTRY = /(?<![\w-])(["']?)([A-Za-z][A-Za-z0-9_]{1,63})\1[ \t]*=[ \t]*(["']?)(\d{1,12})\3(?![\w.])/g;

/** Where the statement starting at `from` ends: a line break outside brackets and quotes, not after a backtick. */
function statementEnd(code: string, from: number): number {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      const end = code.indexOf(c, i + 1);
      if (end < 0) return code.length;
      i = end;
    } else if (c === '{' || c === '(') depth++;
    else if (c === '}' || c === ')') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return i;
    else if (c === '\n' && depth === 0 && code.slice(Math.max(from, i - 2), i).trimEnd().slice(-1) !== '`') return i;
  }
  return code.length;
}

/** The parameter's key as the type's property: as written, or in the plural the API uses (`RetentionPeriodHour`). */
function propertyKey(type: string, key: string, raw: string): string {
  const normalized = normalizeKey(key);
  for (const candidate of [normalized, `${normalized}s`]) {
    if (iacAttributeOf(type, { key, normalizedKey: candidate, raw, number: Number(raw), start: 0, end: 0 })) return candidate;
  }
  return normalized;
}

/** Reads the AWS Tools for PowerShell cmdlets of one fence (`code` at document offset `at`). */
export function readPowerShell(code: string, at: number): IacFence {
  if (code.length > MAX_FENCE) return { resources: [], values: [] };
  try {
    const resources: IacResource[] = [];
    const values: IacValue[] = [];
    CMDLET.lastIndex = 0;
    for (let m = CMDLET.exec(code); m; m = CMDLET.exec(code)) {
      const type = PREFIXES[m[1] ?? '']?.(m[2] ?? '');
      if (!type) continue;
      const end = statementEnd(code, m.index + m[0].length);
      const body = code.slice(m.index, end);
      const found: IacValue[] = [];
      for (const re of [PARAMETER, ENTRY]) {
        re.lastIndex = 0;
        for (let p = re.exec(body); p; p = re.exec(body)) {
          const key = re === PARAMETER ? (p[1] ?? '') : (p[2] ?? '');
          const raw = re === PARAMETER ? (p[3] ?? '') : (p[4] ?? '');
          const valueAt = m.index + p.index + p[0].lastIndexOf(raw);
          // A commented-out entry inside a hashtable (`# VisibilityTimeout = "50000"`) sets nothing.
          if (found.some((v) => v.start === at + valueAt) || body.slice(body.lastIndexOf('\n', p.index) + 1, p.index).includes('#')) continue;
          found.push({ key, normalizedKey: propertyKey(type, key, raw), raw, number: Number(raw), start: at + valueAt, end: at + valueAt + raw.length });
        }
      }
      const lineStart = code.lastIndexOf('\n', m.index) + 1;
      resources.push({ start: at + lineStart, end: at + end, resourceType: type, name: '' });
      values.push(...found.sort((a, b) => a.start - b.start));
      CMDLET.lastIndex = Math.max(end, m.index + m[0].length);
    }
    return { resources, values };
  } catch {
    return { resources: [], values: [] };
  }
}
