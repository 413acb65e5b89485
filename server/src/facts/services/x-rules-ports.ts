/**
 * Well-known protocol ports the protocol-port-mismatch rule needs and no service card carries (owned by the
 * rule catalogue; the fact-pack maintainers may merge it into their cards). No aliases: this card adds no
 * service recognition, only facts; ids do not end in `.default-port` so engine-port-mismatch ignores them.
 */
import type { ServiceCard } from '../types';
import { num } from '../build';

const SG_REFERENCE = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html';

export const networkProtocols: ServiceCard = {
  id: 'network-protocols',
  name: 'Well-known protocol ports',
  summary: 'TCP ports of the protocols security group rules most often open (SSH, RDP, HTTP, HTTPS).',
  aliases: [],
  category: 'Networking',
  docs: SG_REFERENCE,
  facts: [
    num('network-protocols.ssh-port', 'SSH', 'port', 22, 'port', SG_REFERENCE),
    num('network-protocols.rdp-port', 'RDP (Windows)', 'port', 3389, 'port', SG_REFERENCE),
    num('network-protocols.http-port', 'HTTP', 'port', 80, 'port', SG_REFERENCE),
    num('network-protocols.https-port', 'HTTPS', 'port', 443, 'port', SG_REFERENCE),
  ],
};
