/**
 * What the IaC readers (YAML, JSON, HCL) give the engine: the resources a fence defines and the
 * scalar key/value pairs it sets, with absolute UTF-16 offsets into the markdown document.
 */

/** A scalar `key = value` / `Key: value` / `"Key": value` inside a code fence. */
export interface IacValue {
  /** The key as written (`message_retention_seconds`, `MessageRetentionPeriod`). */
  readonly key: string;
  /** The key's last path part, lower-cased without separators (`messageretentionseconds`). */
  readonly normalizedKey: string;
  /** The normalised key of the enclosing map, when the value sits one level in (`EphemeralStorage: { Size: … }`). */
  readonly parentKey?: string;
  /** The value as written, without quotes. */
  readonly raw: string;
  /** The value as a number, when it is one. */
  readonly number?: number;
  /** Offsets of the value (without quotes). */
  readonly start: number;
  readonly end: number;
  /**
   * Set by a reader that binds the value itself, where no resource type says what it sets (a Terraform
   * validation's bound, a named constant in code): the fact, its service, the factor to seconds or
   * bytes, and how the value is held (a validation's `<=` bound is a maximum).
   */
  readonly bound?: BoundValue;
  /**
   * A property's default whose key is the heading of its section (`##### \`retention\`` over
   * `- *Default:* Duration.days(30)`): bound in the document phase (property-docs.ts), never by a resource type.
   */
  readonly fromSection?: true;
}

export interface BoundValue {
  readonly fact: string;
  readonly service: string;
  readonly factor: number;
  readonly modality: 'stated' | 'maximum' | 'minimum' | 'default';
}

/** A resource block: a Terraform `resource`, a CloudFormation logical id, a SAM Globals section. */
export interface IacResource {
  readonly start: number;
  readonly end: number;
  /** `aws_db_instance`, `AWS::RDS::DBInstance`; `module:aws_sqs_queue` for a module whose inputs are a queue's arguments. */
  readonly resourceType: string;
  /** The Terraform name or CloudFormation logical id; '' when the block defines no resource of its own (SAM Globals). */
  readonly name?: string;
  /** Values that belong to this resource though written elsewhere: the default of a variable it reads. */
  readonly values?: readonly IacValue[];
}

/** What one reader found in one fence. */
export interface IacFence {
  /** In document order, not overlapping. */
  readonly resources: readonly IacResource[];
  /** In document order. */
  readonly values: readonly IacValue[];
}

export const EMPTY_FENCE: IacFence = { resources: [], values: [] };

/** `MessageRetentionPeriod`, `message_retention_seconds`, `--retention-period-hours` → one spelling. */
export function normalizeKey(key: string): string {
  const last = key.split('.').pop() ?? key;
  return last.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The number a scalar's text states (`900`, `"900"`), or undefined. */
export function numberOf(raw: string): number | undefined {
  return NUMBER.test(raw) ? Number(raw) : undefined;
}

/** Where a block that starts at `offset` begins: its line's start when only blanks precede it there. */
export function blockStart(code: string, offset: number): number {
  let i = offset;
  while (i > 0 && (code[i - 1] === ' ' || code[i - 1] === '\t')) i--;
  return i === 0 || code[i - 1] === '\n' ? i : offset;
}

/** Fences larger than this are not parsed: notes quote snippets, not whole generated templates. */
export const MAX_FENCE = 64 * 1024;
