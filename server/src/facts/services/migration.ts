import type { ServiceCard } from '../types';
import { num, text } from '../build';
import { list } from './util';

const DMS = 'https://docs.aws.amazon.com/dms/latest/userguide/Welcome.html';
const SMS_GOVCLOUD = 'https://docs.aws.amazon.com/govcloud-us/latest/UserGuide/govcloud-sms.html';
const DMS_SOURCES = 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.html';
const DMS_TARGETS = 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.html';
const DMS_SC = 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_SchemaConversion.html';
const DMS_CDC = 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Task.CDC.html';
const DMS_MULTIAZ = 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.html';
const DMS_PRICING = 'https://aws.amazon.com/dms/pricing/';
const ADS = 'https://docs.aws.amazon.com/application-discovery/latest/userguide/what-is-appdiscovery.html';
const ADS_AGENT = 'https://docs.aws.amazon.com/application-discovery/latest/userguide/discovery-agent.html';
const ADS_AGENTLESS = 'https://docs.aws.amazon.com/application-discovery/latest/userguide/agentless-collector.html';
const ADS_EXPLORE = 'https://docs.aws.amazon.com/application-discovery/latest/userguide/explore-data.html';
/** The availability banner on every page of the guide links here (read on a current copy, 2026-12-07). */
const ADS_AVAILABILITY = 'https://docs.aws.amazon.com/application-discovery/latest/userguide/application-discovery-service-availability-change.html';
const MGN = 'https://docs.aws.amazon.com/mgn/latest/ug/what-is-application-migration-service.html';
const MGN_PRICING = 'https://aws.amazon.com/application-migration-service/pricing/';
const MGN_LIFECYCLE = 'https://docs.aws.amazon.com/mgn/latest/ug/lifecycle.html';
const SMS = 'https://docs.aws.amazon.com/server-migration-service/latest/userguide/server-migration.html';
const VMC = 'https://aws.amazon.com/vmware/';
const EVS = 'https://docs.aws.amazon.com/evs/latest/userguide/what-is-evs.html';
const DR = 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html';
const DR_OBJECTIVES = 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/business-continuity-plan-bcp.html';
const DRS = 'https://docs.aws.amazon.com/drs/latest/userguide/what-is-drs.html';
const FIS = 'https://docs.aws.amazon.com/fis/latest/userguide/what-is.html';

export const dms: ServiceCard = {
  id: 'dms',
  name: 'AWS Database Migration Service (DMS)',
  summary: 'Migrates and continuously replicates data between databases and analytics stores, with full load and change data capture.',
  aliases: ['DMS', 'AWS DMS', 'Database Migration Service', 'AWS Database Migration Service', 'DMS Serverless', 'DMS Schema Conversion', 'SCT', 'Schema Conversion Tool', 'AWS SCT', 'CDC', 'change data capture'],
  category: 'Migration',
  docs: DMS,
  facts: [
    list('dms.migration-types', 'Migration types', 'behaviour', ['full load', 'full load + CDC', 'CDC only'], DMS_CDC),
    text('dms.dynamodb', 'DynamoDB', 'behaviour', 'Supported as a target only, not as a source', DMS_TARGETS, {
      seedLine: 5187,
      changed: { notes: 'Oracle, MySQL, DynamoDB', note: 'DynamoDB is a DMS target only.' },
    }),
    text('dms.schema-conversion', 'Schema conversion', 'behaviour', 'AWS SCT or DMS Schema Conversion, needed only for heterogeneous migrations (e.g. Oracle → PostgreSQL)', DMS_SC, {
      seedLine: 5157,
      changed: { notes: 'DMS handles schema conversion if needed', note: 'DMS moves data; SCT / DMS Schema Conversion convert schemas.' },
    }),
    list('dms.sources', 'Example sources', 'behaviour', ['Oracle', 'SQL Server', 'MySQL', 'MariaDB', 'PostgreSQL', 'Db2', 'SAP ASE', 'MongoDB', 'S3'], DMS_SOURCES),
    text('dms.multi-az', 'High availability', 'behaviour', 'Multi-AZ replication instances with a synchronous standby', DMS_MULTIAZ),
    text('dms.price', 'Price', 'price', 'Per replication instance-hour or DMS Serverless capacity-hour; free for six months when migrating to Aurora, Redshift, DynamoDB or DocumentDB', DMS_PRICING),
  ],
};

export const applicationDiscoveryService: ServiceCard = {
  id: 'application-discovery-service',
  name: 'AWS Application Discovery Service',
  summary: 'Collects on-premises server inventory, utilisation and dependencies to plan migrations (results in AWS Migration Hub).',
  aliases: ['Application Discovery Service', 'AWS Application Discovery Service', 'ADS', 'Discovery Agent', 'Agentless Collector'],
  category: 'Migration',
  docs: ADS,
  // The guide's banner gives no date (the notice page it links was not stored); AWS Migration Hub, where its results
  // were viewed, closed on 7 November 2025.
  status: { state: 'closed-to-new-customers', since: '', successor: 'AWS Transform', source: ADS_AVAILABILITY },
  facts: [
    text('application-discovery-service.lifecycle', 'Availability', 'lifecycle', 'No longer open to new customers; AWS Transform offers similar capabilities', ADS_AVAILABILITY, { checked: '2026-12-07' }),
    list('application-discovery-service.collection', 'Collection methods', 'behaviour', ['Agentless Collector (VMware vCenter)', 'Discovery Agent (per server, also processes and network connections)', 'file import'], ADS),
    text('application-discovery-service.agent', 'Agent-based discovery', 'behaviour', 'Agent on Linux/Windows servers captures system performance, processes and network dependencies', ADS_AGENT),
    text('application-discovery-service.agentless', 'Agentless discovery', 'behaviour', 'OVA appliance reads VM inventory and utilisation from vCenter', ADS_AGENTLESS),
    text('application-discovery-service.explore', 'Analysis', 'behaviour', 'Data exploration in Amazon Athena: agent data lands in your S3 bucket (turned on from the Migration Hub console) for Athena queries and QuickSight', ADS_EXPLORE),
    text('application-discovery-service.scope', 'What it does not do', 'behaviour', 'Discovery and planning only; rehosting is done by AWS Application Migration Service (MGN)', MGN, {
      seedLine: 5250,
      changed: { notes: 'lift-and-shift capability attributed to Application Discovery Service', note: 'Rehosting is MGN\u2019s job.' },
    }),
  ],
};

export const mgn: ServiceCard = {
  id: 'mgn',
  name: 'AWS Application Migration Service (MGN)',
  summary: 'Lift-and-shift rehosting: continuous block-level replication of physical, virtual and cloud servers, then test and cut over on EC2.',
  aliases: ['Application Migration Service', 'AWS Application Migration Service', 'MGN', 'AWS MGN', 'CloudEndure Migration'],
  category: 'Migration',
  docs: MGN,
  facts: [
    text('mgn.replication', 'Replication', 'behaviour', 'Continuous block-level replication through an agent into a staging area in your account', MGN, { seedLine: 5252 }),
    num('mgn.free-period', 'Free per source server', 'price', 90, 'days', MGN_PRICING, { detail: '2,160 hours of replication per server at no MGN charge.' }),
    list('mgn.lifecycle', 'Server lifecycle', 'behaviour', ['not ready', 'ready for testing', 'test in progress', 'ready for cutover', 'cutover complete'], MGN_LIFECYCLE),
  ],
};

export const serverMigrationService: ServiceCard = {
  id: 'server-migration-service',
  name: 'AWS Server Migration Service (SMS)',
  summary: 'Incremental replication of on-premises VMs to AMIs; discontinued in favour of MGN.',
  aliases: ['Server Migration Service', 'AWS Server Migration Service', 'AWS SMS'],
  // "AWS SMS" is also how people write text messages sent through AWS: the service only when named in full too.
  contextualAliases: ['AWS SMS'],
  category: 'Migration',
  docs: SMS,
  status: { state: 'retired', since: '2022-03-31', successor: 'AWS Application Migration Service (MGN)', source: SMS },
  facts: [
    // Fourth audit: the SMS guide is not stored; the GovCloud guide states the date and the successor.
    text('server-migration-service.lifecycle', 'Availability', 'lifecycle', 'Discontinued 31 March 2022; use AWS Application Migration Service', SMS_GOVCLOUD, {
      checked: '2026-12-07',
      seedLine: 5191,
      changed: { notes: 'presented as available', note: 'AWS SMS was discontinued in 2022.' },
    }),
    text('server-migration-service.what', 'What it did (historical)', 'behaviour', 'Incremental replication of live VMware, Hyper-V and Azure VMs into AMIs', SMS),
    text('server-migration-service.successor', 'Successor', 'behaviour', 'AWS Application Migration Service (MGN)', MGN),
  ],
};

export const vmwareCloud: ServiceCard = {
  id: 'vmware-cloud',
  name: 'VMware Cloud on AWS',
  summary: 'VMware SDDC (vSphere, vSAN, NSX) on dedicated AWS bare-metal hosts, sold by Broadcom; Amazon EVS is the AWS-native alternative.',
  aliases: ['VMware Cloud on AWS', 'VMC on AWS', 'VMC', 'SDDC', 'Amazon EVS', 'Amazon Elastic VMware Service', 'Elastic VMware Service'],
  category: 'Migration',
  docs: VMC,
  facts: [
    text('vmware-cloud.purchase', 'How to buy', 'lifecycle', 'Sold by Broadcom (VMware); AWS stopped reselling it on 30 April 2024', VMC, {
      seedLine: 5299,
      changed: { notes: 'AWS service to extend on-prem VMware to AWS', note: 'Still available, but purchased through Broadcom; AWS also offers Amazon EVS.' },
    }),
    list('vmware-cloud.stack', 'Stack', 'behaviour', ['vSphere', 'vSAN', 'NSX', 'vCenter', 'HCX (migration)'], VMC),
    text('vmware-cloud.evs', 'Amazon Elastic VMware Service (EVS)', 'behaviour', 'Runs VMware Cloud Foundation directly in your VPC on EC2 bare-metal instances', EVS),
  ],
};

export const disasterRecovery: ServiceCard = {
  id: 'disaster-recovery',
  name: 'Disaster recovery on AWS',
  summary: 'DR strategies from backup & restore to multi-site active/active, chosen by recovery point and recovery time objectives.',
  aliases: ['disaster recovery', 'Disaster recovery', 'Disaster Recovery', 'DR', 'RPO', 'RTO', 'backup and restore', 'pilot light', 'Pilot Light', 'warm standby', 'Warm Standby', 'Multi-Site', 'hot site', 'Elastic Disaster Recovery', 'AWS Elastic Disaster Recovery', 'AWS DRS'],
  category: 'Architecture',
  docs: DR,
  facts: [
    list('disaster-recovery.strategies', 'Strategies (cheapest → fastest)', 'behaviour', ['backup & restore (RPO/RTO hours)', 'pilot light (tens of minutes)', 'warm standby (minutes)', 'multi-site active/active (near zero)'], DR, { seedLine: 5025 }),
    text('disaster-recovery.rpo', 'Recovery point objective (RPO)', 'behaviour', 'Maximum acceptable time since the last data recovery point (data loss)', DR_OBJECTIVES, { seedLine: 5018 }),
    text('disaster-recovery.rto', 'Recovery time objective (RTO)', 'behaviour', 'Maximum acceptable delay between interruption and restoration of service', DR_OBJECTIVES, { seedLine: 5019 }),
    text('disaster-recovery.drs', 'AWS Elastic Disaster Recovery', 'behaviour', 'Continuous block-level replication of servers for recovery in AWS (RPO seconds, RTO minutes)', DRS),
    text('disaster-recovery.chaos', 'Chaos engineering', 'behaviour', 'AWS Fault Injection Service (FIS) runs controlled fault-injection experiments', FIS, { seedLine: 5060 }),
  ],
};
