import { distinctClaims, findClaims, findFrames, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

/** A CloudWatch alarm (metric or composite); the all-caps ALARM is the state, not the alarm. */
const ALARM = /\b(?:CloudWatch\s+)?(?:[Mm]etric\s+|[Cc]omposite\s+)?[Aa]larms?\b/;
/** Another thing with states between the alarm and the predicate owns them. */
const OTHER_STATEFUL = /\bhealth\s+checks?\b|\bstatus\s+checks?\b|\btargets?\b|\binstances?\b|\bstate\s+machines?\b|\bcircuit\s+breakers?\b/i;
const CLOUDWATCH = /\bCloudWatch\b|\bCW\s+alarms?\b/i;
/** INSUFFICIENT_DATA named in any spelling: the writer knows the third state. */
const THIRD_STATE = /\bINSUFFICIENT[_ ]DATA\b|\binsufficient\s+data\b|\bthree\s+states\b|\b3\s+states\b/i;

/**
 * Two states only: "an alarm has two states, OK and ALARM", "alarms are either OK or in ALARM", "the only
 * alarm states are OK and ALARM", "OK and ALARM are the two states of an alarm".
 */
const TWO_STATES: readonly ClaimFrame[] = [
  {
    subject: ALARM,
    predicate:
      /\b(?:has|have|with|in|of|uses?|supports?)\s+(?:only\s+|just\s+|exactly\s+)?(?:two|2)\s+(?:possible\s+)?states\b|\b(?:two|2)\s+(?:possible\s+)?states\s*(?:[:(—-]|only\b)|\bonly\s+(?:two|2)\s+states\b|\bthe\s+(?:two|2)\s+(?:possible\s+)?states\b|\bbinary\s+(?:state|status)\b/i,
    reach: 40,
    rival: OTHER_STATEFUL,
  },
  {
    subject: ALARM,
    predicate: /\b(?:is|are)\s+(?:always\s+)?(?:either\s+)?(?:in\s+)?(?:the\s+)?(?:`?OK`?)\s+(?:state\s+)?or\s+(?:in\s+)?(?:the\s+)?`?ALARM`?(?:\s+state)?\b(?!\s*(?:,|or)\s*`?INSUFFICIENT)/,
    reach: 30,
    ordered: true,
  },
];
/** "Alarm states: OK and ALARM", "States: OK / ALARM". */
const STATE_LIST = /\b(?:alarm\s+)?states?\s*(?:are|is|:)\s*`?OK`?\s*(?:,|\/|and|or|&)\s*`?ALARM`?(?![\w`]*\s*(?:,|\/|and|or|&)\s*`?INSUFFICIENT)/;

export const cloudwatchAlarmStates: ContextRule = {
  id: 'cloudwatch-alarm-states',
  scope: 'context',
  cue: { words: ['alarm'] },
  description: 'A CloudWatch alarm said to have two states, leaving out INSUFFICIENT_DATA.',
  rationale:
    'A CloudWatch metric or composite alarm is always in one of three states: OK, ALARM or INSUFFICIENT_DATA. A new alarm starts in ' +
    'INSUFFICIENT_DATA, and an alarm goes back to it when its metric stops reporting (an idle Lambda function, a stopped instance, a ' +
    'metric that only exists when something fails). Designs that treat "not ALARM" as healthy miss these periods; alarm actions and ' +
    'missing-data treatment are set per state. Text that names INSUFFICIENT_DATA or three states is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['cloudwatch-alarms.states'],
  fixable: false,
  examples: {
    flag: [
      { text: 'A CloudWatch alarm has two states: OK and ALARM.', flagged: ['CloudWatch alarm has two states'] },
      { text: 'CloudWatch alarms are either OK or ALARM, so the pager fires on every flip.', flagged: ['CloudWatch alarms are either OK or ALARM'] },
      { text: '- CloudWatch: alarm states are OK and ALARM.', flagged: ['alarm states are OK and ALARM'] },
      { text: 'The two possible states of a CloudWatch metric alarm are OK and ALARM.', flagged: ['The two possible states of a CloudWatch metric alarm'] },
    ],
    pass: [
      'A CloudWatch alarm has three states: OK, ALARM and INSUFFICIENT_DATA.',
      'CloudWatch alarms are not just OK or ALARM: a new alarm starts in INSUFFICIENT_DATA.',
      'Does a CloudWatch alarm have two states?',
      'The CloudWatch alarm goes from OK to ALARM when CPU stays above 80 % for 5 minutes.',
      'We page on two states of the CloudWatch alarm, ALARM and INSUFFICIENT_DATA.',
      'Unlike a CloudWatch alarm, a Route 53 health check has two states.',
    ],
  },
  check(context, report) {
    if (!ALARM.test(context.text) || !/\bOK\b|\bstates?\b|\bbinary\b/i.test(context.text)) return;
    const said = [context.text, ...context.parents.map((p) => p.text)].join(' ');
    if (!CLOUDWATCH.test(said) || THIRD_STATE.test(context.text)) return;
    const matches = [...findFrames(context, TWO_STATES), ...findClaims(context, STATE_LIST, { requires: /\bALARM\b/ })];
    for (const claim of distinctClaims(matches)) {
      if (/\?[\s*_)]*$/.test(claim.clause)) continue;
      report({
        start: claim.start,
        end: claim.end,
        message: 'A CloudWatch alarm has three states: OK, ALARM and INSUFFICIENT_DATA (a new alarm, or a metric with missing data).',
      });
    }
  },
};
