import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list, price } from './util';

const EBS_TYPES = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html';
const EBS_GP = 'https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html';
const EBS_PIOPS = 'https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html';
const EBS_HDD = 'https://docs.aws.amazon.com/ebs/latest/userguide/hdd-vols.html';
const EBS_MULTI = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes-multi.html';
const EBS_ENC_DEFAULT = 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html';
const EBS_SNAPSHOTS = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-snapshots.html';
/** Amazon EBS volumes: replicated within the AZ, attach in the same AZ, snapshots move volumes across AZs. */
const EBS_VOLUMES = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes.html';
const EBS_FSR = 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-fast-snapshot-restore.html';
const EBS_ARCHIVE = 'https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-archive.html';
const EBS_PRICING = 'https://aws.amazon.com/ebs/pricing/';
const EBS_DOT = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html';
const EFS_SOFT_LIMITS = 'https://docs.aws.amazon.com/efs/latest/ug/limits.html#soft-limits';
const EFS_LIMITS = 'https://docs.aws.amazon.com/efs/latest/ug/limits.html';
const EFS_PERF = 'https://docs.aws.amazon.com/efs/latest/ug/performance.html';
// The storage classes moved into the file system types page (storage-classes.html predates EFS Archive).
const EFS_CLASSES = 'https://docs.aws.amazon.com/efs/latest/ug/availability-durability.html';
const EFS_MOUNT = 'https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html';
const EFS_PRICING = 'https://aws.amazon.com/efs/pricing/';
const EFS_WHAT = 'https://docs.aws.amazon.com/efs/latest/ug/whatisefs.html';
const FSXW = 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/what-is.html';
const FSXW_LIMITS = 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/limits.html';
const FSXW_AZ = 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/high-availability-multiAZ.html';
const FSXW_SG = 'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/limit-access-security-groups.html';
const FSXL = 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/what-is.html';
const FSXL_DEPLOY = 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/using-fsx-lustre.html';
const FSXL_SG = 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/limit-access-security-groups.html';
const FSXL_S3 = 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/create-dra-linked-data-repo.html';
const FSXN = 'https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/what-is-fsx-ontap.html';
const FSXN_AZ = 'https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/high-availability-AZ.html';
const FSXN_TIERING = 'https://docs.aws.amazon.com/fsx/latest/ONTAPGuide/how-it-works-fsx-ontap.html#data-tiering';
const FSXZ = 'https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/what-is-fsx.html';
const FSXZ_SG = 'https://docs.aws.amazon.com/fsx/latest/OpenZFSGuide/limit-access-security-groups.html';
const SGW = 'https://docs.aws.amazon.com/storagegateway/latest/userguide/WhatIsStorageGateway.html';
const SGW_VOLUME_LIMITS = 'https://docs.aws.amazon.com/storagegateway/latest/vgw/resource-vol-limits.html';
const SGW_TAPE = 'https://docs.aws.amazon.com/storagegateway/latest/tgw/WhatIsStorageGateway.html';
const SGW_PORTS = 'https://docs.aws.amazon.com/storagegateway/latest/vgw/Requirements.html';
const SGW_FILE = 'https://docs.aws.amazon.com/filegateway/latest/files3/what-is-file-s3.html';
const FSX_GW = 'https://docs.aws.amazon.com/filegateway/latest/filefsxw/what-is-file-fsxw.html';
const DATASYNC = 'https://docs.aws.amazon.com/datasync/latest/userguide/what-is-datasync.html';
const DATASYNC_LIMITS = 'https://docs.aws.amazon.com/datasync/latest/userguide/datasync-limits.html';
const DATASYNC_PRICING = 'https://aws.amazon.com/datasync/pricing/';
const DATASYNC_SCHEDULE = 'https://docs.aws.amazon.com/datasync/latest/userguide/task-scheduling.html';
const TRANSFER = 'https://docs.aws.amazon.com/transfer/latest/userguide/what-is-aws-transfer-family.html';
const TRANSFER_SFTP = 'https://docs.aws.amazon.com/transfer/latest/userguide/create-server-sftp.html';
const TRANSFER_PRICING = 'https://aws.amazon.com/aws-transfer-family/pricing/';
const SNOW = 'https://docs.aws.amazon.com/snowball/latest/developer-guide/whatisedge.html';
const SNOW_SPECS = 'https://docs.aws.amazon.com/snowball/latest/developer-guide/specifications.html';
/** The Compute Optimized table of the specifications page. */
const SNOW_COMPUTE_SPECS = `${SNOW_SPECS}#sbe-compute-specifications`;
/** The page that maps each DeviceType to its configuration (V3_5S: Storage Optimized 210 TB). */
const SNOW_DEVICE_TYPES = 'https://docs.aws.amazon.com/snowball/latest/developer-guide/identifying-device.html';
const SNOW_LIMITS = 'https://docs.aws.amazon.com/snowball/latest/developer-guide/limits.html';
const SNOW_IMPORT = 'https://docs.aws.amazon.com/snowball/latest/developer-guide/importtype.html';
const SNOWCONE = 'https://docs.aws.amazon.com/snowball/latest/snowcone-guide/snowcone-what-is-snowcone.html';
const SNOWMOBILE = 'https://aws.amazon.com/snowmobile/';
const OPSHUB = 'https://docs.aws.amazon.com/snowball/latest/developer-guide/aws-opshub.html';
const BACKUP = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html';
const BACKUP_SERVICES = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-feature-availability.html';
const BACKUP_LOCK = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html';
const BACKUP_PITR = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/point-in-time-recovery.html';
const BACKUP_LIFECYCLE = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/plan-options-and-configuration.html';
const BACKUP_QUOTAS = 'https://docs.aws.amazon.com/aws-backup/latest/devguide/aws-backup-limits.html';
const EFS_MANAGING_THROUGHPUT = 'https://docs.aws.amazon.com/efs/latest/ug/managing-throughput.html';
const FSXZ_DEPLOYMENT_API = 'https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystemOpenZFSConfiguration.html';
const TRANSFER_CREATE_SERVER_API = 'https://docs.aws.amazon.com/transfer/latest/userguide/API_CreateServer.html';

export const ebs: ServiceCard = {
  id: 'ebs',
  name: 'Amazon Elastic Block Store (EBS)',
  summary: 'Network block volumes for EC2, locked to one Availability Zone, with point-in-time snapshots to S3.',
  aliases: ['EBS', 'Amazon EBS', 'Elastic Block Store', 'Amazon Elastic Block Store', 'EBS volume', 'EBS volumes', 'EBS snapshot', 'EBS snapshots', 'Multi-Attach', 'EBS Multi-Attach', 'Fast Snapshot Restore', 'FSR', 'Recycle Bin', 'EBS Snapshot Archive'],
  category: 'Storage',
  docs: 'https://docs.aws.amazon.com/ebs/latest/userguide/what-is-ebs.html',
  facts: [
    list('ebs.volume-types', 'Volume types', 'behaviour', ['gp3', 'gp2', 'io2 Block Express', 'io1', 'st1', 'sc1'], EBS_TYPES, {
      detail: 'Plus previous-generation magnetic (standard). st1/sc1 cannot be boot volumes.',
      seedLine: 151,
      changed: { notes: 'four main types (gp2, gp3, io1)', note: 'Six current types: gp2, gp3, io1, io2 Block Express, st1, sc1.' },
    }),
    text('ebs.az-scope', 'Scope', 'behaviour', 'A volume is replicated within its AZ and attaches to instances in that AZ; snapshots move volumes across AZs', EBS_VOLUMES),
    num('ebs.multi-attach', 'Multi-Attach: instances per volume (io1/io2, Nitro, same AZ)', 'limit', 16, 'count', EBS_MULTI, { hardLimit: true, seedLine: 175 }),
    text('ebs.encryption-default', 'Encryption by default', 'default', 'Off unless you turn on the Region-specific account setting; then new EBS volumes and snapshot copies are encrypted (existing ones are not changed)', EBS_ENC_DEFAULT, {
      seedLine: 181,
      changed: { notes: 'all volumes and snapshots are encrypted', note: 'Only when encryption (or encryption by default for the Region) is enabled.' },
    }),
    text('ebs.delete-on-termination', 'Delete on termination', 'default', 'Root volume deleted with the instance by default; additional volumes kept', EBS_DOT, { seedLine: 221 }),
    text('ebs.durability', 'Durability (annual failure rate)', 'durability', '99.8–99.9% (0.1–0.2% AFR) for gp2, gp3, io1, st1, sc1; 99.999% for io2 Block Express', EBS_TYPES, {
      sourceSection: 'Durability row of the SSD and HDD tables; io2 Block Express 99.999% (AFR no higher than 0.001%) also on provisioned-iops',
    }),
    text('ebs.snapshots', 'Snapshots', 'behaviour', 'Incremental in the standard tier; Snapshots Archive keeps full snapshots at up to 75% lower storage cost (90-day minimum); Recycle Bin and Fast Snapshot Restore alongside', EBS_ARCHIVE),
    text('ebs.fsr', 'Fast Snapshot Restore', 'behaviour', 'Volumes created from FSR-enabled snapshots get full performance at once, no lazy loading', EBS_FSR),
  ],
};

export const gp3: ServiceCard = {
  id: 'ebs-gp3',
  parent: 'ebs',
  name: 'EBS General Purpose SSD (gp3)',
  summary: 'The default SSD volume: baseline 3,000 IOPS and 125 MiB/s at any size, with IOPS and throughput provisioned separately.',
  aliases: ['gp3', 'GP3', 'gp3 volume', 'gp3 volumes'],
  category: 'Storage',
  docs: EBS_GP,
  facts: [
    range('ebs-gp3.iops', 'IOPS', { min: 3_000, max: 80_000, default: 3_000 }, 'IOPS', EBS_GP, {
      hardLimit: true,
      seedLine: 153,
      changed: { notes: 'maximum 16,000 IOPS', note: 'AWS raised the gp3 maximum to 80,000 IOPS in 2025.' },
    }),
    range('ebs-gp3.throughput', 'Throughput', { min: 125, max: 2_000, default: 125 }, 'MiB/s', EBS_GP, {
      hardLimit: true,
      seedLine: 153,
      changed: { notes: 'maximum 1,000 MiB/s', note: 'AWS raised the gp3 maximum to 2,000 MiB/s in 2025.' },
    }),
    range('ebs-gp3.size', 'Volume size', { min: 1, max: 65_536 }, 'GiB', EBS_GP, {
      hardLimit: true,
      detail: '1 GiB to 64 TiB.',
      changed: { notes: 'up to 16 TiB', note: 'gp3 volumes can be up to 64 TiB since 2025.' },
    }),
    price('ebs-gp3.price', 'Storage (per GB-month, us-east-1)', 0.08, EBS_PRICING, { detail: '3,000 IOPS and 125 MiB/s included.' }),
  ],
};

export const gp2: ServiceCard = {
  id: 'ebs-gp2',
  parent: 'ebs',
  name: 'EBS General Purpose SSD (gp2)',
  summary: 'Previous general-purpose SSD whose IOPS scale with size (3 IOPS per GiB) and burst to 3,000.',
  aliases: ['gp2', 'GP2', 'gp2 volume', 'gp2 volumes'],
  category: 'Storage',
  docs: EBS_GP,
  facts: [
    range('ebs-gp2.iops', 'IOPS (3 per GiB)', { min: 100, max: 16_000 }, 'IOPS', EBS_GP, { hardLimit: true, detail: 'Volumes under 1,000 GiB burst to 3,000 IOPS.' }),
    range('ebs-gp2.size', 'Volume size', { min: 1, max: 16_384 }, 'GiB', EBS_GP, { hardLimit: true }),
    num('ebs-gp2.throughput', 'Maximum throughput', 'limit', 250, 'MiB/s', EBS_GP, { hardLimit: true }),
    price('ebs-gp2.price', 'Storage (per GB-month, us-east-1)', 0.1, EBS_PRICING),
  ],
};

export const io2: ServiceCard = {
  id: 'ebs-io2',
  parent: 'ebs',
  name: 'EBS Provisioned IOPS SSD (io2 Block Express)',
  summary: 'Highest-performance EBS volume: sub-millisecond latency, up to 256,000 IOPS and 99.999% durability.',
  aliases: ['io2', 'io2 Block Express', 'io2 BE', 'Block Express', 'io2 volume', 'io2 volumes'],
  category: 'Storage',
  docs: EBS_PIOPS,
  facts: [
    range('ebs-io2.iops', 'IOPS', { min: 100, max: 256_000 }, 'IOPS', EBS_PIOPS, {
      hardLimit: true,
      detail: 'Up to 1,000 IOPS per GiB; above 32,000 IOPS only on Nitro instances.',
      seedLine: 154,
      changed: { notes: '"ranging from 64,000 to 256,000"', note: 'Those are the io1 and io2 maxima; both start at 100 IOPS.' },
    }),
    range('ebs-io2.size', 'Volume size', { min: 4, max: 65_536 }, 'GiB', EBS_PIOPS, { hardLimit: true, detail: '4 GiB to 64 TiB.' }),
    num('ebs-io2.throughput', 'Maximum throughput', 'limit', 4_000, 'MiB/s', EBS_PIOPS, { hardLimit: true }),
    num('ebs-io2.durability', 'Durability', 'durability', 99.999, 'percent', EBS_PIOPS),
  ],
};

export const io1: ServiceCard = {
  id: 'ebs-io1',
  parent: 'ebs',
  name: 'EBS Provisioned IOPS SSD (io1)',
  summary: 'Previous-generation provisioned IOPS SSD, up to 64,000 IOPS (50 IOPS per GiB).',
  aliases: ['io1', 'io1 volume', 'io1 volumes'],
  category: 'Storage',
  docs: EBS_PIOPS,
  facts: [
    range('ebs-io1.iops', 'IOPS', { min: 100, max: 64_000 }, 'IOPS', EBS_PIOPS, { hardLimit: true, detail: 'Up to 50 IOPS per GiB; above 32,000 only on Nitro instances.' }),
    range('ebs-io1.size', 'Volume size', { min: 4, max: 16_384 }, 'GiB', EBS_PIOPS, { hardLimit: true }),
    num('ebs-io1.throughput', 'Maximum throughput', 'limit', 1_000, 'MiB/s', EBS_PIOPS, { hardLimit: true }),
  ],
};

export const st1: ServiceCard = {
  id: 'ebs-st1',
  parent: 'ebs',
  name: 'EBS Throughput Optimized HDD (st1)',
  summary: 'Low-cost HDD for large sequential workloads (big data, logs); cannot be a boot volume.',
  aliases: ['st1', 'st1 volume', 'Throughput Optimized HDD'],
  category: 'Storage',
  docs: EBS_HDD,
  facts: [
    num('ebs-st1.throughput', 'Maximum throughput', 'limit', 500, 'MiB/s', EBS_HDD, { hardLimit: true }),
    num('ebs-st1.iops', 'Maximum IOPS (1 MiB I/O)', 'limit', 500, 'IOPS', EBS_HDD, { hardLimit: true }),
    range('ebs-st1.size', 'Volume size', { min: 125, max: 16_384 }, 'GiB', EBS_HDD, { hardLimit: true, seedLine: 160 }),
    text('ebs-st1.boot', 'Boot volume', 'behaviour', 'Not supported', EBS_HDD),
  ],
};

export const sc1: ServiceCard = {
  id: 'ebs-sc1',
  parent: 'ebs',
  name: 'EBS Cold HDD (sc1)',
  summary: 'The cheapest EBS volume, for infrequently accessed sequential data; cannot be a boot volume.',
  aliases: ['sc1', 'sc1 volume', 'Cold HDD'],
  category: 'Storage',
  docs: EBS_HDD,
  facts: [
    num('ebs-sc1.throughput', 'Maximum throughput', 'limit', 250, 'MiB/s', EBS_HDD, { hardLimit: true }),
    num('ebs-sc1.iops', 'Maximum IOPS (1 MiB I/O)', 'limit', 250, 'IOPS', EBS_HDD, { hardLimit: true }),
    range('ebs-sc1.size', 'Volume size', { min: 125, max: 16_384 }, 'GiB', EBS_HDD, { hardLimit: true }),
    text('ebs-sc1.boot', 'Boot volume', 'behaviour', 'Not supported', EBS_HDD),
  ],
};

export const efs: ServiceCard = {
  id: 'efs',
  name: 'Amazon Elastic File System (EFS)',
  summary: 'Serverless, elastic NFS file system for Linux, mountable from thousands of clients across AZs.',
  aliases: ['EFS', 'Amazon EFS', 'Elastic File System', 'Amazon Elastic File System', 'EFS One Zone', 'EFS Standard', 'EFS Infrequent Access', 'EFS IA', 'EFS Archive', 'mount target', 'mount targets', 'NFS'],
  category: 'Storage',
  docs: EFS_WHAT,
  facts: [
    // Fourth audit: the network-access page says "the NFS port" without the number; this one gives 2049.
    port('efs.default-port', 'NFS port', 2049, 'https://docs.aws.amazon.com/efs/latest/ug/efs-onpremises.html', { checked: '2026-12-07' }),
    list('efs.performance-modes', 'Performance modes', 'behaviour', ['General Purpose (recommended)', 'Max I/O'], EFS_PERF, {
      seedLine: 197,
      changed: { notes: 'General Purpose, Max I/O, Throughput', note: 'Throughput is a separate setting, not a performance mode.' },
    }),
    list('efs.throughput-modes', 'Throughput modes', 'behaviour', ['Elastic (the console default)', 'Provisioned', 'Bursting (the API default)'], EFS_MANAGING_THROUGHPUT, {
      detail: 'Elastic throughput is the default in the EFS console and recommended for most workloads; CreateFileSystem without ThroughputMode gives bursting.',
      seedLine: 203,
      changed: { notes: 'Enhanced, Elastic, Provisioned', note: 'The modes are Elastic, Provisioned and Bursting.' },
    }),
    text('efs.max-throughput', 'Elastic throughput per file system (default quota)', 'quota', 'Reads up to 60 GiB/s and writes up to 5 GiB/s in the larger Regions; lower defaults elsewhere; raised on request to AWS Support', EFS_SOFT_LIMITS, {
      hardLimit: false,
      seedLine: 197,
      changed: { notes: 'up to 10 GB/s', note: 'Elastic throughput reads now default to 60 GiB/s in the larger Regions (Region-dependent), and the quota can be raised.' },
    }),
    list('efs.storage-classes', 'Storage classes', 'behaviour', ['EFS Standard', 'EFS Infrequent Access', 'EFS Archive'], EFS_CLASSES, { seedLine: 199, sourceSection: 'EFS storage classes' }),
    num('efs.max-file-size', 'Maximum file size', 'limit', 52_673_613_135_872, 'bytes', EFS_LIMITS, { hardLimit: true, detail: 'About 47.9 TiB.' }),
    text('efs.clients', 'Clients', 'behaviour', 'Linux (NFSv4.0/4.1) only, not Windows; one mount target per AZ', 'https://docs.aws.amazon.com/efs/latest/ug/how-it-works.html'),
    price('efs.standard-price', 'EFS Standard storage (per GB-month, us-east-1)', 0.3, EFS_PRICING),
  ],
};

export const fsxWindows: ServiceCard = {
  id: 'fsx-windows',
  parent: 'fsx',
  name: 'Amazon FSx for Windows File Server',
  summary: 'Fully managed Windows-native SMB file shares with Active Directory integration, Single-AZ or Multi-AZ.',
  aliases: ['FSx for Windows File Server', 'Amazon FSx for Windows File Server', 'FSx for Windows', 'FSx Windows'],
  category: 'Storage',
  docs: FSXW,
  facts: [
    port('fsx-windows.default-port', 'SMB port', 445, FSXW_SG),
    range('fsx-windows.storage', 'SSD storage capacity', { min: 32, max: 65_536 }, 'GiB', FSXW_LIMITS, { hardLimit: true }),
    list('fsx-windows.deployment', 'Deployment types', 'behaviour', ['Single-AZ', 'Multi-AZ (active/standby in two AZs)'], FSXW_AZ),
    text('fsx-windows.ad', 'Identity', 'behaviour', 'Joins AWS Managed Microsoft AD or your self-managed Active Directory; supports DFS Namespaces', FSXW),
  ],
};

export const fsxLustre: ServiceCard = {
  id: 'fsx-lustre',
  parent: 'fsx',
  name: 'Amazon FSx for Lustre',
  summary: 'High-performance parallel Lustre file system for HPC and ML, linked to S3 data repositories.',
  aliases: ['FSx for Lustre', 'Amazon FSx for Lustre', 'FSx Lustre', 'Lustre'],
  category: 'Storage',
  docs: FSXL,
  facts: [
    port('fsx-lustre.default-port', 'Lustre port', 988, FSXL_SG, { detail: 'Also 1018–1023 between clients and servers.' }),
    list('fsx-lustre.deployment', 'Deployment types', 'behaviour', ['Scratch (temporary, not replicated)', 'Persistent (replicated within one AZ)'], FSXL_DEPLOY, {
      seedLine: 1627,
      changed: { notes: 'persistent file systems replicated across multiple AZs', note: 'Lustre file systems are single-AZ; persistent data is replicated within that AZ.' },
    }),
    text('fsx-lustre.s3', 'S3 integration', 'behaviour', 'Data repository associations lazy-load from and export to S3', FSXL_S3),
  ],
};

export const fsxOntap: ServiceCard = {
  id: 'fsx-ontap',
  parent: 'fsx',
  name: 'Amazon FSx for NetApp ONTAP',
  summary: 'Managed NetApp ONTAP file systems with NFS, SMB and iSCSI, snapshots, SnapMirror and automatic tiering.',
  aliases: ['FSx for NetApp ONTAP', 'Amazon FSx for NetApp ONTAP', 'FSx for ONTAP', 'FSx ONTAP', 'NetApp ONTAP'],
  category: 'Storage',
  docs: FSXN,
  facts: [
    list('fsx-ontap.protocols', 'Protocols', 'behaviour', ['NFS', 'SMB', 'iSCSI', 'NVMe/TCP'], FSXN),
    list('fsx-ontap.deployment', 'Deployment types', 'behaviour', ['Single-AZ', 'Multi-AZ'], FSXN_AZ),
    text('fsx-ontap.tiering', 'Storage tiers', 'behaviour', 'SSD primary tier plus an elastic capacity pool tier with automatic tiering', FSXN_TIERING),
    text('fsx-ontap.clients', 'Clients', 'behaviour', 'Linux, Windows and macOS clients; VMware Cloud on AWS datastores', FSXN),
  ],
};

export const fsxOpenZfs: ServiceCard = {
  id: 'fsx-openzfs',
  parent: 'fsx',
  name: 'Amazon FSx for OpenZFS',
  summary: 'Managed OpenZFS file systems over NFS with snapshots and clones, Single-AZ or Multi-AZ.',
  aliases: ['FSx for OpenZFS', 'Amazon FSx for OpenZFS', 'FSx OpenZFS', 'OpenZFS'],
  category: 'Storage',
  docs: FSXZ,
  facts: [
    port('fsx-openzfs.default-port', 'NFS port', 2049, FSXZ_SG),
    list('fsx-openzfs.nfs-versions', 'NFS versions', 'behaviour', ['NFSv3', 'NFSv4.0', 'NFSv4.1', 'NFSv4.2'], FSXZ),
    list('fsx-openzfs.deployment', 'Deployment types', 'behaviour', ['Single-AZ', 'Multi-AZ'], FSXZ_DEPLOYMENT_API),
  ],
};

export const fsx: ServiceCard = {
  id: 'fsx',
  name: 'Amazon FSx',
  summary: 'Managed third-party file systems: Windows File Server, Lustre, NetApp ONTAP and OpenZFS.',
  aliases: ['FSx', 'Amazon FSx'],
  category: 'Storage',
  docs: 'https://docs.aws.amazon.com/fsx/',
  facts: [
    list('fsx.file-systems', 'File systems', 'behaviour', ['FSx for Windows File Server (SMB)', 'FSx for Lustre', 'FSx for NetApp ONTAP (NFS/SMB/iSCSI)', 'FSx for OpenZFS (NFS)'], 'https://aws.amazon.com/fsx/'),
    port('fsx.port-smb', 'SMB port (Windows File Server)', 445, FSXW_SG),
    port('fsx.port-lustre', 'Lustre port', 988, FSXL_SG, {
      checked: '2026-12-07',
      detail: 'Lustre (LNET) traffic: the security groups must allow inbound TCP 988 and 1018-1023 between the file system and its clients.',
    }),
  ],
};

export const storageGateway: ServiceCard = {
  id: 'storage-gateway',
  name: 'AWS Storage Gateway',
  summary: 'Hybrid storage appliance (VM or hardware) giving on-premises apps file, volume and tape access backed by AWS storage.',
  aliases: ['Storage Gateway', 'AWS Storage Gateway', 'S3 File Gateway', 'Amazon S3 File Gateway', 'File Gateway', 'Volume Gateway', 'Tape Gateway', 'VTL', 'virtual tape library', 'cached volumes', 'stored volumes'],
  category: 'Storage',
  docs: SGW,
  facts: [
    list('storage-gateway.types', 'Gateway types', 'behaviour', ['S3 File Gateway (NFS/SMB)', 'Volume Gateway (iSCSI, cached or stored)', 'Tape Gateway (iSCSI virtual tape library)'], SGW, {
      detail: 'FSx File Gateway is closed to new customers.',
    }),
    num('storage-gateway.cached-volume', 'Cached volume size', 'limit', 32, 'TiB', SGW_VOLUME_LIMITS, { hardLimit: true }),
    num('storage-gateway.stored-volume', 'Stored volume size', 'limit', 16, 'TiB', SGW_VOLUME_LIMITS, { hardLimit: true }),
    num('storage-gateway.volumes', 'Volumes per gateway', 'limit', 32, 'count', SGW_VOLUME_LIMITS, { hardLimit: true }),
    port('storage-gateway.port-iscsi', 'iSCSI port (Volume and Tape Gateway)', 3260, SGW_PORTS),
    text('storage-gateway.tape', 'Tape Gateway', 'behaviour', 'Cloud-backed virtual tape storage: backup data archived in S3 Glacier Flexible Retrieval or S3 Glacier Deep Archive, without a physical tape infrastructure', SGW_TAPE, {
      seedLine: 1686,
      changed: { notes: 'archive using physical tapes', note: 'Tape Gateway presents virtual tapes.' },
    }),
    text('storage-gateway.s3-file', 'S3 File Gateway', 'behaviour', 'Files stored as S3 objects, with a local cache of recently used data', SGW_FILE),
  ],
};

export const fsxFileGateway: ServiceCard = {
  id: 'fsx-file-gateway',
  parent: 'storage-gateway',
  name: 'Amazon FSx File Gateway',
  summary: 'Storage Gateway type caching FSx for Windows File Server shares on premises; closed to new customers.',
  aliases: ['FSx File Gateway', 'Amazon FSx File Gateway'],
  category: 'Storage',
  docs: FSX_GW,
  status: {
    state: 'closed-to-new-customers',
    since: '2024-10-28',
    successor: 'Access FSx for Windows File Server directly (DX/VPN), or S3 File Gateway',
    source: FSX_GW,
  },
  facts: [
    text('fsx-file-gateway.lifecycle', 'Availability', 'lifecycle', 'No longer available to new customers (October 2024)', FSX_GW, { seedLine: 1676 }),
    text('fsx-file-gateway.protocol', 'Protocol', 'behaviour', 'SMB, with a local cache of FSx for Windows File Server shares', FSX_GW),
    text('fsx-file-gateway.target', 'Backend', 'behaviour', 'Amazon FSx for Windows File Server', FSX_GW),
  ],
};

export const datasync: ServiceCard = {
  id: 'datasync',
  name: 'AWS DataSync',
  summary: 'Online data movement between on-premises storage, other clouds and AWS storage services, scheduled or one-off.',
  aliases: ['DataSync', 'AWS DataSync', 'DataSync agent', 'DataSync task'],
  category: 'Migration',
  docs: DATASYNC,
  facts: [
    text('datasync.throughput', 'Throughput per task', 'limit', 'Up to 10 Gbps per task (cannot be increased; network-bound)', `${DATASYNC_LIMITS}#task-hard-limits`, { hardLimit: true }),
    list('datasync.locations', 'Locations', 'behaviour', ['NFS', 'SMB', 'HDFS', 'object storage', 'S3', 'EFS', 'FSx (all four)', 'other clouds'], DATASYNC),
    price('datasync.price', 'Data copied, Basic mode (per GB)', 0.0125, DATASYNC_PRICING),
    text('datasync.schedule', 'Scheduling', 'behaviour', 'Tasks can run on a schedule (hourly, daily, weekly or cron)', DATASYNC_SCHEDULE),
  ],
};

export const transferFamily: ServiceCard = {
  id: 'transfer-family',
  name: 'AWS Transfer Family',
  summary: 'Managed SFTP, FTPS, FTP and AS2 endpoints that store files in S3 or EFS.',
  aliases: ['Transfer Family', 'AWS Transfer Family', 'AWS Transfer for SFTP', 'Transfer for SFTP', 'SFTP', 'FTPS', 'AS2'],
  category: 'Migration',
  docs: TRANSFER,
  facts: [
    port('transfer-family.default-port', 'SFTP port', 22, TRANSFER_SFTP),
    list('transfer-family.protocols', 'Protocols', 'behaviour', ['SFTP', 'FTPS (VPC endpoint only)', 'FTP (VPC endpoint only)', 'AS2'], TRANSFER_CREATE_SERVER_API),
    list('transfer-family.storage', 'Storage backends', 'behaviour', ['Amazon S3', 'Amazon EFS'], TRANSFER),
    price('transfer-family.endpoint-price', 'Per protocol enabled per endpoint-hour (us-east-1)', 0.3, TRANSFER_PRICING, { detail: 'Plus $0.04 per GB uploaded or downloaded.' }),
  ],
};

export const snowFamily: ServiceCard = {
  id: 'snow-family',
  name: 'AWS Snow Family',
  summary: 'Rugged physical devices for offline data transfer and edge compute; only Snowball Edge remains, for existing customers.',
  aliases: ['Snow Family', 'AWS Snow Family', 'Snow device', 'Snow devices'],
  category: 'Migration',
  docs: SNOW,
  status: {
    state: 'closed-to-new-customers',
    since: '2025-11-07',
    successor: 'AWS DataSync (online), AWS Data Transfer Terminal (physical), AWS Outposts (edge compute)',
    source: SNOW_IMPORT,
    note: 'Snowcone was discontinued in November 2024 and Snowmobile retired in 2024.',
  },
  facts: [
    text('snow-family.lifecycle', 'Availability', 'lifecycle', 'Snowball Edge only for existing customers since 7 November 2025; Snowcone discontinued 12 November 2024; Snowmobile retired', SNOW_IMPORT, {
      seedLine: 1537,
      changed: { notes: 'Snowcone, Snowmobile and Snowball Edge presented as available', note: 'Snowcone and Snowmobile are gone; Snowball Edge is closed to new customers.' },
    }),
    list('snow-family.devices', 'Current devices (existing customers)', 'behaviour', ['Snowball Edge Storage Optimized 210 TB (NVMe)', 'Snowball Edge Compute Optimized (104 vCPU, 28 TB NVMe)'], SNOW_SPECS),
    num('snow-family.job-lifetime', 'Job must complete within', 'limit', 360, 'days', SNOW_LIMITS, {
      hardLimit: false,
      detail: 'A job must be completed within 360 days of being prepared, or the device locks and must be returned; to keep a device longer, update its SSL certificate (the 2023 page said: contact AWS Support).',
    }),
    text('snow-family.glacier', 'Import target', 'behaviour', 'Imports land in S3; use a lifecycle rule to move to Glacier classes', SNOW_IMPORT),
  ],
};

export const snowballEdge: ServiceCard = {
  id: 'snowball-edge',
  parent: 'snow-family',
  name: 'AWS Snowball Edge',
  summary: 'Suitcase-sized device for petabyte-scale offline transfer and edge compute; existing customers only.',
  aliases: ['Snowball Edge', 'AWS Snowball Edge', 'Snowball', 'AWS Snowball', 'Snowball Edge Storage Optimized', 'Snowball Edge Compute Optimized'],
  category: 'Migration',
  docs: SNOW,
  status: {
    state: 'closed-to-new-customers',
    since: '2025-11-07',
    successor: 'AWS DataSync, AWS Data Transfer Terminal, AWS Outposts',
    source: SNOW_IMPORT,
  },
  facts: [
    num('snowball-edge.storage-optimized', 'Storage Optimized capacity', 'size', 210, 'TB', SNOW_DEVICE_TYPES, {
      seedLine: 1537,
      changed: { notes: 'up to 80 TB HDD', note: 'The current Storage Optimized device has 210 TB NVMe.' },
    }),
    num('snowball-edge.compute-optimized', 'Compute Optimized storage', 'size', 28, 'TB', SNOW_COMPUTE_SPECS, {
      detail: 'Up to 104 vCPUs; 512 GB of RAM, up to 416 GB usable.',
      seedLine: 1538,
      changed: { notes: 'up to 42 TB HDD', note: 'Previous generation; the current device has 28 TB NVMe.' },
    }),
    text('snowball-edge.lifecycle', 'Availability', 'lifecycle', 'Only for existing customers since 7 November 2025', SNOW_IMPORT),
    num('snowball-edge.job-lifetime', 'Job must complete within', 'limit', 360, 'days', SNOW_LIMITS, {
      hardLimit: false,
      detail: 'A job must be completed within 360 days of being prepared, or the device locks and must be returned; to keep a device longer, update its SSL certificate (the 2023 page said: contact AWS Support).',
    }),
  ],
};

export const snowcone: ServiceCard = {
  id: 'snowcone',
  parent: 'snow-family',
  name: 'AWS Snowcone',
  summary: 'The smallest Snow device (2 kg); discontinued.',
  aliases: ['Snowcone', 'AWS Snowcone'],
  category: 'Migration',
  docs: SNOWCONE,
  status: { state: 'retired', since: '2024-11-12', successor: 'AWS DataSync', source: SNOWCONE, note: 'Existing devices were supported until 12 November 2025.' },
  facts: [
    text('snowcone.lifecycle', 'Availability', 'lifecycle', 'Discontinued 12 November 2024 (HDD and SSD models)', SNOWCONE, { seedLine: 1545 }),
    list('snowcone.capacity', 'Capacity (historical)', 'size', ['8 TB HDD', '14 TB SSD'], SNOWCONE, { seedLine: 1546 }),
    num('snowcone.weight', 'Weight (historical)', 'size', 2.1, 'kg', SNOWCONE, { detail: 'About 4.5 lb / 2.1 kg.' }),
  ],
};

export const snowmobile: ServiceCard = {
  id: 'snowmobile',
  parent: 'snow-family',
  name: 'AWS Snowmobile',
  summary: 'Exabyte-scale data transfer in a 45-foot shipping container truck; retired.',
  aliases: ['Snowmobile', 'AWS Snowmobile'],
  category: 'Migration',
  docs: SNOWMOBILE,
  status: { state: 'retired', since: '2024', successor: 'AWS DataSync, AWS Data Transfer Terminal, multiple Snowball Edge devices', source: SNOWMOBILE },
  facts: [
    text('snowmobile.lifecycle', 'Availability', 'lifecycle', 'No longer offered (retired in 2024)', SNOWMOBILE, { seedLine: 1554 }),
    num('snowmobile.capacity', 'Capacity per truck (historical)', 'size', 100, 'PB', SNOWMOBILE),
    text('snowmobile.compute', 'Compute', 'behaviour', 'Never ran compute; transfer only', SNOWMOBILE, { seedLine: 1585 }),
  ],
};

export const opshub: ServiceCard = {
  id: 'opshub',
  parent: 'snow-family',
  name: 'AWS OpsHub',
  summary: 'A free desktop application to unlock, configure and manage Snowball Edge devices and their services.',
  aliases: ['OpsHub', 'AWS OpsHub', 'AWS OpsHub for Snow Family'],
  category: 'Migration',
  docs: OPSHUB,
  facts: [
    text('opshub.price', 'Price', 'price', 'Free to download and use', OPSHUB),
    list('opshub.tasks', 'Tasks', 'behaviour', ['unlock and configure devices', 'transfer files (S3-compatible/NFS)', 'launch EC2-compatible instances', 'monitor devices'], OPSHUB, { seedLine: 1604 }),
    text('opshub.lifecycle', 'Availability', 'lifecycle', 'Follows Snowball Edge: for existing Snow customers only', SNOW_IMPORT),
  ],
};

export const backup: ServiceCard = {
  id: 'backup',
  name: 'AWS Backup',
  summary: 'Central, policy-based backup across AWS services and accounts, with vaults, Vault Lock and cross-Region/account copies.',
  aliases: ['AWS Backup', 'backup plan', 'backup plans', 'backup vault', 'backup vaults', 'AWS Backup Vault Lock', 'Backup Vault Lock'],
  ambiguousAliases: ['Backup'],
  category: 'Storage',
  docs: BACKUP,
  facts: [
    list('backup.services', 'Supported resources (selection)', 'behaviour', ['EC2', 'EBS', 'S3', 'EFS', 'FSx', 'RDS', 'Aurora', 'DynamoDB', 'DocumentDB', 'Neptune', 'Redshift', 'Storage Gateway', 'VMware VMs'], BACKUP_SERVICES),
    range('backup.continuous-retention', 'Continuous backup (PITR) retention', { min: 1, max: 35 }, 'days', BACKUP_PITR, { hardLimit: true }),
    num('backup.cold-storage-minimum', 'Minimum retention after move to cold storage', 'limit', 90, 'days', BACKUP_LIFECYCLE, { hardLimit: true }),
    num('backup.vault-lock-cooling-off', 'Vault Lock compliance mode grace time (minimum)', 'limit', 72, 'hours', BACKUP_LOCK, {
      hardLimit: true,
      detail: 'After the grace time a compliance-mode lock cannot be changed or deleted, even by root.',
    }),
    num('backup.vaults', 'Backup vaults per account per Region', 'quota', 300, 'count', BACKUP_QUOTAS, {
      hardLimit: false,
      detail: 'Backup and logically air-gapped vaults together. Older pages give 100.',
    }),
  ],
};
