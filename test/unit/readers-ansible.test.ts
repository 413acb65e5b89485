/**
 * Ansible tasks of the AWS collections in YAML fences (recognisers/iac/ansible.ts): the module names the resource,
 * its options are that resource's properties (the queue's times in seconds, the stream's retention in hours, the log
 * group's in days). Short module names only as a task's key; Jinja values and nested maps are not read. Playbooks
 * written for these tests.
 */
import { strict as assert } from 'node:assert';
import { fence, flagged } from './helpers/fence-findings';

describe('readers: Ansible tasks of the AWS collections', () => {
  it('reads collection modules and short module names of tasks', () => {
    const playbook = fence('yaml', `
- hosts: localhost
  tasks:
    - name: Orders queue
      amazon.aws.sqs_queue:
        name: orders
        default_visibility_timeout: 50000
        delivery_delay: 30
    - name: Log group
      community.aws.cloudwatchlogs_log_group:
        log_group_name: /app
        retention: 45
    - kinesis_stream:
        name: clicks
        retention_period: 9000
      name: Clicks stream`);
    assert.deepEqual(flagged(playbook), ['sqs-visibility-timeout: 50000', 'cloudwatch-logs-retention-invalid: 45', 'kinesis-retention: 9000']);
  });

  it('leaves short names outside tasks, templated values, nested maps and values in range alone', () => {
    const doc = fence('yaml', `
sqs_queue:
  default_visibility_timeout: 50000
- name: queue
  amazon.aws.sqs_queue:
    default_visibility_timeout: "{{ visibility }}"
    tags:
      message_retention_period: 1500000
    message_retention_period: 1209600
- name: fn
  amazon.aws.lambda:
    timeout: 900`);
    assert.deepEqual(flagged(doc), []);
  });
});
