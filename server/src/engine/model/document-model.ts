/**
 * The document model: contexts with what the recognisers found in them, and the architecture the
 * document describes (VPCs, subnets, databases, queues, functions) for document-level rules,
 * symbols and completion.
 */
import type { Cell, Context } from '../parse/contexts';
import { plainCell } from '../parse/cells';
import { cidrRole, type CidrRole } from '../assertions/cidr-role';
import { plainLabel } from '../util/markdown-escape';
import { findCidrs, findNetmasks, findPrefixes } from '../recognisers/cidr';
import { findCellCounts, findCounts, type CountMention } from '../recognisers/counts';
import { findPorts, type PortMention } from '../recognisers/ports';
import { cellQuantity, findQuantities, type QuantityMention } from '../recognisers/quantities';
import { findServices, type ServiceMention } from '../recognisers/services';
import { withSheetQuantities } from '../recognisers/sheet-quantities';
import { engineMentions, roleInResource, roleOfResource, settingPorts } from '../recognisers/iac';
import { cliNetworkResource } from '../recognisers/cli-values';
import type { AnalyzedContext, BoundCidr, NetworkBlock } from './records';
import { vpcsByHeading } from './vpc-by-heading';
import { findContainers, headingContainers, listedUnderVpc, subnetsOfParentVpc } from './cidr-structure';
import { settingRoleAt } from '../recognisers/iac/setting-keys';
import { retiredServiceMentions } from '../recognisers/iac/resource-services';
import { buildScopes, opensSection, type Scopes, type Section } from '../scopes/sections';

export type { AnalyzedContext, BoundCidr, NetworkBlock } from './records';

export interface DocumentModel {
  readonly text: string;
  /** Every context of the document (built on first read: after an edit this copies every block below it). */
  readonly contexts: readonly AnalyzedContext[];
  /** Markdown headings ("# …"), in document order: sections for symbols and binding. */
  readonly headings: readonly AnalyzedContext[];
  readonly vpcs: readonly NetworkBlock[];
  /** Subnets with the VPC they belong to, when the document says which. */
  readonly subnets: readonly SubnetBlock[];
  /** Databases, queues/streams/topics, functions and load balancers the document names (IaC blocks, table rows). */
  readonly entities: readonly Entity[];
  /** Sections (headings and title lines) and the service each is about. */
  readonly scopes: Scopes;
}

/**
 * A statement whose quantities may take their subject from the section: prose with a quantity and no
 * service in its table header (the binding decides whether its own service mentions name a subject).
 */
export function inheritsSubject(context: AnalyzedContext): boolean {
  // Service mentions do not rule it out: "Visibility timeout: 2 days" names SQS's attribute, not a subject.
  return context.kind !== 'code' && context.kind !== 'heading' && context.quantities.length > 0 && context.headerServices.length === 0;
}

/** "Port", "Ports", "Listens on", "Listener": a column of port numbers. */
const PORT_HEADER = /\bports?\b|^[\s*_`]*(?:listens?\s+on|listener)[\s*_`]*$/i;
const CELL_PORT = /^(?:(?:TCP|UDP)\s+)?(\d{1,5})(?:\/(?:tcp|udp))?$/i;

/** A row label that names the port ("Port", "Default port", "DB port"): the row of a transposed table. */
const PORT_ROW_LABEL = /^(?:[\w-]+\s+)?ports?$/i;
/** A configuration key that names a port ("cache.port", "externalDatabase.ledgerPort", "DB_PORT"): its row's bare number is one. */
const PORT_KEY = /^[A-Za-z_$][\w.$-]*(?:[._-][Pp]ort|[a-z0-9]Port|_PORT)$|^[Pp]ort$/;

/** A column that holds the engine and its port together ("| Engine / port |", "| DB engine (port) |"). */
const ENGINE_HEADER = /\bengines?\b/i;
/** "Oracle, 1433", "PostgreSQL / 5432", "MySQL:3306", "SQL Server (1433)", "Aurora MySQL on 3306". */
const ENGINE_PORT_CELL = /^[A-Za-z][\w.-]*(?: [\w.-]+){0,3}(?:[ \t]*[,/:(]|[ \t]+on)[ \t]*(\d{2,5})\)?$/;

/** Table cells that are just a port number under a "Port" header, or in a row labelled "Port". */
function tableCellPorts(context: Context): PortMention[] {
  if (context.kind !== 'tableRow' || !context.cells || !context.header) return [];
  const out: PortMention[] = [];
  const first = context.cells[0]?.text ?? '';
  // Underscores stay for the key ("DB_PORT"); plainCell reads them as emphasis.
  const portRow = PORT_ROW_LABEL.test(plainCell(first)) || PORT_KEY.test(first.replace(/[`*]+/g, '').trim());
  context.cells.forEach((cell, i) => {
    const head = context.header?.[i];
    if (!head || !(PORT_HEADER.test(head.text) || (portRow && i > 0))) return;
    const m = CELL_PORT.exec(plainCell(cell.text)) ?? (ENGINE_HEADER.test(head.text) ? ENGINE_PORT_CELL.exec(plainCell(cell.text)) : null);
    if (!m) return;
    const port = Number(m[1]);
    if (port < 1 || port > 65535) return;
    const index = cell.text.indexOf(m[1] ?? '');
    if (index < 0) return; // markup inside the number ("5_432"): not a port
    const at = cell.start + index;
    out.push({ start: at, end: at + (m[1] ?? '').length, port, form: 'tableCell' });
  });
  return out;
}

/** Quantities as written, and in spreadsheet and Kubernetes notation (`12Gi`, `1.5k min`, a unit column). */
function quantitiesOf(context: Context): QuantityMention[] {
  return withSheetQuantities(context, writtenQuantities(context));
}

/** Quantities in prose plus table cells that are a bare number under a header stating the unit ("| Timeout (s) |"). */
function writtenQuantities(context: Context): QuantityMention[] {
  const found = findQuantities(context.text, context.start);
  if (context.kind !== 'tableRow' || !context.cells || !context.header) return found;
  const cells: QuantityMention[] = [];
  context.cells.forEach((cell, i) => {
    const head = context.header?.[i];
    const q = head ? cellQuantity(cell.text, cell.start, head.text) : undefined;
    if (q) cells.push(q);
  });
  return cells.length === 0 ? found : [...found, ...cells].sort((a, b) => a.start - b.start);
}

function mergePorts(a: readonly PortMention[], b: readonly PortMention[]): PortMention[] {
  // The same sorted copy without the set and spreads: most contexts have no table-cell or setting ports.
  if (b.length === 0) return a.length < 2 ? [...a] : [...a].sort((x, y) => x.start - y.start);
  const seen = new Set(a.map((p) => p.start));
  return [...a, ...b.filter((p) => !seen.has(p.start))].sort((x, y) => x.start - y.start);
}

const HAS_CIDR = /(?<!\d)\d+\.\d+\.\d+\.\d+\/\d+/;

/**
 * The lead-in of an enumeration: for an item like "* /12 (172.16.0.0/12)" after "Example ranges
 * include:", the lead-in and the statement before it say what the listed values are.
 */
/** A context that is only a bold label: "**Limitations:**", "__Ports__:". */
const BOLD_LABEL = /^\s*(?:\*\*|__)[^*_:\n]{1,60}:?(?:\*\*|__)[ \t]*(?::[ \t]*)?$/;

function leadIn(contexts: readonly Context[], index: number): Context[] {
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) {
    const previous = contexts[i];
    if (!previous || previous.kind !== 'sentence') return [];
    if (HAS_CIDR.test(previous.text)) continue; // a sibling value of the same enumeration
    if (!/:\s*(?:(?:\*\*|__)\s*)?$/.test(previous.text.trimEnd())) return [];
    const before = contexts[i - 1];
    // A bold label ("- **Limitations:**") names its items itself: the statement before it is about something else.
    if (BOLD_LABEL.test(previous.text)) return [previous];
    return before && before.kind === 'sentence' ? [previous, before] : [previous];
  }
  return [];
}

/** The sentence before `index` in the same paragraph or list item, or ''. */
function leadSentence(contexts: readonly Context[], index: number): string {
  const previous = contexts[index - 1];
  const context = contexts[index];
  return previous && context && previous.kind === 'sentence' && context.kind === 'sentence' && previous.group === context.group ? previous.text : '';
}

/**
 * The role the setting key of a CIDR in a code line gives it. A fence with no resource is read line by
 * line, so the lines before it in the same fence (up to 40) are its key's context: a YAML list item's
 * key, or the `vpc:` over a bare `cidr:`.
 */
function settingRoleInFence(contexts: readonly Context[], index: number, at: number): { readonly role: NonNullable<ReturnType<typeof settingRoleAt>>; readonly fence: number } | undefined {
  const context = contexts[index];
  if (!context) return undefined;
  let first = index;
  while (first > 0 && index - first < 40) {
    const previous = contexts[first - 1];
    const next = contexts[first];
    if (!previous || !next || previous.kind !== 'code' || previous.resourceType || next.start - previous.end > 2) break;
    first--;
  }
  const lines = contexts.slice(first, index + 1);
  const base = lines[0]?.start ?? context.start;
  // Each line at its own offset from the first, so the gaps (line breaks) stay where they were.
  let text = '';
  for (const line of lines) text = text.padEnd(line.start - base, '\n') + line.text;
  const role = settingRoleAt(text, at - base);
  return role === undefined ? undefined : { role, fence: base };
}

/** A heading that says its section lists subnets: "## Subnets of shared (10.20.0.0/16)", "### Private subnets", "## Subnet plan". */
const SUBNETS_HEADING = /\bsub-?nets\b|\bsub-?net\s+(?:plan|layout|allocation|map|table|list|inventory)\b/i;
/** Someone else's subnets, or IPv6 ones: not this plan's IPv4 subnets. */
const OTHER_SUBNETS = /\b(?:on[- ]?prem(?:ises)?|corporate|office|data ?cent(?:er|re)s?|home|customer|partner|Docker|Kubernetes|pods?|IPv6|reserved|example|sample)\b/i;
/**
 * A line of an address plan: a name and its block ("app-a   10.20.0.0/22   # AZ a", "db-b: 10.0.3.0/24")
 * or the block and its name; not code that computes or assigns one (`cidr_block = cidrsubnet(…)`).
 */
const PLAN_LINE = /^[ \t]*(?:[-*][ \t]+)?(?:[A-Za-z][\w.-]{0,40}:?[ \t]+\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}|\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}[ \t]+[A-Za-z])(?![^\n]*[=(){}"])/;
/** A fence of plain text (no language, or text): an address plan written as lines. */
const PLAIN_FENCE = /^(?:|text|txt|plain|plaintext|none)$/i;

/**
 * Whether a CIDR no word names is one of the subnets its section lists: an item, a table row or a
 * plain-text fence line under a heading that says the section lists subnets.
 */
function listsSubnets(heading: AnalyzedContext | undefined, context: AnalyzedContext): boolean {
  if (!heading || !SUBNETS_HEADING.test(heading.text) || OTHER_SUBNETS.test(heading.text)) return false;
  if (context.kind === 'code') return !context.resourceType && PLAIN_FENCE.test(context.lang ?? '') && PLAN_LINE.test(context.text.replace(/[ \t](?:#|\/\/)[^\n]*$/, ''));
  return context.listItem === true || context.kind === 'tableRow';
}

/** A block a subnet can be (/16 to /28): a route (0.0.0.0/0), a summary or a host address in the list is not one. */
function subnetSized(cidr: { readonly prefix: number }): boolean {
  return cidr.prefix >= 16 && cidr.prefix <= 28;
}

/** A VPC known only by its setting's name holds the subnets of the same settings (its fence), no others. */
/**
 * The nearest VPC stated before the subnet in the same section (a heading "## VPC prod (10.0.0.0/16)"
 * opens one) that may hold it: `inSection` is in document order.
 */
function nearestBefore(inSection: readonly NetworkBlock[], block: NetworkBlock): NetworkBlock | undefined {
  let lo = 0;
  let hi = inSection.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((inSection[mid]?.mention.start ?? 0) < block.mention.start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo - 1;
  while (k >= 0 && !mayHold(inSection[k], block)) k--;
  return inSection[k];
}

/** An address range ("10.5.0.0 - 10.5.255.255", "10.5.0.0 to 10.5.255.255") or a dotted netmask. */
const UNREAD_BLOCK = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}[ \t]*(?:-|–|—|to|through)[ \t]*\d{1,3}(?:\.\d{1,3}){3}(?![\d/])|\b(?:net)?mask\b|(?<![\d.])255\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d/])/i;

function mayHold(vpc: NetworkBlock | undefined, subnet: NetworkBlock): boolean {
  return vpc !== undefined && (vpc.mention.settingFence === undefined || vpc.mention.settingFence === subnet.mention.settingFence);
}

/** Runs every recogniser on a block's contexts. */
export function analyzeContexts(contexts: readonly Context[]): AnalyzedContext[] {
  const byGroup = new Map<number, Context>();
  for (const context of contexts) if (!byGroup.has(context.group)) byGroup.set(context.group, context);
  // Every row of a table shares its header cells: read them once (a 2 KB header over 2,000 rows was
  // scanned 2,000 times, most of that probe's time).
  const headerServicesOf = new Map<readonly Cell[], ServiceMention[]>();
  return contexts.map((context, index) => {
    const parents = [
      ...context.ancestors.map((g) => byGroup.get(g)).filter((c): c is Context => c !== undefined),
      ...leadIn(contexts, index),
    ];
    let services = findServices(context.text, context.start);
    // A retired service's CLI command in prose (`aws opsworks reboot-instance` in inline code) names it as well.
    if (context.kind !== 'code' && /\baws\s+[a-z]/.test(context.text)) {
      const known = new Set(services.map((s) => s.start));
      const commands = retiredServiceMentions(context.text, context.start).filter((e) => !known.has(e.start));
      if (commands.length > 0) services = [...services, ...commands].sort((a, b) => a.start - b.start);
    }
    if (context.kind === 'code') {
      const engines = [
        ...engineMentions(context.iacValues ?? []).map((e) => ({ ...e, text: context.text.slice(e.start - context.start, e.end - context.start) })),
        ...retiredServiceMentions(context.text, context.start),
      ];
      const known = new Set(services.map((s) => s.start));
      services = [...services, ...engines.filter((e) => !known.has(e.start))].sort((a, b) => a.start - b.start);
    }
    const cidrs: BoundCidr[] = [];
    for (const mention of findCidrs(context.text, context.start)) {
      const created = context.resourceType ? undefined : cliNetworkResource(context.text, mention.start - context.start);
      const setting = context.kind === 'code' && !context.resourceType && !created ? settingRoleInFence(contexts, index, mention.start) : undefined;
      // A log entry's words right before the block (parse/log-fence.ts).
      const given = context.cidrRoles?.find((r) => r.start === mention.start);
      const logged = given?.role;
      let role: CidrRole = context.resourceType
        ? roleInResource(context.resourceType, context.text, mention.start - context.start)
        : logged !== undefined
          ? logged
          : created
          ? roleOfResource(created)
          : (setting?.role ?? cidrRole(context, mention.start, mention.end, parents));
      // "inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16": the items of one enumeration share the first one's role.
      const previous = cidrs[cidrs.length - 1];
      if (previous && !context.resourceType && context.kind !== 'tableRow') {
        const between = context.text.slice(previous.end - context.start, mention.start - context.start);
        if (/^[\s`*_)]*(?:,|\bor\b|\band\b|,\s*or\b|,\s*and\b)[\s`*_(]*$/.test(between)) role = previous.role;
      }
      // A diagram's box names the VPC that holds the block, as a setting fence does (parse/box-diagrams.ts).
      const fence = setting?.fence ?? given?.holder;
      cidrs.push(fence !== undefined ? { ...mention, role, settingFence: fence } : { ...mention, role });
    }
    let headerServices: ServiceMention[] = [];
    if (context.header) {
      const known = headerServicesOf.get(context.header);
      headerServices = known ?? context.header.flatMap((cell) => findServices(cell.text, cell.start));
      if (!known) headerServicesOf.set(context.header, headerServices);
    }
    const rawCidrs = cidrs;
    return {
      kind: context.kind,
      start: context.start,
      end: context.end,
      text: context.text,
      group: context.group,
      ancestors: context.ancestors,
      listItem: context.listItem,
      header: context.header,
      cells: context.cells,
      lang: context.lang,
      transcript: context.transcript,
      resourceType: context.resourceType,
      resourceName: context.resourceName,
      cidrRoles: context.cidrRoles,
      services,
      cidrs,
      ports: mergePorts(findPorts(context.text, context.start), [...tableCellPorts(context), ...settingPorts(context.resourceType, context.iacValues ?? [])]),
      quantities: quantitiesOf(context),
      headerServices,
      parents,
      lead: leadSentence(contexts, index),
      prefixes: findPrefixes(context.text, context.start, rawCidrs),
      netmasks: findNetmasks(context.text, context.start),
      counts: countsOf(context),
      iacValues: context.iacValues ?? [],
    } satisfies EveryField<AnalyzedContext>;
  });
}

/**
 * Every field present, optional ones as `undefined`, so analyzed contexts share one shape. Spread
 * from contexts of a dozen shapes (one per kind and set of optional fields), every property store
 * here and every rule's reads were polymorphic: 15–20 % of a warm analysis of the notes. A field
 * added to Context or AnalyzedContext and not copied above is a type error.
 */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

const NAME_IN_TEXT = /`([A-Za-z][\w.-]{1,62})`|\b([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b/;
/** A name that ends right before a block: "`backoffice` VPC, ", "vpc-analytics (", "shared-svc: " (text up to the block). */
const NAME_BEFORE = /(?:`([A-Za-z][\w.-]{1,62})`|(?<![\w.-])([a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){1,6}))(?:[ \t]{1,4}VPC)?[ \t]{0,4}(?:[,:=(][ \t]{0,4}|[ \t]is[ \t]|[ \t]uses[ \t])?[`"']?$/;
// A Terraform resource name is an identifier (letters, digits, _ and -): anything else is not a name to show.
const TF_NAME = /resource\s+"[\w-]+"\s+"([A-Za-z_][\w-]*)"/;
const CFN_NAME = /^[^\S\n\r\u2028\u2029]*"?([A-Za-z][\w-]*)"?\s*:\s*(?:\{\s*)?$/m;

/** The resource name of an IaC block: Terraform's second label or the CloudFormation logical id. */
export function resourceNameOf(context: Context): string | undefined {
  if (context.kind !== 'code' || !context.resourceType) return undefined;
  if (context.resourceName !== undefined) return context.resourceName || undefined;
  const tf = TF_NAME.exec(context.text);
  if (tf?.[1]) return tf[1];
  const cfn = CFN_NAME.exec(context.text);
  return cfn?.[1];
}

/** Counts in the text, and in a table the bare numbers its header says are counts ("| Usable IPs |"). */
function countsOf(context: Context): CountMention[] {
  const said = findCounts(context.text, context.start);
  if (context.kind !== 'tableRow') return said;
  const byHeader = findCellCounts(context.header, context.cells).filter((c) => !said.some((s) => s.start < c.end && c.start < s.end));
  return [...said, ...byHeader];
}

const NAME_HEADER = /\b(?:names?|VPCs?|networks?|subnets?|tiers?)\b/i;
const NOT_NAME_HEADER = /\b(?:CIDRs?|blocks?|ranges?|AZs?|zones?|regions?|accounts?|IDs?|sizes?|IPs?|count|usable|route|type)\b/i;

function nameFor(context: AnalyzedContext, mention: BoundCidr, textNames: Map<AnalyzedContext, string | undefined>): string {
  const resource = resourceNameOf(context);
  if (resource) return resource;
  // A box diagram's words beside a block (an AZ, a tier) caption it; they do not name a subnet (parse/box-diagrams.ts).
  if (context.cidrRoles?.some((r) => r.start === mention.start && r.holder !== undefined)) return mention.text;
  if (context.kind === 'tableRow' && context.cells) {
    const named = (c: { text: string }): boolean => !c.text.includes(mention.text) && /\w/.test(c.text);
    // The column that names the network ("| Account | Region | VPC | CIDR |" → the VPC column), else the first.
    const byHeader = context.cells.find((c, i) => named(c) && NAME_HEADER.test(context.header?.[i]?.text ?? '') && !NOT_NAME_HEADER.test(context.header?.[i]?.text ?? ''));
    const first = byHeader ?? context.cells.find(named);
    const label = first && plainLabel(plainCell(first.text));
    if (label) return label;
  }
  // A name right before the block speaks for it over the statement's first name: "`core` peers with the
  // `backoffice` VPC, 10.81.12.0/22" names the block backoffice.
  const at = mention.start - context.start;
  const own = NAME_BEFORE.exec(context.text.slice(Math.max(0, at - 64), at));
  const ownName = own?.[1] ?? own?.[2];
  if (ownName && !ownName.includes('/')) return ownName;
  // Once per statement: a minified line holds thousands of CIDRs in one statement.
  if (!textNames.has(context)) {
    const m = NAME_IN_TEXT.exec(context.text);
    const name = m?.[1] ?? m?.[2];
    textNames.set(context, name && !name.includes('/') ? name : undefined);
  }
  return textNames.get(context) ?? mention.text;
}

/** Every service the document names, for the kind nouns of its statements (scopes/kind-nouns.ts). */
function servicesNamed(contexts: readonly AnalyzedContext[]): ReadonlySet<string> {
  return new Set(contexts.flatMap((c) => c.services.map((s) => s.serviceId)));
}

const VPC_REF = [/\bvpc_id\s*=\s*"?\$?\{?aws_vpc\.([\w-]+)/, /\bVpcId"?\s*:\s*!Ref\s+([\w-]+)/, /"VpcId"\s*:\s*\{\s*"Ref"\s*:\s*"([\w-]+)"/, /\bVpcId"?\s*:\s*\{\s*Ref\s*:\s*([\w-]+)/];

/** How a subnet was tied to its VPC, strongest first. */
export type VpcBinding = 'reference' | 'structure' | 'same-statement' | 'section' | 'heading' | 'only-vpc';

export interface SubnetBlock extends NetworkBlock {
  /** The VPC this subnet belongs to, when the document says so (IaC reference, same statement, same section, a heading naming it, or the only VPC). */
  readonly vpc?: NetworkBlock;
  readonly binding?: VpcBinding;
}

/** A named thing the document defines: for symbols, completion and cross-references. */
export interface Entity {
  readonly kind: 'database' | 'queue' | 'function' | 'loadBalancer';
  readonly name: string;
  readonly serviceId?: string;
  readonly context: AnalyzedContext;
  readonly start: number;
  readonly end: number;
}

const ENTITY_RESOURCES: ReadonlyArray<[Entity['kind'], RegExp]> = [
  ['database', /^(?:aws_db_instance|aws_rds_cluster|aws_rds_cluster_instance|aws_dynamodb_table|aws_elasticache_cluster|aws_elasticache_replication_group|aws_docdb_cluster|AWS::RDS::DBInstance|AWS::RDS::DBCluster|AWS::DynamoDB::Table|AWS::DynamoDB::GlobalTable|AWS::ElastiCache::CacheCluster|AWS::ElastiCache::ReplicationGroup|AWS::DocDB::DBCluster)$/],
  ['queue', /^(?:aws_sqs_queue|AWS::SQS::Queue|aws_kinesis_stream|AWS::Kinesis::Stream|aws_sns_topic|AWS::SNS::Topic)$/],
  ['function', /^(?:aws_lambda_function|AWS::Lambda::Function|AWS::Serverless::Function)$/],
  ['loadBalancer', /^(?:aws_lb|aws_alb|aws_elb|AWS::ElasticLoadBalancingV2::LoadBalancer|AWS::ElasticLoadBalancing::LoadBalancer)$/],
];

const ENTITY_SERVICES: ReadonlyArray<[Entity['kind'], RegExp]> = [
  ['database', /^(?:rds|postgresql|mysql|mariadb|oracle|sqlserver|db2|aurora|aurora-mysql|aurora-postgresql|dynamodb|elasticache|elasticache-memcached|documentdb|neptune|keyspaces|redshift)$/],
  ['queue', /^(?:sqs|sqs-fifo|kinesis-data-streams|sns|mq|msk)$/],
  ['function', /^lambda$/],
  ['loadBalancer', /^(?:alb|nlb|elb|clb|gwlb|elastic-load-balancing)$/],
];

function entitiesOf(context: AnalyzedContext): Entity[] {
  const resource = resourceNameOf(context);
  if (resource && context.resourceType) {
    const kind = ENTITY_RESOURCES.find(([, re]) => re.test(context.resourceType ?? ''))?.[0];
    const at = context.text.indexOf(resource);
    if (kind) return [{ kind, name: resource, serviceId: context.services[0]?.serviceId, context, start: context.start + Math.max(0, at), end: context.start + Math.max(0, at) + resource.length }];
    return [];
  }
  // A table row whose first cell is a name and whose row or header names the service.
  if (context.kind === 'tableRow' && context.cells && context.cells.length > 1) {
    const first = context.cells[0];
    if (!first) return [];
    const name = plainCell(first.text);
    if (!/^[A-Za-z][\w.-]{1,62}$/.test(name)) return [];
    const services = context.services.length > 0 ? context.services : context.headerServices;
    for (const service of services) {
      const kind = ENTITY_SERVICES.find(([, re]) => re.test(service.serviceId))?.[0];
      if (kind) return [{ kind, name, serviceId: service.serviceId, context, start: first.start, end: first.end }];
    }
  }
  return [];
}

const MARKDOWN_HEADING = /^\s{0,3}#/;

/**
 * Contexts `buildModel` reads: markdown headings, CIDR mentions, entity definitions and statements
 * that may inherit their subject. Other section openers (title lines, questions, lead-ins) reach
 * the model as their blocks' section seeds only, so a keystroke does not copy them all.
 */
export function needsModel(context: AnalyzedContext): boolean {
  return context.cidrs.length > 0 || (context.kind === 'heading' && opensSection(context)) || inheritsSubject(context) || entitiesOf(context).length > 0 || context.iacValues.some((v) => v.fromSection === true);
}

/**
 * Subnets the document lists under a VPC without calling them subnets: child items that only inherit
 * "VPC" from their parent item, and the unnamed blocks of a list or table right after the statement
 * giving one VPC (not in a section about someone else's networks). Moves them from `vpcs` and
 * `unnamed` into `pending` as subnets and returns the VPC each belongs to.
 */
function subnetsUnderVpcs(
  text: string,
  vpcs: NetworkBlock[],
  unnamed: NetworkBlock[],
  sectionAt: (block: NetworkBlock) => { readonly section: number; readonly heading: string },
  pending: Array<{ block: NetworkBlock; section: number; vpcRef?: string }>,
): Map<NetworkBlock, NetworkBlock> {
  const vpcOf = new Map<NetworkBlock, NetworkBlock>();
  const asSubnets = (found: ReadonlyMap<NetworkBlock, NetworkBlock>, from: NetworkBlock[]): void => {
    if (found.size === 0) return;
    const left = from.filter((b) => !found.has(b));
    from.length = 0;
    from.push(...left);
    for (const [block, vpc] of found) {
      const subnet: NetworkBlock = { ...block, mention: { ...block.mention, role: 'subnet' } };
      vpcOf.set(subnet, vpc);
      pending.push({ block: subnet, section: sectionAt(block).section });
    }
  };
  asSubnets(subnetsOfParentVpc(vpcs), vpcs);
  const candidates = unnamed.filter((b) => !OTHER_SUBNETS.test(sectionAt(b).heading));
  asSubnets(listedUnderVpc(text, candidates, vpcs), unnamed);
  return vpcOf;
}

/**
 * The architecture the document describes. `contexts` holds at least every context `needsModel`
 * accepts, in document order (others change nothing); `sections` the seeds of every section the
 * document opens, in order; `all` gives every context on demand.
 */
export function buildModel(text: string, contexts: readonly AnalyzedContext[], sections: readonly Section[], all: () => readonly AnalyzedContext[]): DocumentModel {
  const vpcs: NetworkBlock[] = [];
  const subnets: SubnetBlock[] = [];
  const entities: Entity[] = [];
  const headings: AnalyzedContext[] = [];
  const textNames = new Map<AnalyzedContext, string | undefined>();
  // Section: index of the last heading context (markdown headings, not table header rows) seen.
  let section = 0;
  const sectionOf = new Map<AnalyzedContext, number>();
  let pending: Array<{ block: NetworkBlock; section: number; vpcRef?: string }> = [];
  const unnamed: NetworkBlock[] = [];
  for (const context of contexts) {
    if (context.kind === 'heading' && MARKDOWN_HEADING.test(context.text)) {
      section++;
      headings.push(context);
    }
    sectionOf.set(context, section);
    entities.push(...entitiesOf(context));
    for (const mention of context.cidrs) {
      if (!mention.cidr) continue;
      const block: NetworkBlock = { cidr: mention.cidr, mention, context, name: nameFor(context, mention, textNames) };
      if (mention.role === 'vpc') vpcs.push(block);
      else if (mention.role === 'unknown' && subnetSized(mention.cidr) && listsSubnets(headings[section - 1], context)) pending.push({ block: { ...block, mention: { ...mention, role: 'subnet' } }, section });
      else if (mention.role === 'unknown' && context.kind !== 'code') unnamed.push(block);
      else if (mention.role === 'subnet') {
        const ref = context.kind === 'code' ? VPC_REF.map((re) => re.exec(context.text)?.[1]).find((r) => r !== undefined) : undefined;
        pending.push({ block, section, vpcRef: ref });
      }
    }
  }
  // Blocks listed under a VPC ("VPC prod: 10.0.0.0/16" over "- public-a 10.0.0.0/24") are its subnets.
  const listedVpcOf = subnetsUnderVpcs(text, vpcs, unnamed, (block) => {
    const section = sectionOf.get(block.context) ?? 0;
    return { section, heading: headings[section - 1]?.text ?? '' };
  }, pending);
  // A "subnet" that holds other subnets of its table, row or list is their VPC, or a range they are planned in.
  const structure = findContainers(
    pending.map((p) => p.block),
    unnamed,
    vpcs,
  );
  if (structure.vpcs.size > 0 || structure.ranges.size > 0) {
    vpcs.push(...structure.vpcs);
    vpcs.sort((a, b) => a.mention.start - b.mention.start);
    pending = pending.filter((p) => !structure.vpcs.has(p.block) && !structure.ranges.has(p.block));
  }
  // A heading's block over the subnets of its section is their VPC: "## Subnets of pay-prod (10.20.0.0/16)".
  const underHeading = headingContainers(headings, [
    ...pending.map((p) => ({ block: p.block, section: p.section })),
    ...unnamed.filter((b) => b.context.kind === 'heading').map((block) => ({ block, section: sectionOf.get(block.context) ?? 0 })),
  ]);
  if (underHeading.vpcs.size > 0 || underHeading.ranges.size > 0) {
    vpcs.push(...[...underHeading.vpcs].filter((v) => !vpcs.includes(v)));
    vpcs.sort((a, b) => a.mention.start - b.mention.start);
    pending = pending.filter((p) => !underHeading.vpcs.has(p.block) && !underHeading.ranges.has(p.block));
  }
  const distinctVpcs = new Set(vpcs.map((v) => `${v.cidr.address}/${v.cidr.prefix}`));
  // VPCs by statement and by section, in document order (a subnet looks up its VPC without scanning them all).
  const byContext = new Map<AnalyzedContext, NetworkBlock[]>();
  const bySection = new Map<number, NetworkBlock[]>();
  for (const v of vpcs) {
    const inContext = byContext.get(v.context) ?? [];
    inContext.push(v);
    byContext.set(v.context, inContext);
    const section = sectionOf.get(v.context) ?? -1;
    const inSection = bySection.get(section) ?? [];
    inSection.push(v);
    bySection.set(section, inSection);
  }
  let byHeading: ReturnType<typeof vpcsByHeading> | undefined;
  for (const { block, section: subnetSection, vpcRef } of pending) {
    let vpc: NetworkBlock | undefined;
    let binding: VpcBinding | undefined;
    if (vpcRef) {
      vpc = vpcs.find((v) => resourceNameOf(v.context) === vpcRef);
      if (vpc) binding = 'reference';
    }
    if (!vpc) {
      vpc = structure.vpcOf.get(block) ?? underHeading.vpcOf.get(block) ?? listedVpcOf.get(block);
      if (vpc) binding = 'structure';
    }
    if (!vpc) {
      const same = byContext.get(block.context) ?? [];
      if (same.length === 1) [vpc, binding] = [same[0], 'same-statement'];
    }
    // A statement that writes a network in a notation the recognisers do not read ("10.5.0.0 - 10.5.255.255",
    // a dotted netmask) may give its subnets that network: no VPC from elsewhere is bound to them.
    if (!vpc && UNREAD_BLOCK.test(block.context.text)) {
      subnets.push({ ...block, vpc, binding });
      continue;
    }
    if (!vpc) {
      const last = nearestBefore(bySection.get(subnetSection) ?? [], block);
      if (last) [vpc, binding] = [last, 'section'];
    }
    if (!vpc) {
      byHeading ??= vpcsByHeading(headings, vpcs);
      const named = byHeading(subnetSection);
      if (named && mayHold(named, block)) [vpc, binding] = [named, 'heading'];
    }
    // The only VPC speaks for an unbound subnet, unless the document's structure shows other networks.
    if (!vpc && distinctVpcs.size === 1 && structure.vpcs.size === 0 && mayHold(vpcs[0], block)) [vpc, binding] = [vpcs[0], 'only-vpc'];
    subnets.push({ ...block, vpc, binding });
  }
  let everything: readonly AnalyzedContext[] | undefined;
  return {
    text,
    get contexts() {
      everything ??= all();
      return everything;
    },
    headings,
    vpcs,
    subnets,
    entities,
    scopes: buildScopes(sections, text, () => servicesNamed((everything ??= all()))),
  };
}
