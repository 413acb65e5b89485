import { limitRule } from './kit/limit-rule';

export const dynamodbPitrWindow = limitRule({
  id: 'dynamodb-pitr-window',
  description: 'A DynamoDB point-in-time recovery window longer than 35 days.',
  rationale:
    'DynamoDB point-in-time recovery restores a table to any second of a recovery period of 1 to 35 days (35 by default). Longer retention ' +
    'needs on-demand backups or AWS Backup, which keep backups until deleted. Checked in prose (PITR, point-in-time recovery, continuous ' +
    'backups) and in `RecoveryPeriodInDays` / `recovery_period_in_days`; on-demand backups, AWS Backup and exports are left alone.',
  severity: 'error',
  fact: 'dynamodb.pitr',
  checkDefault: true,
  services: ['dynamodb'],
  attribute:
    /\bpoint[- ]in[- ]time\s+(?:recovery|restore)(?:\s+(?:window|period))?\b|\bPITR\b|\bcontinuous\s+backups?\b|\brecovery\s+(?:window|period)\b|\bretention(?:\s+period)?\b|\bretain(?:s|ed)?\b|\bkept\b|\bkeeps?\b|\bcovers?\b|\brestor(?:e|es|ed|ing)\b/i,
  requires: /\bpoint[- ]in[- ]time\b|\bPITR\b|\bcontinuous\s+backups?\b|\bRecoveryPeriodInDays\b/i,
  notAttribute: /\bon-demand\s+backups?\b|\bAWS\s+Backup\b|\bbackup\s+(?:plan|vault)s?\b|\bsnapshots?\b|\bexport(?:s|ed)?\b|\bGlacier\b/i,
  proseMin: false,
  examples: {
    flag: [
      // A default stated as another figure.
      { text: 'DynamoDB PITR recovery period defaults to 7 days.', flagged: ['7 days'], output: 'DynamoDB PITR recovery period defaults to 35 days.' },
      {
        text: 'PITR lets us restore the DynamoDB orders table to any second in the last 90 days.',
        flagged: ['90 days'],
        output: 'PITR lets us restore the DynamoDB orders table to any second in the last 35 days.',
      },
      {
        text: '| Table | Engine | Point-in-time recovery |\n| --- | --- | --- |\n| orders | DynamoDB | 60 days |',
        flagged: ['60 days'],
        output: '| Table | Engine | Point-in-time recovery |\n| --- | --- | --- |\n| orders | DynamoDB | 35 days |',
      },
      {
        text: '```yaml\nOrdersTable:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    PointInTimeRecoverySpecification:\n      PointInTimeRecoveryEnabled: true\n      RecoveryPeriodInDays: 90\n```',
        flagged: ['90'],
        output: '```yaml\nOrdersTable:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    PointInTimeRecoverySpecification:\n      PointInTimeRecoveryEnabled: true\n      RecoveryPeriodInDays: 35\n```',
      },
      {
        text: '```hcl\nresource "aws_dynamodb_table" "orders" {\n  point_in_time_recovery {\n    enabled                 = true\n    recovery_period_in_days = 45\n  }\n}\n```',
        flagged: ['45'],
        output: '```hcl\nresource "aws_dynamodb_table" "orders" {\n  point_in_time_recovery {\n    enabled                 = true\n    recovery_period_in_days = 35\n  }\n}\n```',
      },
    ],
    pass: [
      'DynamoDB PITR keeps 35 days by default; the recovery period can be set from 1 to 35 days.',
      'Monthly on-demand DynamoDB backups are kept 7 years with AWS Backup; PITR covers 35 days.',
      'The DynamoDB table has PITR enabled and on-demand backups kept for 1 year.',
      'DynamoDB PITR restores to any second within the recovery period; the latest restorable time is typically 5 minutes ago.',
      '```hcl\nresource "aws_dynamodb_table" "orders" {\n  point_in_time_recovery {\n    enabled                 = true\n    recovery_period_in_days = 35\n  }\n}\n```',
      'RDS point-in-time recovery for the ledger database covers 7 days.',
    ],
  },
});
