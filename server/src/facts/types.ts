/**
 * The AWS fact pack as typed data. Every number a rule compares against and every
 * row a hover shows is one of these records, so hover and diagnostic cannot disagree.
 */

/** Units a fact value can carry. Quantities are normalised to seconds / bytes by the recognisers. */
export type FactUnit =
  | 'seconds'
  | 'minutes'
  | 'hours'
  | 'days'
  | 'bytes'
  | 'KiB'
  | 'MiB'
  | 'GiB'
  | 'TiB'
  | 'count'
  | 'percent'
  | 'port'
  | 'IOPS'
  | 'MiB/s'
  | 'USD'
  | 'nines'
  | 'none'
  // Added by the fact-pack data work (additive): rates, decimal sizes and short durations.
  | 'milliseconds'
  | 'years'
  | 'KB'
  | 'MB'
  | 'GB'
  | 'TB'
  | 'PB'
  | 'Gbps'
  | 'GiB/s'
  | 'per second'
  // Read by hover cards and the facts doc only (issue 15, defect 6: a value is shown with its unit).
  | 'characters'
  | 'prefix' // a CIDR prefix length, shown as /n
  | 'kg'
  | 'vCPU'
  | 'ACUs';

/** What sort of statement the fact is, so a card can order and label it. */
export type FactKind =
  | 'port'
  | 'limit' // a hard limit: AWS refuses more
  | 'quota' // a default quota: can be raised through Service Quotas
  | 'default' // the value used when nothing is set
  | 'range' // allowed min..max (often with a default)
  | 'retention'
  | 'size'
  | 'duration'
  | 'count'
  | 'durability'
  | 'availability'
  | 'price'
  | 'behaviour' // a qualitative truth ("security groups are stateful")
  | 'lifecycle'; // retired / closed / renamed

export type FactValue =
  | { readonly type: 'number'; readonly value: number; readonly unit: FactUnit }
  | {
      readonly type: 'range';
      readonly min: number;
      readonly max: number;
      readonly default?: number;
      readonly unit: FactUnit;
    }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'list'; readonly values: readonly string[] };

/** A value the fact had before, and the date AWS changed it (so a finding can say "256 KB until August 2025"). */
export interface FormerValue {
  /** The value as AWS stated it then, with its unit ("256 KiB", "5,500 requests/s"). */
  readonly value: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM when AWS gives only the month) the value stopped applying. */
  readonly until: string;
  /** The AWS page or announcement that dates the change, when it is not the fact's own source. */
  readonly source?: string;
}

/** A figure that applies in some Regions only, as the source lists it. */
export interface RegionalValue {
  /** Region codes ("us-east-1"), or ["other"] for every Region the source does not list. */
  readonly regions: readonly string[];
  readonly value: string;
}

/** How a quota can be changed. */
export interface QuotaInfo {
  /** true: raised on request; false: a hard limit. Agrees with `Fact.hardLimit`. */
  readonly adjustable: boolean;
  /** Service Quotas quota code ("L-6E3AF000") where the source gives one. */
  readonly quotaCode?: string;
  /** Service Quotas service code ("kms") for `quotaCode`. */
  readonly serviceCode?: string;
  /** Where an increase is asked for, when adjustable. */
  readonly via?: 'service-quotas' | 'support';
}

/** How documents name the attribute, so checks and messages can match IaC and CLI spellings too. */
export interface AttributeNames {
  /** Words and phrases in prose ("visibility timeout"). */
  readonly words?: readonly string[];
  /** CloudFormation / Terraform / CDK property names ("VisibilityTimeout", "visibility_timeout_seconds"). */
  readonly iac?: readonly string[];
  /** AWS CLI flags or attribute keys ("--retention-period-hours"). */
  readonly cli?: readonly string[];
  /** Units the attribute is written in ("seconds", "KiB"). */
  readonly units?: readonly string[];
  /**
   * For a count: the nouns a number of it is written with ("up to 5 layers", "10 LSIs"), specific
   * enough to name this attribute once its service is the subject.
   */
  readonly counted?: readonly string[];
  /**
   * For a count: generic nouns ("items", "actions") that count this attribute only in a clause that names
   * one of `words` ("transaction") or `operations` (API operations of this service alone, such as
   * `TransactWriteItems`, which name the service as well as the attribute).
   */
  readonly countedIn?: { readonly nouns: readonly string[]; readonly words?: readonly string[]; readonly operations?: readonly string[] };
  /** One value for everyone (a billing minimum such as a storage class's minimum duration): any other stated value is wrong. */
  readonly exact?: boolean;
}

export interface Fact {
  /** Stable id, `<service>.<subject>` e.g. `sqs.retention`. Rules cite facts by this id. */
  readonly id: string;
  /** Short row label for the hover table, e.g. "Message retention". */
  readonly label: string;
  readonly kind: FactKind;
  readonly value: FactValue;
  /** true: hard limit; false: adjustable quota; undefined: not a limit. */
  readonly hardLimit?: boolean;
  /** A page on docs.aws.amazon.com (or aws.amazon.com) the value rests on. */
  readonly source: string;
  /** ISO date (YYYY-MM-DD) the value was last checked against the source. */
  readonly checked: string;
  /** Where the notes say something else, what they said and why it changed. */
  readonly changed?: { readonly notes: string; readonly note: string };
  /** Line in the seed notes the fact came from, if any. */
  readonly seedLine?: number;
  /** Free-form extra detail shown under the table. */
  readonly detail?: string;
  /** Earlier values, newest change first. */
  readonly history?: readonly FormerValue[];
  /** Region-specific figures where AWS gives different ones per Region. */
  readonly regional?: readonly RegionalValue[];
  /** Hard limit or adjustable quota, with its Service Quotas code. */
  readonly quota?: QuotaInfo;
  /** Words, IaC properties, CLI flags and units that name the attribute. */
  readonly names?: AttributeNames;
  /**
   * ISO date the value, unit, hard/adjustable and source were re-verified against the current AWS page
   * (then `checked` is the same date). Only re-verified facts may drive error-level checks.
   */
  readonly reverified?: string;
  /** The section or table row of the source that states the value, when the page has no anchor for it. */
  readonly sourceSection?: string;
}

export type ServiceStatus =
  | { readonly state: 'active' }
  | {
      readonly state: 'retired' | 'closed-to-new-customers' | 'renamed';
      /**
       * ISO date (or YYYY-MM / YYYY) of the change: end of support for 'retired', closing for
       * 'closed-to-new-customers' (empty when AWS gives no date, see `endOfSupport`), the rename date.
       */
      readonly since: string;
      /** Announced end-of-support date of a service still running for existing customers. */
      readonly endOfSupport?: string;
      readonly successor?: string;
      readonly source: string;
      /** Optional one-line explanation (e.g. "existing customers can keep using it until …"). */
      readonly note?: string;
    };

/** A former name without a date: the page that shows the old and the new name together, and what it says. */
export interface UndatedFormerName {
  readonly name: string;
  readonly source: string;
  readonly note?: string;
}

export interface ServiceCard {
  /** Stable id, lower-case, e.g. `sqs`, `rds-postgresql`, `vpc`. */
  readonly id: string;
  /** Official name, e.g. "Amazon Simple Queue Service (SQS)". */
  readonly name: string;
  /** One-line what-it-is. */
  readonly summary: string;
  /**
   * Words that recognise the service in text. Matched case-sensitively when they contain a capital
   * (so "Glue" is AWS Glue but "glue" is not), case-insensitively when written all lower-case.
   */
  readonly aliases: readonly string[];
  /**
   * Aliases that are ordinary English words: only recognised with an "AWS"/"Amazon" prefix or when
   * capitalised away from a sentence start.
   */
  readonly ambiguousAliases?: readonly string[];
  /**
   * Aliases (also listed in `aliases`) that are generic technical words ("health check", "Spark",
   * "state machine", "ephemeral storage"): they name this service only in a text that also names it, or
   * its parent, by another alias. Elsewhere ("ALB health check", "Glue ETL jobs run Spark") no card.
   */
  readonly contextualAliases?: readonly string[];
  /**
   * Bare engine names this card shares with another card ("MySQL" for Aurora MySQL): in a text that names
   * this card ("Aurora MySQL 2.11.4 (MySQL 5.7.44 compatible)") they are its engine's name, not the other
   * service, and are not recognised on their own.
   */
  readonly engineWords?: readonly string[];
  /** The service this is a feature or flavour of (e.g. `rds-postgresql` → `rds`). */
  readonly parent?: string;
  readonly category: string;
  readonly docs: string;
  readonly status?: ServiceStatus;
  /**
   * Earlier official names (added by the fact-pack data work, additive): lets hovers say "formerly …" and
   * rename rules suggest the current name. Old names also stay in `aliases` so they are recognised.
   */
  readonly formerNames?: readonly { readonly name: string; readonly until: string; readonly source: string }[];
  /**
   * Earlier official names no AWS page dates (the pages give only the new name): recognised through `aliases`, shown
   * as "formerly …" with no date. Kept apart from `formerNames`, whose `until` the renamed-service rule reads.
   */
  readonly formerNamesUndated?: readonly UndatedFormerName[];
  readonly facts: readonly Fact[];
}
