import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list, price } from './util';

const INSTANCE_TYPES = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html';
const ON_DEMAND = 'https://aws.amazon.com/ec2/pricing/on-demand/';
const SPOT = 'https://aws.amazon.com/ec2/spot/';
const SPOT_NOTICE = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html';
const SPOT_INTERRUPTIONS = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-interruptions.html';
const RI = 'https://aws.amazon.com/ec2/pricing/reserved-instances/';
const RI_DOCS = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-reserved-instances.html';
const EIP = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html';
const PLACEMENT = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-strategies.html';
const USER_DATA = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html';
const HIBERNATE = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html';
const DEDICATED = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-instance.html';
const VPC_PRICING = 'https://aws.amazon.com/vpc/pricing/';
const IMDS = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html';
const INSTANCE_STORE = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html';
const ASG_COOLDOWN = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html';
const ASG_QUOTAS = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-quotas.html';
const ASG_SCALING = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/scale-your-group.html';
const ASG_LC = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html';
/** States that auto scaling costs nothing beyond CloudWatch and the resources used (fourteenth pass). */
const AUTOSCALING_DOCS = 'https://docs.aws.amazon.com/autoscaling/index.html';
const ASG_GRACE = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html';
const SP = 'https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html';
const SP_PRICING = 'https://aws.amazon.com/savingsplans/compute-pricing/';
const EB = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/Welcome.html';
const EB_DEPLOY = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.deploy-existing-version.html';
const EB_TIERS = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/concepts.html';
const EB_PLATFORMS = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-supported.html';
const EB_PRICING = 'https://aws.amazon.com/elasticbeanstalk/pricing/';
const BATCH = 'https://docs.aws.amazon.com/batch/latest/userguide/what-is-batch.html';
const BATCH_ARRAY = 'https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html';
const BATCH_RETRY = 'https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html';
const BATCH_TIMEOUT = 'https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html';
const BATCH_QUOTAS = 'https://docs.aws.amazon.com/batch/latest/userguide/service_limits.html';
const BATCH_PRICING = 'https://aws.amazon.com/batch/pricing/';
const EFA = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html';
const VMIE = 'https://docs.aws.amazon.com/vm-import/latest/userguide/what-is-vmimport.html';
const VMIE_EXPORT = 'https://docs.aws.amazon.com/vm-import/latest/userguide/vmexport.html';
const AL2023_ONPREM = 'https://docs.aws.amazon.com/linux/al2023/ug/outside-ec2.html';
const EIC = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-linux-inst-eic.html';
const EICE = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-with-ec2-instance-connect-endpoint.html';
// The EC2 Instance Connect API as the SDK for Kotlin reference renders it: SendSSHPublicKey, "The key remains for 60 seconds".
const EIC_API = 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2instanceconnect/aws.sdk.kotlin.services.ec2instanceconnect/-ec2-instance-connect-client';
const SP_OFFERING_API = 'https://docs.aws.amazon.com/savingsplans/latest/APIReference/API_SavingsPlanOffering.html';
const VMIE_DISK_FORMATS_API = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImageDiskContainer.html';

export const ec2: ServiceCard = {
  id: 'ec2',
  name: 'Amazon Elastic Compute Cloud (EC2)',
  summary: 'Resizable virtual servers (instances) in many families and sizes, billed On-Demand, Reserved, Savings Plans or Spot.',
  aliases: ['EC2', 'Amazon EC2', 'Elastic Compute Cloud', 'Amazon Elastic Compute Cloud', 'EC2 instance', 'EC2 instances', 'instance type', 'AMI', 'Amazon Machine Image', 'Golden AMI', 'On-Demand', 'On-Demand Instances', 'Dedicated Host', 'Dedicated Hosts', 'Dedicated Instance', 'Dedicated Instances'],
  category: 'Compute',
  docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/concepts.html',
  facts: [
    text('ec2.instance-type-naming', 'Instance type naming', 'behaviour', 'family + generation + options . size, e.g. m5.2xlarge = general purpose, 5th generation, 2xlarge', INSTANCE_TYPES, { seedLine: 7 }),
    text('ec2.billing', 'On-Demand billing', 'behaviour', 'Per second with a 60-second minimum (Linux, Windows, RHEL, Ubuntu…); some commercial OS/Marketplace AMIs hourly', ON_DEMAND, {
      seedLine: 49,
      changed: { notes: 'per second for Linux/Windows, per hour for other OS', note: 'Per-second billing has a 1-minute minimum and now covers RHEL and Ubuntu too.' },
    }),
    num('ec2.elastic-ips', 'Elastic IP addresses per Region', 'quota', 5, 'count', EIP, {
      hardLimit: false,
      seedLine: 89,
      changed: { notes: 'max 5 per account / 5 per Region (hard)', note: 'The figure is unchanged, but it is not a hard limit: 5 per Region (not per account) is the default quota, raised through Service Quotas.' },
    }),
    num('ec2.spot-discount', 'Spot discount vs On-Demand (up to)', 'price', 90, 'percent', SPOT),
    num('ec2.spot-notice', 'Spot interruption notice', 'duration', 120, 'seconds', SPOT_NOTICE, {
      seedLine: 59,
      changed: { notes: 'interrupted when the spot price exceeds your bid', note: 'Bidding ended in 2017; Spot is reclaimed when EC2 needs capacity, with a 2-minute notice.' },
    }),
    text('ec2.spot-pricing', 'Spot pricing and interruptions', 'behaviour', 'Charged the current Spot price, no bid; interrupted mainly when EC2 needs the capacity back (or the Spot price passes an optional maximum price, which AWS advises against)', SPOT_INTERRUPTIONS, {
      detail: 'Bidding ended with the pricing change of November 2017 (smoother prices based on long-term supply and demand).',
    }),
    num('ec2.ri-discount', 'Reserved Instance discount (up to)', 'price', 72, 'percent', RI, {
      detail: '1- or 3-year term; All Upfront, Partial Upfront or No Upfront.',
      seedLine: 52,
      changed: { notes: 'upfront or no upfront', note: 'There are three payment options: All, Partial and No Upfront.' },
    }),
    num('ec2.user-data', 'User data size (raw, before base64)', 'limit', 16, 'KiB', USER_DATA, { hardLimit: true }),
    num('ec2.hibernate-ram', 'Hibernation: maximum instance RAM', 'limit', 150, 'GiB', HIBERNATE, {
      hardLimit: true,
      detail: 'Root volume must be encrypted EBS, large enough for RAM; an instance can stay hibernated up to 60 days.',
    }),
    list('ec2.ri-terms', 'Reserved Instance terms', 'behaviour', ['1 year', '3 years'], RI_DOCS),
    text('ec2.dedicated-instances', 'Dedicated Instances', 'behaviour', 'Hardware isolated from other AWS accounts; may share hardware with your own non-dedicated instances', DEDICATED, {
      seedLine: 66,
    }),
    price('ec2.public-ipv4', 'Public IPv4 address, per IP-hour', 0.005, VPC_PRICING, { detail: 'Charged for every public IPv4 (in use or idle) since February 2024.' }),
    text('ec2.metadata', 'Instance metadata endpoint', 'behaviour', '169.254.169.254 (IPv6 fd00:ec2::254); IMDSv2 uses a session token', IMDS),
  ],
};

export const elasticIp: ServiceCard = {
  id: 'elastic-ip',
  parent: 'ec2',
  name: 'Elastic IP address',
  summary: 'A static public IPv4 address you allocate to your account and remap between instances or network interfaces.',
  aliases: ['Elastic IP', 'Elastic IPs', 'Elastic IP address', 'EIP', 'EIPs'],
  category: 'Compute',
  docs: EIP,
  facts: [
    num('elastic-ip.per-region', 'Elastic IP addresses per Region', 'quota', 5, 'count', EIP, {
      hardLimit: false,
      seedLine: 848,
      changed: { notes: '5 per Region (hard restriction)', note: 'The figure is unchanged, but it is not a hard limit: 5 is the default quota per Region, raised through Service Quotas.' },
    }),
    price('elastic-ip.hourly-price', 'Price per IP-hour (attached or idle)', 0.005, VPC_PRICING),
    text('elastic-ip.scope', 'Scope', 'behaviour', 'Regional; can be remapped to another instance or ENI in the Region', EIP),
  ],
};

export const placementGroup: ServiceCard = {
  id: 'placement-group',
  parent: 'ec2',
  name: 'EC2 placement groups',
  summary: 'Influence instance placement: cluster (low latency, one AZ), spread (distinct racks) or partition (isolated rack groups).',
  aliases: ['placement group', 'placement groups', 'Placement Group', 'cluster placement group', 'spread placement group', 'partition placement group'],
  category: 'Compute',
  docs: PLACEMENT,
  facts: [
    num('placement-group.spread-per-az', 'Spread: running instances per AZ per group', 'limit', 7, 'count', PLACEMENT, { hardLimit: true }),
    num('placement-group.partitions-per-az', 'Partition: partitions per AZ', 'limit', 7, 'count', PLACEMENT, {
      hardLimit: true,
      detail: 'A partition group can span AZs in a Region; hundreds of instances per partition.',
      seedLine: 99,
      changed: { notes: 'multiple partitions within an AZ', note: 'Partition groups can span several AZs, up to 7 partitions per AZ.' },
    }),
    text('placement-group.cluster', 'Cluster', 'behaviour', 'Packs instances close together in one AZ for low latency and high per-flow throughput', PLACEMENT),
  ],
};

export const instanceStore: ServiceCard = {
  id: 'instance-store',
  parent: 'ec2',
  name: 'EC2 instance store',
  summary: 'Temporary block storage on disks physically attached to the host, lost when the instance stops, hibernates or terminates.',
  aliases: ['instance store', 'Instance Store', 'instance store volume', 'instance store volumes', 'ephemeral storage', 'ephemeral disk'],
  // Lambda and Fargate have ephemeral storage too: only next to EC2 or "instance store".
  contextualAliases: ['ephemeral storage', 'ephemeral disk'],
  category: 'Storage',
  docs: INSTANCE_STORE,
  facts: [
    text('instance-store.persistence', 'Persistence', 'behaviour', 'Data survives a reboot but is lost when the instance stops, hibernates or terminates, or the underlying disk drive fails', INSTANCE_STORE),
    text('instance-store.price', 'Price', 'price', 'Included in the instance price', INSTANCE_STORE),
    text('instance-store.attach', 'Attachment', 'behaviour', 'Only at launch and only on instance types that include it; cannot be detached or moved', INSTANCE_STORE),
  ],
};

export const ec2InstanceConnect: ServiceCard = {
  id: 'ec2-instance-connect',
  parent: 'ec2',
  name: 'EC2 Instance Connect',
  summary: 'SSH to instances with short-lived keys pushed through the EC2 API; EC2 Instance Connect Endpoint reaches private instances.',
  aliases: ['EC2 Instance Connect', 'Instance Connect', 'EC2 Instance Connect Endpoint', 'EIC Endpoint', 'EICE'],
  category: 'Compute',
  docs: EIC,
  facts: [
    // eice-security-groups states the inbound TCP 22 rule the target instances need (eleventh pass).
    port('ec2-instance-connect.default-port', 'SSH port', 22, 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/eice-security-groups.html#resource-security-group-rules'),
    num('ec2-instance-connect.key-lifetime', 'Pushed public key lifetime', 'duration', 60, 'seconds', EIC_API, { hardLimit: true, sourceSection: 'sendSshPublicKey: the key remains for 60 seconds' }),
    text('ec2-instance-connect.endpoint', 'Private instances', 'behaviour', 'EC2 Instance Connect Endpoint connects to instances without public IPs; no bastion needed', EICE),
  ],
};

export const ec2AutoScaling: ServiceCard = {
  id: 'ec2-auto-scaling',
  parent: 'ec2',
  name: 'Amazon EC2 Auto Scaling',
  summary: 'Keeps a group of EC2 instances at a desired size between min and max, replacing unhealthy ones and scaling on policies.',
  aliases: ['EC2 Auto Scaling', 'Amazon EC2 Auto Scaling', 'Auto Scaling group', 'Auto Scaling groups', 'ASG', 'ASGs', 'Auto Scaling', 'launch template', 'launch templates', 'Launch Template'],
  category: 'Compute',
  docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html',
  facts: [
    num('ec2-auto-scaling.cooldown', 'Default cooldown (simple scaling)', 'default', 300, 'seconds', ASG_COOLDOWN),
    text('ec2-auto-scaling.capacity', 'Capacity settings', 'behaviour', 'min ≤ desired ≤ max; min can be 0', ASG_SCALING, {
      seedLine: 365,
      changed: { notes: 'min 2, desired 4, max 8', note: 'Those are example values, not AWS defaults or limits.' },
    }),
    list('ec2-auto-scaling.policies', 'Scaling policy types', 'behaviour', ['target tracking', 'step', 'simple', 'scheduled', 'predictive'], ASG_SCALING),
    num('ec2-auto-scaling.groups', 'Auto Scaling groups per Region', 'quota', 500, 'count', ASG_QUOTAS, { hardLimit: false }),
    num('ec2-auto-scaling.health-check-grace', 'Health check grace period (console default)', 'default', 300, 'seconds', ASG_GRACE, {
      checked: '2026-12-06',
      detail: 'Groups created with the AWS CLI or an SDK default to 0 seconds, which turns the grace period off.',
    }),
    text('ec2-auto-scaling.price', 'Price', 'price', 'No additional charge; pay for the instances and CloudWatch', AUTOSCALING_DOCS),
    text('ec2-auto-scaling.launch-templates', 'Launch configuration vs template', 'behaviour', 'Use launch templates: AWS strongly recommends against launch configurations, which get no instance types released after 31 December 2022 and cannot be created by accounts created after 31 December 2023', ASG_LC, {
      seedLine: 365,
      changed: { notes: 'launch templates offer discounts', note: 'Discounts come from Spot, Reserved Instances and Savings Plans, not from launch templates.' },
    }),
  ],
};

export const savingsPlans: ServiceCard = {
  id: 'savings-plans',
  name: 'Savings Plans',
  summary: 'Commit to a $/hour spend for 1 or 3 years in exchange for lower compute prices.',
  aliases: ['Savings Plans', 'Savings Plan', 'Compute Savings Plans', 'Compute Savings Plan', 'EC2 Instance Savings Plans', 'EC2 Instance Savings Plan', 'AWS Savings Plans'],
  category: 'Cost management',
  docs: SP,
  facts: [
    num('savings-plans.compute-discount', 'Compute Savings Plans discount (up to)', 'price', 66, 'percent', SP_PRICING, {
      detail: 'Any instance family, size, OS, tenancy or Region; also Fargate and Lambda.',
    }),
    num('savings-plans.ec2-instance-discount', 'EC2 Instance Savings Plans discount (up to)', 'price', 72, 'percent', SP_PRICING, {
      detail: 'Locked to an instance family in one Region; any size, OS, tenancy.',
      seedLine: 56,
      changed: { notes: 'locked to instance family and Region', note: 'Only EC2 Instance Savings Plans are; Compute Savings Plans are not.' },
    }),
    list('savings-plans.terms', 'Terms', 'behaviour', ['1 year', '3 years'], SP),
    list('savings-plans.payment', 'Payment options', 'behaviour', ['All Upfront', 'Partial Upfront', 'No Upfront'], SP_OFFERING_API),
  ],
};

export const elasticBeanstalk: ServiceCard = {
  id: 'elastic-beanstalk',
  name: 'AWS Elastic Beanstalk',
  summary: 'Deploys and runs web applications on managed EC2, load balancer and Auto Scaling resources from your code.',
  aliases: ['Elastic Beanstalk', 'AWS Elastic Beanstalk', 'Beanstalk', 'EB environment'],
  category: 'Compute',
  docs: EB,
  facts: [
    text('elastic-beanstalk.price', 'Price', 'price', 'No additional charge; pay for the underlying resources', EB_PRICING),
    list('elastic-beanstalk.tiers', 'Environment tiers', 'behaviour', ['Web server (ELB → EC2)', 'Worker (SQS queue → EC2 daemon)'], EB_TIERS),
    list('elastic-beanstalk.deployment-policies', 'Deployment policies', 'behaviour', ['All at once', 'Rolling', 'Rolling with additional batch', 'Immutable', 'Traffic splitting'], EB_DEPLOY, {
      detail: 'Blue/green by swapping environment URLs.',
    }),
    list('elastic-beanstalk.platforms', 'Platforms', 'behaviour', ['Docker', 'Go', 'Java', 'Tomcat', '.NET', 'Node.js', 'PHP', 'Python', 'Ruby'], EB_PLATFORMS),
  ],
};

export const batch: ServiceCard = {
  id: 'batch',
  name: 'AWS Batch',
  summary: 'Managed batch job scheduling on EC2, Spot, Fargate or EKS compute environments.',
  aliases: ['AWS Batch', 'Batch job', 'Batch jobs', 'Batch compute environment'],
  ambiguousAliases: ['Batch'],
  category: 'Compute',
  docs: BATCH,
  facts: [
    range('batch.array-size', 'Array job size', { min: 2, max: 10_000 }, 'count', BATCH_ARRAY, { hardLimit: true }),
    range('batch.retry-attempts', 'Retry attempts', { min: 1, max: 10 }, 'count', BATCH_RETRY, { hardLimit: true }),
    num('batch.min-timeout', 'Minimum job timeout', 'limit', 60, 'seconds', BATCH_TIMEOUT, { hardLimit: true }),
    num('batch.compute-environments', 'Compute environments per account per Region', 'limit', 50, 'count', BATCH_QUOTAS, { hardLimit: true }),
    text('batch.price', 'Price', 'price', 'No additional charge; pay for the compute used', BATCH_PRICING),
    text('batch.scale', 'Job scale', 'behaviour', 'Hundreds of thousands of jobs; no 10,000-job cap', BATCH, {
      seedLine: 4499,
      changed: { notes: 'up to 10,000 computing batch jobs', note: 'Not a documented AWS Batch limit.' },
    }),
  ],
};

export const efa: ServiceCard = {
  id: 'efa',
  parent: 'ec2',
  name: 'Elastic Fabric Adapter (EFA)',
  summary: 'A network interface with OS-bypass for tightly coupled HPC and ML workloads (MPI, NCCL) on supported instances.',
  aliases: ['Elastic Fabric Adapter', 'EFA', 'HPC', 'high performance computing', 'ParallelCluster', 'AWS ParallelCluster'],
  category: 'Compute',
  docs: EFA,
  facts: [
    text('efa.os-bypass', 'OS-bypass', 'behaviour', 'Lets MPI/NCCL applications talk to the adapter directly (Linux); also works as a normal ENA interface', EFA),
    text('efa.scope', 'Traffic scope', 'behaviour', 'OS-bypass traffic is limited to a single subnet and is not routable; normal IP traffic from the EFA stays routable', EFA),
    text('efa.price', 'Price', 'price', 'No additional charge on supported instance types', EFA),
  ],
};

export const vmImportExport: ServiceCard = {
  id: 'vm-import-export',
  parent: 'ec2',
  name: 'VM Import/Export',
  summary: 'Import VM images from your virtualization environment into EC2 as AMIs or instances, and export them back.',
  aliases: ['VM Import/Export', 'VM Import', 'VM Export', 'VMIE'],
  category: 'Migration',
  docs: VMIE,
  facts: [
    list('vm-import-export.import-formats', 'Import image formats', 'behaviour', ['OVA', 'VMDK', 'VHD/VHDX', 'raw'], VMIE_DISK_FORMATS_API),
    text('vm-import-export.export', 'Export', 'behaviour', 'Export instances previously imported (not arbitrary AMIs) to VMware, Hyper-V or Citrix formats', VMIE_EXPORT),
    text('vm-import-export.price', 'Price', 'price', 'No additional charge; pay for S3 and EBS used', VMIE),
    text('vm-import-export.amazon-linux-onprem', 'Amazon Linux on premises', 'behaviour', 'Amazon Linux 2/2023 are published as VM images (KVM, VMware, Hyper-V…); other AMIs cannot be downloaded', AL2023_ONPREM, {
      seedLine: 5170,
      changed: { notes: 'download the AMI as a VM in .ISO format', note: 'Only Amazon Linux ships on-premises VM images, as disk images rather than ISO.' },
    }),
  ],
};
