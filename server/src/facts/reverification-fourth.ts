/**
 * The fourth re-verification pass (issue 13, facts helper session 4): quota and limit facts the earlier passes
 * left because no stored page was found, tried again through API references and other pages of the same
 * guide, and the facts the second random audit corrected. Same form and rules as reverification.ts; values
 * live in services/*.ts.
 */
import type { Reverification } from './reverification';

const REDSHIFT_RETENTION =
  'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/redshift/aws.sdk.kotlin.services.redshift.model/-create-cluster-request/automated-snapshot-retention-period.html';
const DOCDB_CLUSTERS = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-clusters-understanding.html';
const LEX_CREATE_BOT = 'https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateBot.html#lexv2-CreateBot-request-idleSessionTTLInSeconds';
const IOT_LIMITS = 'https://docs.aws.amazon.com/general/latest/gr/iot-core.html#message-broker-limits';
const RDS_VOLUMES = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.ModifyingExisting.html';

export const FOURTH_REVERIFIED: Readonly<Record<string, Reverification>> = {
  'redshift.snapshot-retention': {
    source: REDSHIFT_RETENTION,
    sourceSection: 'AutomatedSnapshotRetentionPeriod: default 1; must be a value from 0 to 35 (0 disables automated snapshots; RA3 1 to 35)',
    quota: { adjustable: false },
    names: {
      // Only the automated snapshots: manual snapshots keep up to 3,653 days (or forever).
      words: ['automated snapshot retention', 'automated snapshot retention period'],
      iac: ['AutomatedSnapshotRetentionPeriod', 'automated_snapshot_retention_period'],
      cli: ['--automated-snapshot-retention-period'],
      units: ['days'],
    },
  },
  'documentdb.read-replicas': {
    source: DOCDB_CLUSTERS,
    sourceSection: 'Replica instance: each Amazon DocumentDB cluster can have up to 15 replica instances in addition to the primary instance',
    quota: { adjustable: false },
    names: { words: ['replica instances', 'replicas', 'read replicas'], units: ['count'] },
  },
  'lex.session-timeout': {
    source: LEX_CREATE_BOT,
    sourceSection: 'idleSessionTTLInSeconds: between 60 (1 minute) and 86,400 (24 hours) seconds',
    quota: { adjustable: false },
    names: {
      words: ['idle session timeout', 'idle session TTL'],
      iac: ['IdleSessionTTLInSeconds', 'idle_session_ttl_in_seconds'],
      cli: ['--idle-session-ttl-in-seconds'],
      units: ['seconds', 'minutes', 'hours'],
    },
  },
  'iot-core.payload': {
    source: IOT_LIMITS,
    sourceSection: 'Message broker limits: the payload of a PUBLISH message is limited to 128 KB (not adjustable)',
    quota: { adjustable: false },
    names: { words: ['MQTT message size', 'MQTT payload', 'publish payload'], units: ['KB', 'KiB'] },
  },
  'rds.max-storage': {
    source: RDS_VOLUMES,
    sourceSection: 'Every DB instance has a primary storage volume with a maximum capacity of 64 TiB; Oracle and SQL Server add up to three volumes, up to 256 TiB per instance',
    quota: { adjustable: false },
    // No words: a per-volume figure must not judge an instance's total (Oracle and SQL Server reach 256 TiB).
  },
};
