/**
 * The verbs that say a thing stops at a value: one vocabulary for the readers of ceilings (the
 * quantity assertions' modality, bound phrases, a bare "<service> maxes out at", the limit rules'
 * service ceilings, the count ceilings of `outdated-ceiling`), so a new way of saying "this is as far
 * as it goes" is learnt once, not per rule.
 *
 * Only verbs whose subject is the thing itself: "gp3 stops at 16 TiB", "the NAT gateway scales to
 * 100 Gbps", "S3 only lets you create 100 buckets". A plan's own cap ("keep it under", "we cap it
 * at") is told apart by the readers (first person, requirement words), not here.
 */

/**
 * Verbs that make the value the thing's own ceiling, whatever number it is ("the visibility timeout caps
 * at 15 minutes" is a claim about SQS, so a figure below today's maximum is wrong too).
 */
export const INHERENT_CEILING_VERB_SOURCE = String.raw`(?:max(?:es|ed)?\s+out\s+at|tops?\s+out\s+at|topp(?:ed|ing)\s+out\s+at|stops?\s+at|(?:is\s+|are\s+)?capped\s+at|caps?\s+(?:out\s+)?(?:(?:a|an|each|every|the|one|any)\s+)?(?:[\w-]+\s+){0,2}?at|can\s+go\s+(?:up\s+to|as\s+high\s+as)|(?:only|just)\s+(?:lets?\s+you|allows?(?:\s+you)?|supports?|takes?|accepts?)(?:\s+(?:to\s+)?(?:hang|have|add|attach|create|use|run|keep|store|set|make|give|put|configure|provision|allocate|launch|register|define|write))?(?:\s+(?:up\s+to|a\s+maximum\s+of))?)`;

/**
 * Right before the value (source of a regex fragment, no anchors, case-insensitive): the inherent verbs,
 * and verbs that state a maximum only a figure it once had makes wrong ("scales to", "peaks at", "is
 * fixed at": a lower figure may be a plan's).
 */
export const CEILING_VERB_SOURCE = String.raw`(?:${INHERENT_CEILING_VERB_SOURCE}|peaks?\s+at|goes\s+up\s+to|scales?\s+(?:up\s+)?to|(?:is\s+|are\s+)?fixed\s+at)`;

/** The same verbs, ending right before the value. */
export const CEILING_VERB_BEFORE = new RegExp(String.raw`\b${CEILING_VERB_SOURCE}\s*$`, 'i');

const COMPARATIVE = String.raw`(?:more|larger|bigger|longer|greater|higher)\s+than`;
const PARTICIPLE = String.raw`(?:set|configured|made|raised|sized|given|increased|grown|extended|provisioned|allocated|pushed|scaled)`;

/**
 * A modal negation of going past the value: "cannot exceed", "can't go beyond", "cannot be configured
 * beyond", "won't take a message bigger than". Group 1 is the negation
 * word, which belongs to the bound rather than negating the statement. Not "doesn't exceed": that
 * describes a workload, not a rule.
 */
export const NEGATED_EXCEED_SOURCE =
  String.raw`\b(cannot|can't|can\s?not|must\s+not|mustn't|may\s+not|will\s+not|won't)\s+` +
  String.raw`(?:(?:be\s+)?${PARTICIPLE}\s+(?:to\s+)?(?:beyond|above|past|over|${COMPARATIVE})` +
  String.raw`|(?:(?:be|have|hold|use|take|span|support|contain|store|attach|run|run\s+for|execute|last)\s+)?(?:exceed|surpass|go\s+(?:over|above|beyond|past)|(?:be\s+)?${COMPARATIVE})` +
  String.raw`|(?:take|accept|hold|store|allow|have|attach|keep|retain|run)\s+(?:(?:an?|any)\s+)?(?:[\w-]+\s+){0,2}?${COMPARATIVE})`;

/**
 * The clause is about one resource of the design ("The retry SQS queue", "Every RDS instance", "The export
 * Lambda function"), up to its verb: a maximum said of it is its configuration or workload, not the
 * service's ceiling ("the retry queue holds messages 2 days at most").
 */
const RESOURCE_SUBJECT =
  /^[\s*_>-]*(?:the|this|that|these|those|our|each|every|all|one|its|their)\s+(?:(?!(?:max(?:imum)?|min(?:imum)?|default|limit|largest|longest|step)\b)[\w'./-]+\s+){0,4}?(?:queues?|tables?|functions?|streams?|buckets?|instances?|clusters?|databases?|DBs?|log\s+groups?|topics?|volumes?|workers?|consumers?|jobs?|tasks?|replicas?)\b(?![^,;]*\b(?:can|could|may|able\s+to|allowed\s+to)\b)/i;

/** Whether the text before a value (from its clause's start) has a design resource as its subject. */
export function resourceSubject(clauseBefore: string): boolean {
  const m = RESOURCE_SUBJECT.exec(clauseBefore);
  if (!m) return false;
  // A capitalised noun after a capitalised word ends a service's name ("Kinesis Data Streams", "AWS Step
  // Functions", "DynamoDB Streams"), which is the service, not one resource of the design.
  const words = m[0].trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const previous = words[words.length - 2] ?? '';
  return !(/^[A-Z]/.test(previous) && /^[A-Z][a-z]+$/.test(last));
}
