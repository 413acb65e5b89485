/**
 * The verbs that say a thing stops at a value: one vocabulary for every reader of ceilings (the
 * quantity assertions' modality, a bare "<service> maxes out at", the count ceilings of
 * `outdated-ceiling`, the replica counts), so a new way of saying "this is as far as it goes" is
 * learnt once, not per rule.
 *
 * Only verbs whose subject is the thing itself: "gp3 stops at 16 TiB", "the NAT gateway scales to
 * 100 Gbps", "S3 only lets you create 100 buckets". A plan's own cap ("keep it under", "we cap it
 * at") is told apart by the readers (first person, requirement words), not here.
 */

/** Right before the value (source of a regex fragment, no anchors, case-insensitive). */
export const CEILING_VERB_SOURCE = String.raw`(?:max(?:es|ed)?\s+out\s+at|tops?\s+out\s+at|topp(?:ed|ing)\s+out\s+at|stops?\s+at|(?:is\s+|are\s+)?capped\s+at|caps?\s+(?:out\s+)?at|peaks?\s+at|goes\s+up\s+to|scales?\s+(?:up\s+)?to|(?:only|just)\s+(?:lets?\s+you|allows?(?:\s+you)?|supports?|takes?|accepts?)(?:\s+(?:to\s+)?(?:hang|have|add|attach|create|use|run|keep|store|set|make|give|put|configure|provision|allocate|launch|register|define|write))?(?:\s+(?:up\s+to|a\s+maximum\s+of))?)`;

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
  String.raw`|(?:take|accept|hold|store|allow|have|attach)\s+(?:(?:an?|any)\s+)?(?:[\w-]+\s+){0,2}?${COMPARATIVE})`;
