/**
 * Moving block results to new document offsets. A block that an edit did not touch keeps its
 * analysis; only its offsets move by the edit's length change. Which fields are offsets is learned
 * once per process (see `calibrate`), so a recogniser that adds an offset field is covered without
 * being listed here.
 */
import type { RootContent } from 'mdast';
import type { BlockAnalysis } from './block-analysis';
import { parseMarkdown } from '../parse/markdown';

/**
 * Which numeric fields of block results are document offsets. Learned once per process by analyzing
 * sample blocks at two bases and comparing (so a recogniser that adds `slash`, `numberStart` or any
 * other offset field is covered without being listed here); a field name that is an offset in one
 * place and a plain number in another makes shifting unsafe, and the analyzer then re-analyzes.
 */
interface ShiftKeys {
  readonly keys: ReadonlySet<string>;
  readonly safe: boolean;
}

let shiftKeys: ShiftKeys | undefined;

/** Analyzes one top-level block whose offsets index `source`, adding `base` (analyze.ts `analyzeBlock`). */
export type BlockAnalyzer = (node: RootContent, source: string, base: number) => BlockAnalysis;

let calibration: { readonly analyze: BlockAnalyzer; readonly samples: () => readonly string[] } | undefined;

/**
 * Gives calibration the block analyzer and the sample texts beyond the built-in one (every rule's
 * examples). Called by analyze.ts when it loads, so this module need not import it back.
 */
export function useBlockAnalyzer(analyze: BlockAnalyzer, samples: () => readonly string[]): void {
  calibration = { analyze, samples };
  shiftKeys = undefined;
}

const CALIBRATION = `# VPC 10.0.0.0/16 with subnet 10.0.1.0/24

The VPC uses 10.0.0.0/16; the public subnet is 10.0.1.0/24 (netmask 255.255.255.0) with 251 usable IPs and 29 instances.
RDS for PostgreSQL listens on port 5432, MySQL on 3306. SQS keeps messages for 4 days (345600 seconds), max 256 KB.
Lambda timeout is 15 minutes and 900 s; memory 10,240 MB. A /24 holds 256 addresses.

* Each VPC can have a CIDR block:
  * /12 (172.16.0.0/12)
  * subnet: 10.0.2.0/24

| Subnet | CIDR | Port |
| --- | --- | --- |
| app-a | 10.0.3.0/24 | 443 |

<!-- archnotes-disable-next-line vpc-cidr-size -- reason -->
Subnet 10.0.4.0/29 and VPC 10.0.0.0/8.

\`\`\`hcl
resource "aws_vpc" "main" {
  cidr_block = "10.1.0.0/16"
}
resource "aws_db_instance" "db" {
  engine = "postgres"
  port = 3306
  timeout = 900
}
\`\`\`

\`\`\`yaml
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      MessageRetentionPeriod: 60
\`\`\`
`;

const PROBE = 7919;

function calibrate(): ShiftKeys {
  if (!calibration) throw new Error('shift.ts: no block analyzer (import engine/analyze first)');
  const { analyze, samples: moreSamples } = calibration;
  const keys = new Set<string>();
  const plain = new Set<string>();
  let safe = true;
  const compare = (a: unknown, b: unknown, key: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      if (b - a === PROBE) keys.add(key);
      else if (a === b || (Number.isNaN(a) && Number.isNaN(b))) plain.add(key);
      else safe = false;
      return;
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      if (a !== b && !(typeof a === 'string' && typeof b === 'string')) safe = false;
      return;
    }
    if (!isPlain(a) || !isPlain(b)) {
      safe = false;
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) safe = false;
      for (let i = 0; i < a.length && i < b.length; i++) compare(a[i], b[i], `${key}[]`);
      return;
    }
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k in ra) compare(ra[k], rb[k], k);
  };
  const samples = [CALIBRATION, ...moreSamples()];
  for (const sample of samples) {
    for (const node of parseMarkdown(sample).children) {
      try {
        compare(analyze(node, sample, 0), analyze(node, sample, PROBE), '');
      } catch {
        safe = false;
      }
    }
  }
  for (const k of keys) if (plain.has(k)) safe = false;
  return { keys, safe };
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

function getShiftKeys(): ShiftKeys {
  shiftKeys ??= calibrate();
  return shiftKeys;
}

function shiftValue(value: unknown, delta: number, keys: ReadonlySet<string>, key: string): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'number' && keys.has(key) ? value + delta : value;
  if (Array.isArray(value)) {
    const n = value.length;
    if (n === 0) return value; // shared: results are never mutated
    const itemKey = `${key}[]`;
    const first: unknown = value[0];
    if (typeof first !== 'object' && !(typeof first === 'number' && keys.has(itemKey))) return value; // strings, group ids, octets
    const out: unknown[] = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = shiftValue(value[i], delta, keys, itemKey);
    return out;
  }
  if (!isPlain(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in source) {
    const x = source[k];
    out[k] = typeof x === 'object' && x !== null ? shiftValue(x, delta, keys, k) : typeof x === 'number' && keys.has(k) ? x + delta : x;
  }
  return out;
}

/** What calibration learned, for another thread running the same build (the analysis worker calibrates; the server adopts). */
export interface ShiftKeysSnapshot {
  readonly keys: readonly string[];
  readonly safe: boolean;
}

export function shiftKeysSnapshot(): ShiftKeysSnapshot {
  const learned = getShiftKeys();
  return { keys: [...learned.keys], safe: learned.safe };
}

/** True once this thread has the keys (calibrated or adopted): an update then shifts without calibrating first. */
export function shiftKeysKnown(): boolean {
  return shiftKeys !== undefined;
}

/** Takes keys another thread learned (same build), unless this one has calibrated already: saves seconds of start-up CPU. */
export function adoptShiftKeys(snapshot: ShiftKeysSnapshot): void {
  shiftKeys ??= { keys: new Set(snapshot.keys), safe: snapshot.safe };
}

/** A copy of a block result with every document offset moved by `delta`. */
export function shiftBlockAnalysis(block: BlockAnalysis, delta: number): BlockAnalysis {
  if (delta === 0) return block;
  return shiftValue(block, delta, getShiftKeys().keys, '') as BlockAnalysis;
}

/** False when block results carry offsets under a name that is also a plain number elsewhere. */
export function canShiftBlockAnalysis(): boolean {
  return getShiftKeys().safe;
}

/**
 * A copy of part of a block result (its findings, one context…) with every document offset moved by
 * `delta`. `key` is the field name the part sits under in a block result (`findings`, `contexts[]`).
 */
export function shiftPart<T>(value: T, delta: number, key: string): T {
  if (delta === 0) return value;
  return shiftValue(value, delta, getShiftKeys().keys, key) as T;
}
