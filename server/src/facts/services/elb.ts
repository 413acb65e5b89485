import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list, price } from './util';

const ELB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html';
const ELB_CREATE_TARGET_GROUP_API = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html';
const ELB_WHAT = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/what-is-load-balancing.html';
const ALB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/introduction.html';
const ALB_LIMITS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html';
const ALB_STICKY = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html';
const ALB_TG = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html';
const ALB_IDLE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html';
const ALB_HEADERS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html';
const NLB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/introduction.html';
/** Listener configuration: the protocols and ports an NLB listener takes. */
const NLB_LISTENERS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html';
const NLB_LB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html';
const NLB_TG = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html';
const GWLB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/introduction.html';
const GWLB_LBS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-load-balancers.html';
const GWLB_TG = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html';
const CLB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/introduction.html';
const CLB_DRAIN = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html';
const CLB_STICKY = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html';
const CLB_HTTPS_LISTENERS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-https-load-balancers.html';
const PRICING = 'https://aws.amazon.com/elasticloadbalancing/pricing/';

export const elb: ServiceCard = {
  id: 'elb',
  name: 'Elastic Load Balancing (ELB)',
  summary: 'Managed load balancers across AZs: Application (L7), Network (L4), Gateway (L3 appliances) and Classic (legacy).',
  aliases: ['ELB', 'Elastic Load Balancing', 'Elastic Load Balancer', 'load balancer', 'load balancers', 'target group', 'target groups', 'cross-zone load balancing', 'sticky sessions', 'deregistration delay', 'connection draining'],
  category: 'Networking',
  docs: ELB_WHAT,
  facts: [
    list('elb.types', 'Load balancer types', 'behaviour', ['Application Load Balancer (HTTP/HTTPS/gRPC)', 'Network Load Balancer (TCP/UDP/TLS/QUIC)', 'Gateway Load Balancer (GENEVE)', 'Classic Load Balancer (legacy)'], ELB_CREATE_TARGET_GROUP_API, {
      detail: 'Target group protocols: HTTP or HTTPS for an Application Load Balancer (protocol version HTTP1, HTTP2 or GRPC), TCP, TLS, UDP, TCP_UDP, QUIC or TCP_QUIC for a Network Load Balancer, GENEVE for a Gateway Load Balancer.',
    }),
    range('elb.deregistration-delay', 'Deregistration delay (ALB/NLB target groups)', { min: 0, max: 3_600, default: 300 }, 'seconds', ALB_TG, {
      hardLimit: true,
      seedLine: 361,
      changed: { notes: '1 to 3600 seconds', note: '1–3,600 s is Classic Load Balancer connection draining; target groups allow 0–3,600 s.' },
    }),
    text('elb.cross-zone', 'Cross-zone load balancing', 'default', 'ALB: always on, no inter-AZ charge; NLB and GWLB: off by default, inter-AZ data charged when on; CLB: on when created in the console', ELB, {
      seedLine: 331,
      changed: { notes: 'no charges for inter-AZ traffic', note: 'Free only for ALB (and CLB); NLB/GWLB inter-AZ data is charged.' },
    }),
    text('elb.stickiness', 'Sticky sessions', 'behaviour', 'ALB: load balancer or application cookies (duration 1 second to 7 days, default 1 day); CLB: cookies; NLB: source-IP affinity, no cookies', ALB_STICKY, {
      seedLine: 322,
      changed: { notes: 'cookies with configurable expiration', note: 'True for ALB/CLB; NLB stickiness is by source IP.' },
    }),
    range('elb.sticky-duration', 'Duration-based stickiness cookie lifetime', { min: 1, max: 604_800, default: 86_400 }, 'seconds', ALB_STICKY, { hardLimit: true }),
    // Fourth audit: AWSELB is on the Classic Load Balancer page, not on the cited ALB page.
    text('elb.cookie-names', 'Load balancer cookie names', 'behaviour', 'AWSALB (ALB duration-based), AWSALBAPP (ALB application-based)', ALB_STICKY, {
      checked: '2026-12-07',
      detail: 'A Classic Load Balancer creates a cookie named AWSELB (elb-sticky-sessions).',
      seedLine: 325,
      changed: { notes: 'awsalb, awselb', note: 'The cookie names are upper case: AWSALB and AWSELB.' },
    }),
  ],
};

export const alb: ServiceCard = {
  id: 'alb',
  parent: 'elb',
  name: 'Application Load Balancer (ALB)',
  summary: 'Layer 7 load balancer for HTTP, HTTPS and gRPC with path/host/header routing to instances, IPs, Lambda or ECS tasks.',
  aliases: ['ALB', 'ALBs', 'Application Load Balancer', 'Application Load Balancers', 'application load balancer'],
  category: 'Networking',
  docs: ALB,
  facts: [
    range('alb.idle-timeout', 'Connection idle timeout', { min: 1, max: 4_000, default: 60 }, 'seconds', ALB_IDLE, {
      hardLimit: true,
      names: { words: ['idle timeout', 'connection idle timeout'], iac: ['idle_timeout', 'idle_timeout.timeout_seconds'], units: ['seconds'] },
    }),
    num('alb.rules-per-listener', 'Rules per load balancer (excluding default rules)', 'quota', 100, 'count', ALB_LIMITS, { hardLimit: false }),
    num('alb.certificates', 'Certificates per load balancer (SNI, excluding default)', 'quota', 25, 'count', ALB_LIMITS, { hardLimit: false }),
    num('alb.targets', 'Targets per load balancer', 'quota', 1_000, 'count', ALB_LIMITS, { hardLimit: false }),
    list('alb.targets-types', 'Target types', 'behaviour', ['instance', 'IP', 'Lambda function'], ALB_TG),
    text('alb.client-ip', 'Client IP', 'behaviour', 'Seen by targets in the X-Forwarded-For header', ALB_HEADERS),
    text('alb.osi-layer', 'OSI layer', 'behaviour', 'Layer 7 (the application layer of the OSI model): listener rules route each request to a target group on the content of the application traffic', ALB),
    text('alb.static-ip', 'Static IP', 'behaviour', 'No static IPs; put an NLB or Global Accelerator in front if you need them', ALB),
    price('alb.hourly-price', 'Per ALB-hour (us-east-1)', 0.0225, PRICING, { detail: 'Plus $0.008 per LCU-hour.' }),
  ],
};

export const nlb: ServiceCard = {
  id: 'nlb',
  parent: 'elb',
  name: 'Network Load Balancer (NLB)',
  summary: 'Layer 4 load balancer for TCP, UDP and TLS with static IPs per AZ, ultra-low latency and millions of requests per second.',
  aliases: ['NLB', 'NLBs', 'Network Load Balancer', 'Network Load Balancers', 'network load balancer'],
  category: 'Networking',
  docs: NLB,
  facts: [
    list('nlb.protocols', 'Protocols', 'behaviour', ['TCP', 'UDP', 'TCP_UDP', 'TLS', 'QUIC', 'TCP_QUIC'], NLB_LISTENERS, {
      detail: 'QUIC listeners forward QUIC traffic to the targets and keep a session on one target by its QUIC connection ID (AWS Networking blog, Introducing QUIC protocol support for Network Load Balancer).',
    }),
    text('nlb.osi-layer', 'OSI layer', 'behaviour', 'Layer 4 of the OSI model: each TCP connection or UDP flow goes to one target, chosen by a flow hash of protocol, source and destination IP address and port', NLB),
    text('nlb.static-ip', 'Static IP', 'behaviour', 'One static IP per AZ; can use your Elastic IPs', NLB_LB),
    text('nlb.cross-zone', 'Cross-zone load balancing', 'default', 'Off by default (the load balancer attribute defaults to false)', NLB_LB),
    range('nlb.tcp-idle-timeout', 'TCP idle timeout', { min: 60, max: 6_000, default: 350 }, 'seconds', NLB_LB, { hardLimit: true }),
    text('nlb.stickiness', 'Stickiness', 'behaviour', 'Source IP affinity (no cookies)', NLB_TG),
    price('nlb.hourly-price', 'Per NLB-hour (us-east-1)', 0.0225, PRICING, { detail: 'Plus $0.006 per NLCU-hour.' }),
  ],
};

export const gwlb: ServiceCard = {
  id: 'gwlb',
  parent: 'elb',
  name: 'Gateway Load Balancer (GWLB)',
  summary: 'Layer 3 gateway that distributes traffic to fleets of third-party virtual appliances (firewalls, IDS) over GENEVE.',
  aliases: ['GWLB', 'Gateway Load Balancer', 'Gateway Load Balancers', 'GWLB endpoint', 'GENEVE'],
  category: 'Networking',
  docs: GWLB,
  facts: [
    // Fourth audit: the load balancer page states the port ("using the GENEVE protocol on port 6081").
    port('gwlb.default-port', 'GENEVE port (UDP)', 6081, GWLB_LBS, { checked: '2026-12-07' }),
    text('gwlb.layer', 'Layer', 'behaviour', 'Layer 3 (network layer): listens for all IP packets on all ports and keeps each flow on one appliance; a transparent network gateway', GWLB),
    text('gwlb.endpoints', 'Consumption', 'behaviour', 'Route VPC traffic to Gateway Load Balancer endpoints (PrivateLink)', GWLB),
    text('gwlb.target-protocol', 'Target group protocol', 'behaviour', 'GENEVE on port 6081 only', GWLB_TG),
  ],
};

export const clb: ServiceCard = {
  id: 'clb',
  parent: 'elb',
  name: 'Classic Load Balancer (CLB)',
  summary: 'Previous-generation load balancer (L4/L7) for EC2-Classic-era designs; use ALB or NLB instead.',
  aliases: ['CLB', 'Classic Load Balancer', 'Classic Load Balancers', 'classic load balancer', 'Classic ELB'],
  category: 'Networking',
  docs: CLB,
  facts: [
    range('clb.connection-draining', 'Connection draining timeout', { min: 1, max: 3_600, default: 300 }, 'seconds', CLB_DRAIN, { hardLimit: true }),
    text('clb.certificates', 'Certificates', 'behaviour', 'No SNI: one certificate on the load balancer (add Subject Alternative Names for more sites), or TCP listeners on 443 passing HTTPS through to the instances', CLB_HTTPS_LISTENERS),
    text('clb.stickiness', 'Stickiness cookie', 'behaviour', 'AWSELB (duration-based) or application cookie', CLB_STICKY),
    text('clb.status', 'Status', 'lifecycle', 'Previous generation; AWS recommends migrating to ALB or NLB', CLB),
  ],
};
