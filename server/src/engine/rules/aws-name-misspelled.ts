import { findClaims, replaceFix } from './kit/claims';
import type { ContextRule } from './kit/types';

/** A name people get wrong, what it is, and when the text is about the AWS thing at all. */
interface WrongName {
  readonly wrong: RegExp;
  readonly right: string;
  /** The part of the match the fix replaces, when a fix is certain. */
  readonly fix?: (matched: string) => string;
  /** The context (or its section title and parents) must also say this. */
  readonly about?: RegExp;
  /** The text also gives the right name or the rename: nothing to correct. */
  readonly knows: RegExp;
  readonly message: string;
}

const NAMES: readonly WrongName[] = [
  {
    wrong: /\b(?:Amazon|AWS)\s+Recognition\b/,
    right: 'Amazon Rekognition',
    fix: (m) => m.replace(/Recognition$/, 'Rekognition'),
    knows: /\bRekognition\b/i,
    message: 'The image and video analysis service is spelled Amazon Rekognition (with a k).',
  },
  {
    wrong: /\bSSM(?=\s*\(\s*Speech\s+Synthesis\s+Markup)/,
    right: 'SSML',
    fix: () => 'SSML',
    knows: /\bSSML\b/,
    message: 'Polly\'s markup is SSML (Speech Synthesis Markup Language); SSM is AWS Systems Manager.',
  },
  {
    wrong: /\bSession\s+Connect\b/,
    right: 'EC2 Instance Connect',
    about: /\bSession\s+Manager\b|\bSSH\b|\bport\s+22\b|\bEC2\b|\bbastion\b/i,
    knows: /\bInstance\s+Connect\b/i,
    message: 'There is no AWS service called "Session Connect": the SSH-based way in that needs port 22 is EC2 Instance Connect; Session Manager needs no inbound port.',
  },
  {
    wrong: /\bguardrails?\b/i,
    right: 'controls',
    about: /\bControl\s+Tower\b/i,
    knows: /\bcontrols\b|\bnow\s+called\b|\brenamed\b|\bformerly\b/i,
    message: 'AWS Control Tower calls its guardrails "controls" (preventive, detective and proactive) since 2023.',
  },
];

export const awsNameMisspelled: ContextRule = {
  id: 'aws-name-misspelled',
  scope: 'context',
  description: 'An AWS service or term under a wrong name: "Amazon Recognition", "SSM" for SSML, "Session Connect", Control Tower "guardrails".',
  rationale:
    'A misspelt service or term sends a reader to the wrong documentation, or to another service: Amazon Rekognition is spelled with ' +
    'a k; Polly\'s markup language is SSML, while SSM is AWS Systems Manager; no AWS service is called "Session Connect" (the SSH-based ' +
    'one is EC2 Instance Connect); AWS Control Tower renamed its guardrails to controls. Text that also gives the right name or the ' +
    'rename is not flagged.',
  severity: 'info',
  category: 'lifecycle',
  facts: ['rekognition.name', 'polly.ssml', 'ssm-session-manager.vs-ssh', 'control-tower.controls'],
  cue: { words: ['recognition', 'ssm', 'session', 'guardrail'] },
  fixable: true,
  examples: {
    flag: [
      { text: 'Amazon Recognition finds faces and labels in images.', flagged: ['Amazon Recognition'], output: 'Amazon Rekognition finds faces and labels in images.' },
      { text: '- SSM (Speech Synthesis Markup) language is used for pauses.', flagged: ['SSM'], output: '- SSML (Speech Synthesis Markup) language is used for pauses.' },
      { text: 'Session Manager differs from Session Connect, which needs port 22 open.', flagged: ['Session Connect'] },
      { text: 'AWS Control Tower\n\n- **Guardrails:** preventive and detective rules for the accounts.', flagged: ['Guardrails'] },
    ],
    pass: [
      'Amazon Rekognition finds faces and labels in images.',
      'Polly reads SSML (Speech Synthesis Markup Language).',
      'EC2 Instance Connect needs port 22; Session Manager does not.',
      'Control Tower guardrails are now called controls.',
      'Our API gateway applies guardrails to every prompt sent to Bedrock.',
      'Speech recognition is done by Amazon Transcribe.',
    ],
  },
  fromSection: { services: ['control-tower'], cue: /\bguardrails?\b/i, otherServices: true },
  check(context, report) {
    const scope = [context.text, context.lead, ...context.parents.map((p) => p.text)].join(' ');
    for (const name of NAMES) {
      if ((name.about && !name.about.test(scope)) || name.knows.test(context.text)) continue;
      // One finding per name and statement: the correction is the same for every repeat in it.
      for (const claim of findClaims(context, name.wrong, { allowNegation: true }).slice(0, 1)) {
        const matched = context.text.slice(claim.start - context.start, claim.end - context.start);
        report({
          start: claim.start,
          end: claim.end,
          message: name.message,
          ...(name.fix ? { fixes: [replaceFix(`Use ${name.right}`, claim.start, claim.end, name.fix(matched))] } : {}),
        });
      }
    }
  },
};
