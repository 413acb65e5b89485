import { limitRule } from './kit/limit-rule';

const ENGINES = ['rds', 'postgresql', 'mysql', 'mariadb', 'oracle', 'sqlserver', 'db2', 'aurora', 'aurora-mysql', 'aurora-postgresql', 'rds-multi-az'];

export const rdsBackupRetention = limitRule({
  id: 'rds-backup-retention',
  description: 'RDS or Aurora automated backup retention above 35 days.',
  rationale:
    'Automated backups (and so point-in-time restore) of RDS and Aurora are kept for at most 35 days (1 by default for Aurora, 7 for RDS via the ' +
    'console). Longer retention needs manual snapshots or AWS Backup. Checked in prose and in `backup_retention_period` / `BackupRetentionPeriod`.',
  severity: 'error',
  fact: 'rds.backup-retention',
  extraFacts: ['aurora.backup-retention'],
  services: ENGINES,
  attribute: /\b(?:automated\s+)?backups?(?:\s+retention(?:\s+period)?)?\b|\bretention(?:\s+period)?\b|\bpoint[- ]in[- ]time\s+(?:recovery|restore)\b|\bPITR\b|\bretain(?:s|ed)?\b|\bkept\b/i,
  // "RDS audit logs: retention 7 years", a log group's row: the retention of the engine's logs (CloudWatch Logs), not of its backups.
  // Transaction logs are part of point-in-time recovery and stay.
  // Manual snapshots, snapshot copies and AWS Backup keep copies as long as asked: no 35-day limit.
  notAttribute: /\blog[- ]groups?\b|(?<!\btransaction[- ])\blogs?\b|(?<!\bautomated[- ])\bsnapshots?\b|\bAWS\s+Backup\b|\bbackup\s+(?:plans?|vaults?)\b/i,
  // "retain", "kept" alone are any retention ("we retain 45 days of audit data in the database"): the clause must be about backups.
  requires: /\bbackups?\b|\bautomated\s+snapshots?\b|\bretention\b|\bPITR\b|\bpoint[- ]in[- ]time\b|\brestore\b|\bBackupRetentionPeriod\b/i,
  examples: {
    flag: [
      {
        text: 'RDS automated backups are retained for 90 days to meet the audit requirement.',
        flagged: ['90 days'],
        output: 'RDS automated backups are retained for 35 days to meet the audit requirement.',
      },
      {
        text: '```hcl\nresource "aws_db_instance" "orders" {\n  engine                  = "postgres"\n  backup_retention_period = 60\n}\n```',
        flagged: ['60'],
        output: '```hcl\nresource "aws_db_instance" "orders" {\n  engine                  = "postgres"\n  backup_retention_period = 35\n}\n```',
      },
      {
        text: '| Database | Engine | Backup retention |\n| --- | --- | --- |\n| orders | Aurora PostgreSQL | 45 days |',
        flagged: ['45 days'],
        output: '| Database | Engine | Backup retention |\n| --- | --- | --- |\n| orders | Aurora PostgreSQL | 35 days |',
      },
      {
        text: 'PITR: DynamoDB 35 days, RDS 7 days, Aurora 90 days.',
        flagged: ['90 days'],
        output: 'PITR: DynamoDB 35 days, RDS 7 days, Aurora 35 days.',
      },
      {
        text: 'RDS automated snapshots are retained for 60 days.',
        flagged: ['60 days'],
        output: 'RDS automated snapshots are retained for 35 days.',
      },
    ],
    pass: [
      // A policy over the team's instances, not the service's minimum.
      'Every RDS instance has automated backups of at least 7 days (the maximum is 35).',
      'RDS automated backups are retained for 35 days; monthly snapshots go to AWS Backup for 7 years.',
      'Aurora point-in-time recovery covers 14 days.',
      'We keep RDS snapshots for 1 year in AWS Backup.',
      // A list of per-service values: each belongs to the service named right before it (S3 in 'S3 versioning').,
      'PITR: DynamoDB 35 days, RDS 7 days, S3 versioning 90 days.',
      // An engine named inside a log group's path is not the subject; nor is the retention of an engine's logs.,
      '| Log group | Retention |\n| --- | --- |\n| `/aws/rds/instance/ledger/postgresql` | 10 years |',
      'RDS audit logs: retention 7 years.',
      'Backups: RDS 7 days, audit archive 10 years.',
      // Manual snapshots and snapshot copies have no retention limit; data kept in the database is not a backup.
      '- Aurora backtrack window 72 hours; automated backups 35 days; manual snapshots kept 400 days.',
      '- RDS snapshot copies kept 400 days in the DR Region.',
      '- RDS: we retain 45 days of application audit data in the database itself.',
      'RDS automated backups 14 days, and manual snapshots kept 400 days.',
    ],
  },
});
