import type { ServiceCard } from '../types';
import { num, range } from '../build';

const LIMITS = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
const MEMORY = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html';
const STORAGE = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html';
const TIMEOUT = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html';

export const lambda: ServiceCard = {
  id: 'lambda',
  name: 'AWS Lambda',
  summary: 'Serverless functions that run code on events, billed per request and per millisecond.',
  aliases: ['Lambda', 'AWS Lambda', 'Lambda function', 'Lambda functions', 'Amazon Lambda'],
  category: 'Compute',
  docs: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
  facts: [
    range('lambda.timeout', 'Timeout', { min: 1, max: 900, default: 3 }, 'seconds', TIMEOUT, {
      hardLimit: true,
      detail: 'Up to 900 seconds (15 minutes); 3 seconds by default.',
    }),
    range('lambda.memory', 'Memory', { min: 128, max: 10_240, default: 128 }, 'MiB', MEMORY, {
      hardLimit: true,
      detail: '128 MB to 10,240 MB in 1 MB steps; CPU scales with memory.',
    }),
    range('lambda.ephemeral-storage', '/tmp storage', { min: 512, max: 10_240, default: 512 }, 'MiB', STORAGE, {
      hardLimit: true,
    }),
    num('lambda.concurrency', 'Concurrent executions per Region', 'quota', 1_000, 'count', LIMITS, { hardLimit: false }),
    num('lambda.package-zip', 'Deployment package (zipped, direct upload)', 'limit', 50, 'MiB', LIMITS, { hardLimit: true }),
    num('lambda.package-unzipped', 'Deployment package (unzipped, with layers)', 'limit', 250, 'MiB', LIMITS, { hardLimit: true }),
    num('lambda.container-image', 'Container image size', 'limit', 10, 'GiB', LIMITS, { hardLimit: true }),
    num('lambda.env-vars', 'Environment variables (total)', 'limit', 4, 'KiB', LIMITS, { hardLimit: true }),
  ],
};
