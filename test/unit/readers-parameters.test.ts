/**
 * Template and Automation parameters (recognisers/iac/parameters.ts): a default a resource reads
 * through `!Ref` or `{ Ref: … }` is the resource's value, a `MaxValue` or a maximum the description
 * states is the template's bound, and a parameter nothing reads is bound by its name. Texts written
 * for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const yaml = (...lines: string[]): string => ['# Stack', '', '```yaml', ...lines, '```'].join('\n');

describe('readers: template and Automation parameters', () => {
  it('reads a default a resource property reads as that property’s value, once', () => {
    const text = yaml(
      'Parameters:',
      '  KeepBackups:',
      '    Type: Number',
      '    Default: 42',
      '  InboxRetention:',
      '    Type: Number',
      '    Default: 86400',
      'Resources:',
      '  Primary:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      BackupRetentionPeriod: !Ref KeepBackups',
      '  Replica:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      BackupRetentionPeriod: !Ref KeepBackups',
      '  Inbox:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      MessageRetentionPeriod:',
      '        Ref: InboxRetention',
    );
    assert.deepEqual(flagged(text), ['rds-backup-retention 42']);
    assert.deepEqual(flagged(text.replace('Default: 42', 'Default: 21')), []);
  });

  it('reads MaxValue and a described maximum as the template’s bound, judged only beyond AWS’s range', () => {
    const text = yaml(
      'Parameters:',
      '  KeepBackups:',
      '    Type: Number',
      '    Description: Days of automated backups to keep (max 40)',
      '    Default: 7',
      '  ShortKeep:',
      '    Type: Number',
      '    Default: 3',
      '    MaxValue: 10',
      'Resources:',
      '  Primary:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      BackupRetentionPeriod: !Ref KeepBackups',
      '  Secondary:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      BackupRetentionPeriod: !Ref ShortKeep',
    );
    // 40 is beyond RDS's 35 days; a template may allow less than AWS does (10).
    assert.deepEqual(flagged(text), ['rds-backup-retention 40']);
    // A word after the number that is no unit: not the value's bound.
    assert.deepEqual(flagged(text.replace('(max 40)', '(max 40 snapshots)')), []);
  });

  it('reads a JSON template’s parameters the same way', () => {
    const template = {
      Parameters: { KeepBackups: { Type: 'Number', Default: 36, Description: 'Days of backups (at most 60)' } },
      Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { BackupRetentionPeriod: { Ref: 'KeepBackups' } } } },
    };
    const text = ['```json', JSON.stringify(template, null, 2), '```'].join('\n');
    assert.deepEqual(flagged(text), ['rds-backup-retention 36', 'rds-backup-retention 60']);
    assert.deepEqual(flagged(text.replace('36', '14').replace('at most 60', 'at most 30')), []);
  });

  it('binds a parameter nothing reads by its name and the service its description names', () => {
    const text = yaml(
      "schemaVersion: '0.3'",
      'parameters:',
      '  RetentionSeconds:',
      '    type: Integer',
      '    description: Message retention of the Amazon SQS queue',
      '    default: 1382400',
      '  WaitSeconds:',
      '    type: Integer',
      '    description: How long the step waits',
      '    default: 1382400',
    );
    assert.deepEqual(flagged(text), ['sqs-retention 1382400']);
  });
});
