/**
 * CIDR roles from the name of the setting that holds them, in code that is no resource block:
 * Terraform variables and tfvars (`vpc_cidr = "10.0.0.0/16"`), Pulumi and CDK config
 * (`infra:vpcCidr: …`, `"publicSubnetCidrs": […]`), Helm or app values. The key's words say what the
 * block is: `vpc` with `cidr`/`block`/`range` is the VPC's, `subnets` or `subnet` with a CIDR word its
 * subnets'. A qualifier that makes the network someone else's (`peer_vpc_cidr`, `allowed_cidrs`,
 * `onprem_subnets`, `pod_subnet`) gives no role: the reader stays out of what it cannot be sure of.
 */

export type SettingRole = 'vpc' | 'subnet' | 'other';

/** "vpcCidr" → ["vpc", "cidr"]; "infra:appSubnets" → ["infra", "app", "subnets"]; "private_subnets" → ["private", "subnets"]. */
export function identifierWords(key: string): string[] {
  const words: string[] = [];
  for (const part of key.split(/[^A-Za-z0-9]+/)) {
    let start = 0;
    for (let i = 1; i < part.length; i++) {
      const upper = isUpper(part.charAt(i));
      // "vpcCidr": before an upper case letter after a lower one; "VPCCidr": before the last of a run of capitals.
      if (upper && (!isUpper(part.charAt(i - 1)) || (i + 1 < part.length && isLower(part.charAt(i + 1))))) {
        words.push(part.slice(start, i));
        start = i;
      }
    }
    if (start < part.length) words.push(part.slice(start));
  }
  return words.filter((w) => w !== '').map((w) => w.toLowerCase());
}

const isUpper = (c: string): boolean => c >= 'A' && c <= 'Z';
const isLower = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

const CIDR_WORDS = new Set(['cidr', 'cidrs', 'block', 'blocks', 'range', 'ranges', 'ipv4', 'network', 'prefix', 'supernet']);
/** Words that make the network another one's, or a list of allowed sources rather than a plan. */
const FOREIGN_WORDS = new Set([
  'peer', 'peering', 'remote', 'onprem', 'prem', 'premises', 'corporate', 'corp', 'office', 'allowed', 'allow', 'allowlist',
  'whitelist', 'trusted', 'source', 'src', 'sources', 'destination', 'dest', 'dst', 'ingress', 'egress', 'route', 'routes',
  'cluster', 'pod', 'pods', 'service', 'services', 'docker', 'bridge', 'vpn', 'client', 'customer', 'tgw', 'transit', 'dx',
  'ipv6', 'external', 'internet', 'public', 'ip', 'ips', 'address', 'addresses', 'host', 'hosts', 'nat', 'eip',
]);
/** "public" names a subnet tier ("publicSubnetCidrs"), not a foreign network, when the key says subnet. */
const TIER_WORDS = new Set(['public', 'private', 'ip']);

/** The role a key's words give the CIDRs it holds, or undefined when they give none. */
export function roleOfKey(key: string): SettingRole | undefined {
  const words = identifierWords(key);
  const subnet = words.some((w) => w === 'subnet' || w === 'subnets');
  const foreign = words.some((w) => FOREIGN_WORDS.has(w) && !(subnet && TIER_WORDS.has(w)));
  if (foreign) return 'other';
  if (subnet) return 'subnet';
  if (words.includes('vpc') && words.some((w) => CIDR_WORDS.has(w))) return 'vpc';
  return undefined;
}

/** `key = `, `key: `, `"key": `, `infra:vpcCidr: ` at a line's start or after `{`/`,` (one-line JSON). */
const KEY_BEFORE = /(?:^|[{,])[ \t]*(?:-[ \t]*)?["']?([A-Za-z_][\w.:-]{0,79}?)["']?[ \t]*(?:=(?!=)|:(?=[ \t\["']|$))[ \t]*/gm;

/** The key of the nearest line above `lineStart` indented less than `indent` (a YAML parent, a list's key). */
function enclosingKey(text: string, lineStart: number, indent: number): string | undefined {
  let end = lineStart - 1;
  for (let lines = 0; lines < 40 && end > 0; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === '' || /^[ \t]*(?:-[ \t]|["'\d])/.test(line)) continue;
    const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (own >= indent && indent > 0) continue;
    return /^[ \t]*["']?([A-Za-z_][\w.:-]{0,79}?)["']?[ \t]*(?:=(?!=)|:)[ \t]*(?:\[[^\]]*|\{[^}]*)?$/.exec(line)?.[1];
  }
  return undefined;
}

/**
 * The key that holds the value at `offset` of a code text: the last key on its line before it, or for
 * a value on a line of its own (a YAML list item, a wrapped list) the key of the nearest line above
 * with less indentation. Undefined when none is found within 40 lines.
 */
export function settingKeyAt(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const head = text.slice(lineStart, offset);
  let key: string | undefined;
  KEY_BEFORE.lastIndex = 0;
  for (let m = KEY_BEFORE.exec(head); m; m = KEY_BEFORE.exec(head)) {
    key = m[1];
    if (m[0].length === 0) KEY_BEFORE.lastIndex++;
  }
  return key ?? enclosingKey(text, lineStart, /^[ \t]*/.exec(head)?.[0].length ?? 0);
}

/** A key that is only a CIDR word (`cidr`, `cidr_block`, `ipv4Cidr`): the enclosing key says whose. */
const BARE_CIDR_KEY = /^(?:ipv4[_-]?)?cidr(?:[_-]?block)?$/i;

/**
 * The role the setting holding a CIDR at `offset` gives it, when its key names one; a bare `cidr:`
 * under a `vpc:` key is the VPC's.
 */
export function settingRoleAt(text: string, offset: number): SettingRole | undefined {
  const key = settingKeyAt(text, offset);
  if (key === undefined) return undefined;
  const role = roleOfKey(key);
  if (role !== undefined || !BARE_CIDR_KEY.test(key)) return role;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0].length ?? 0;
  const parent = indent > 0 ? enclosingKey(text, lineStart, indent) : undefined;
  return parent !== undefined && /^vpcs?$/i.test(identifierWords(parent).join('')) ? 'vpc' : undefined;
}
