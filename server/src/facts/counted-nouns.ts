/**
 * The nouns documents count these limits in ("a function takes up to 5 layers"), so a stated ceiling
 * can be judged from the fact pack (rule `outdated-ceiling`). Only hard limits whose noun does not
 * also count another quota of the same service: "groups" (IAM groups per user vs. per account),
 * "items" (transaction vs. batch), "tasks" and "events" are left out on purpose.
 */
import type { Fact } from './types';

const COUNTED: Readonly<Record<string, readonly string[]>> = {
  'lambda.layers': ['layers', 'Lambda layers'],
  'dynamodb.lsi': ['local secondary indexes', 'local secondary indices', 'LSIs'],
  'dax.nodes': ['nodes', 'DAX nodes'],
  'elasticache.replicas': ['read replicas', 'replicas', 'replica nodes'],
  'eventbridge.targets-per-rule': ['targets'],
  'kinesis-data-streams.efo-consumers': ['enhanced fan-out consumers', 'EFO consumers', 'registered consumers'],
  'route53.multivalue-records': ['healthy records'],
  'organizations.ou-depth': ['levels', 'levels deep'],
  'organizations.scps-per-target': ['SCPs', 'service control policies'],
  'cloudformation.resources-per-stack': ['resources per stack', 'resources in a stack', 'resources in a single stack', 'resources per template'],
  'cloudformation.parameters': ['parameters'],
  'cloudwatch.dimensions': ['dimensions'],
  'cloudwatch-logs.subscription-filters': ['subscription filters'],
  'cloudtrail.trails': ['trails'],
  's3.multipart-parts': ['parts'],
  'direct-connect.private-vifs': ['virtual interfaces', 'VIFs'],
  'step-functions.history': ['history events', 'execution history events'],
  'placement-group.partitions-per-az': ['partitions'],
  'iam.users': ['IAM users'],
  'batch.array-size': ['child jobs'],
};

/** The fact with its counted nouns, when it has any. */
export function withCountedNouns(fact: Fact): Fact {
  const counted = COUNTED[fact.id];
  return counted ? { ...fact, names: { ...fact.names, counted } } : fact;
}

/** Ids with counted nouns (a pack check holds that each exists and is a count). */
export const COUNTED_FACT_IDS: readonly string[] = Object.keys(COUNTED);
