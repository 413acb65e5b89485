import type { ServiceCard } from '../types';
import { num, port, text } from '../build';
import { list, price } from './util';

const AMPLIFY = 'https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html';
const AMPLIFY_PRICING = 'https://aws.amazon.com/amplify/pricing/';
const AMPLIFY_GEN2 = 'https://aws.amazon.com/amplify/';
const SES = 'https://docs.aws.amazon.com/ses/latest/dg/Welcome.html';
const SES_SANDBOX = 'https://docs.aws.amazon.com/ses/latest/dg/request-production-access.html';
const SES_QUOTAS = 'https://docs.aws.amazon.com/ses/latest/dg/quotas.html';
const SES_AUTH = 'https://docs.aws.amazon.com/ses/latest/dg/email-authentication-methods.html';
const SES_PRICING = 'https://aws.amazon.com/ses/pricing/';
const SES_SMTP = 'https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html';
/** Port cards added by the seventeenth pass, read on the current copy of smtp-connect. */
const PORTS_READ_ON = '2026-12-08';
const PINPOINT = 'https://docs.aws.amazon.com/pinpoint/latest/userguide/welcome.html';
const PINPOINT_EOS = 'https://docs.aws.amazon.com/pinpoint/latest/userguide/migrate.html';
// The end-of-support banner on every page of the Pinpoint guides (the migration guide it links was not reached).
const PINPOINT_BANNER = 'https://docs.aws.amazon.com/pinpoint/latest/developerguide/integrate.html';
const EUM = 'https://docs.aws.amazon.com/sms-voice/latest/userguide/what-is-sms-mms.html';
const IOT = 'https://docs.aws.amazon.com/iot/latest/developerguide/what-is-aws-iot.html';
const IOT_PROTOCOLS = 'https://docs.aws.amazon.com/iot/latest/developerguide/protocols.html';
const IOT_QUOTAS = 'https://docs.aws.amazon.com/general/latest/gr/iot-core.html';
const IOT_SHADOW = 'https://docs.aws.amazon.com/iot/latest/developerguide/iot-device-shadows.html';
const IOT_RULES = 'https://docs.aws.amazon.com/iot/latest/developerguide/iot-rules.html';
const CODECOMMIT = 'https://docs.aws.amazon.com/codecommit/latest/userguide/welcome.html';
const CODECOMMIT_HISTORY = 'https://docs.aws.amazon.com/codecommit/latest/userguide/history.html';
const CODECOMMIT_PRICING = 'https://aws.amazon.com/codecommit/pricing/';
const CLOUD9 = 'https://docs.aws.amazon.com/cloud9/latest/user-guide/welcome.html';
const CLOUD9_MIGRATE = 'https://aws.amazon.com/blogs/devops/how-to-migrate-from-aws-cloud9-to-aws-ide-toolkits-or-aws-cloudshell/';

export const amplify: ServiceCard = {
  id: 'amplify',
  name: 'AWS Amplify',
  summary: 'Build, host and deploy full-stack web and mobile apps: Git-based CI/CD hosting (SSR/SSG) and a TypeScript-defined backend.',
  aliases: ['AWS Amplify', 'Amplify Hosting', 'Amplify Gen 2'],
  ambiguousAliases: ['Amplify'],
  category: 'Front-end web and mobile',
  docs: AMPLIFY,
  facts: [
    price('amplify.build-minute', 'Build and deploy, per build minute', 0.01, AMPLIFY_PRICING),
    price('amplify.data-served', 'Hosting: data served, per GB', 0.15, AMPLIFY_PRICING, { detail: 'Storage $0.023 per GB-month.' }),
    text('amplify.backend', 'Backend', 'behaviour', 'Amplify Gen 2 defines auth (Cognito), data (AppSync/DynamoDB), storage (S3) and functions in TypeScript, deployed with CDK', AMPLIFY_GEN2),
    list('amplify.frameworks', 'Hosting', 'behaviour', ['static sites (SPA/SSG)', 'server-side rendering (Next.js, Nuxt…)', 'branch previews', 'custom domains'], AMPLIFY),
  ],
};

export const ses: ServiceCard = {
  id: 'ses',
  name: 'Amazon Simple Email Service (SES)',
  summary: 'Transactional and marketing email sending and receiving with DKIM/SPF/DMARC authentication.',
  aliases: ['SES', 'Amazon SES', 'Simple Email Service', 'Amazon Simple Email Service', 'DKIM', 'SPF', 'DMARC'],
  category: 'Business applications',
  docs: SES,
  facts: [
    text('ses.sandbox', 'Sandbox', 'default', 'New accounts: 200 messages per 24 hours, 1 message per second, only to verified addresses until production access', SES_SANDBOX),
    num('ses.message-size', 'Maximum message size (SES API v2, with attachments)', 'limit', 40, 'MB', SES_QUOTAS, { hardLimit: true }),
    list('ses.authentication', 'Email authentication', 'behaviour', ['DKIM (Easy DKIM or BYODKIM)', 'SPF', 'DMARC', 'custom MAIL FROM'], SES_AUTH),
    price('ses.price', 'Per 1,000 emails sent', 0.1, SES_PRICING),
    // smtp-connect (current copy): STARTTLS on port 25, 587 or 2587; TLS Wrapper on port 465 or 2465.
    port('ses.port-smtp-starttls', 'SMTP port (STARTTLS)', 587, SES_SMTP, {
      checked: PORTS_READ_ON,
      detail: 'The SES SMTP endpoint takes STARTTLS on 25, 587 or 2587 and TLS Wrapper on 465 or 2465; every connection must use TLS.',
    }),
    port('ses.port-smtp-25', 'SMTP port 25 (STARTTLS)', 25, SES_SMTP, {
      checked: PORTS_READ_ON,
      detail: 'Amazon EC2 throttles email traffic over port 25 by default: request removal of the limit, send on another port, or use a VPC endpoint.',
    }),
    port('ses.port-smtp-2587', 'SMTP port 2587 (STARTTLS)', 2587, SES_SMTP, { checked: PORTS_READ_ON }),
    port('ses.port-smtps', 'SMTP port (TLS Wrapper)', 465, SES_SMTP, { checked: PORTS_READ_ON, detail: 'TLS Wrapper (SMTPS) also on 2465.' }),
    port('ses.port-smtps-2465', 'SMTP port 2465 (TLS Wrapper)', 2465, SES_SMTP, { checked: PORTS_READ_ON }),
  ],
};

export const pinpoint: ServiceCard = {
  id: 'pinpoint',
  name: 'Amazon Pinpoint',
  summary: 'Multichannel marketing engagement (segments, campaigns, journeys); engagement features reached end of support.',
  aliases: ['Amazon Pinpoint'],
  ambiguousAliases: ['Pinpoint'],
  category: 'Business applications',
  docs: PINPOINT,
  status: {
    state: 'retired',
    since: '2026-10-30',
    successor: 'AWS End User Messaging (SMS, voice, push) and Amazon Connect (campaigns, journeys, customer profiles)',
    source: PINPOINT_EOS,
    note: 'The console and Pinpoint resources (endpoints, segments, campaigns, journeys, analytics) are no longer accessible after 30 October 2026; the SMS, voice, mobile push, OTP and phone number validation APIs continue under AWS End User Messaging.',
  },
  facts: [
    text('pinpoint.lifecycle', 'Availability', 'lifecycle', 'End of support 30 October 2026: the console and resources (endpoints, segments, campaigns, journeys, analytics) are no longer accessible; SMS, voice, mobile push, OTP and phone number validation APIs continue under AWS End User Messaging', PINPOINT_BANNER, {
      seedLine: 4443,
      changed: { notes: 'active marketing communication platform', note: 'Pinpoint engagement features reached end of support on 30 October 2026.' },
    }),
    text('pinpoint.messaging-apis', 'SMS, voice and push', 'behaviour', 'Continue as AWS End User Messaging', EUM),
    list('pinpoint.channels', 'Channels (historical)', 'behaviour', ['email', 'SMS', 'push', 'voice', 'in-app'], PINPOINT),
  ],
};

export const iotCore: ServiceCard = {
  id: 'iot-core',
  name: 'AWS IoT Core',
  summary: 'Managed MQTT/HTTPS message broker for devices, with device shadows, a rules engine and X.509 authentication.',
  aliases: ['IoT Core', 'AWS IoT Core', 'AWS IoT', 'MQTT', 'device shadow', 'Device Shadow', 'IoT rule', 'IoT rules'],
  category: 'Internet of Things',
  docs: IOT,
  facts: [
    port('iot-core.default-port', 'MQTT over TLS port', 8883, IOT_PROTOCOLS, { detail: 'MQTT over WebSocket and HTTPS use 443 (MQTT on 443 with ALPN).' }),
    num('iot-core.payload', 'Maximum message payload', 'limit', 128, 'KiB', IOT_QUOTAS, { hardLimit: true }),
    text('iot-core.shadow', 'Device shadows', 'behaviour', 'JSON documents holding reported and desired device state', IOT_SHADOW),
    text('iot-core.rules', 'Rules engine', 'behaviour', 'SQL-like rules route messages to Lambda, DynamoDB, S3, Kinesis, SNS, SQS and more', IOT_RULES),
  ],
};

export const codecommit: ServiceCard = {
  id: 'codecommit',
  name: 'AWS CodeCommit',
  summary: 'Managed private Git repositories in AWS, with IAM access control.',
  aliases: ['CodeCommit', 'AWS CodeCommit'],
  category: 'Developer tools',
  docs: CODECOMMIT,
  // Closed to new customers on 25 July 2024 (CODECOMMIT_MIGRATE), open to new customers again since
  // 25 November 2025 (the user guide's document history): active, so retired-service says nothing.
  status: { state: 'active' },
  facts: [
    text('codecommit.lifecycle', 'Availability', 'lifecycle', 'Available to new customers again since 25 November 2025 (closed to new customers from 25 July 2024)', CODECOMMIT_HISTORY),
    text('codecommit.auth', 'Authentication', 'behaviour', 'IAM: Git credentials over HTTPS, SSH keys, or git-remote-codecommit with temporary credentials', CODECOMMIT),
    text('codecommit.price', 'Price', 'price', 'First 5 active users free; $1 per additional active user per month', CODECOMMIT_PRICING),
  ],
};

export const cloud9: ServiceCard = {
  id: 'cloud9',
  name: 'AWS Cloud9',
  summary: 'Browser-based IDE on EC2; closed to new customers.',
  aliases: ['Cloud9', 'AWS Cloud9'],
  category: 'Developer tools',
  docs: CLOUD9,
  status: {
    state: 'closed-to-new-customers',
    since: '2024-07-25',
    successor: 'AWS IDE Toolkits (VS Code, JetBrains) or AWS CloudShell',
    source: CLOUD9_MIGRATE,
  },
  facts: [
    text('cloud9.lifecycle', 'Availability', 'lifecycle', 'No longer available to new customers; existing customers can continue to use the service as normal', CLOUD9),
    text('cloud9.runtime', 'Runs on', 'behaviour', 'An EC2 instance (or SSH host) in your account, billed as EC2', CLOUD9),
    text('cloud9.successor', 'Alternatives', 'behaviour', 'AWS Toolkit for VS Code/JetBrains, AWS CloudShell, SageMaker Studio Code Editor', CLOUD9_MIGRATE),
  ],
};
