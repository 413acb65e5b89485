/**
 * The records the model is made of: an analyzed context (a context with what the recognisers found
 * in it) and a CIDR block bound to its context. Apart from document-model.ts so the binding stages that
 * document-model.ts calls (vpc-by-heading.ts) can name them without importing it back.
 */
import type { Context } from '../parse/contexts';
import type { CidrRole } from '../assertions/cidr-role';
import type { Cidr, CidrMention, NetmaskMention, PrefixMention } from '../recognisers/cidr';
import type { CountMention } from '../recognisers/counts';
import type { IacValue } from '../recognisers/iac';
import type { PortMention } from '../recognisers/ports';
import type { QuantityMention } from '../recognisers/quantities';
import type { ServiceMention } from '../recognisers/services';

export interface BoundCidr extends CidrMention {
  readonly role: CidrRole;
  /**
   * Where the run of code lines starts whose setting key gave the role (`vpc_cidr = …`): a VPC known
   * only by its variable's name holds the subnets of the same settings, not a plan elsewhere.
   */
  readonly settingFence?: number;
}

export interface AnalyzedContext extends Context {
  readonly services: readonly ServiceMention[];
  readonly cidrs: readonly BoundCidr[];
  readonly ports: readonly PortMention[];
  readonly quantities: readonly QuantityMention[];
  /** Services named in a table's header cells (rows only): "| Service | PostgreSQL port |". */
  readonly headerServices: readonly ServiceMention[];
  /** Contexts of the enclosing list items, innermost first. */
  readonly parents: readonly Context[];
  /** The sentence before this one in the same paragraph or list item ('' when none): what "it" or "you must" continues. */
  readonly lead: string;
  /** Prefix lengths: the "/n" of every valid CIDR and bare "/24" mentions. */
  readonly prefixes: readonly PrefixMention[];
  /** Dotted netmasks ("255.255.255.0"). */
  readonly netmasks: readonly NetmaskMention[];
  /** Counted addresses and workloads ("256 usable IPs", "29 instances"). */
  readonly counts: readonly CountMention[];
  /** Code contexts: scalar key/value pairs (`timeout = 900`, `MessageRetentionPeriod: 60`). */
  readonly iacValues: readonly IacValue[];
}

export interface NetworkBlock {
  readonly cidr: Cidr;
  readonly mention: BoundCidr;
  readonly context: AnalyzedContext;
  /** A readable name: the row's first cell, a `code` name nearby, or the CIDR itself. */
  readonly name: string;
}
