import type { ServiceCard } from '../types';
import { num, range, text } from '../build';
import { list } from './util';

const LIMITS = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
const MEMORY = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html';
const STORAGE = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html';
const SCALING = 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html#scaling-rate';
const IMAGES = 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html';
const SNAPSTART = 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html';
/** The section of the SnapStart page that lists the runtimes, the features it does not support and the published-versions rule. */
const SNAPSTART_SUPPORT = 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html#snapstart-runtimes';
const PRICING = 'https://aws.amazon.com/lambda/pricing/';
const TIMEOUT = 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html';
const MANAGED_INSTANCES_PRACTICES = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html';
const MICROVMS_PRACTICES = 'https://docs.aws.amazon.com/lambda/latest/dg/microvms-best-practices.html';
const MICROVMS_API = 'https://docs.aws.amazon.com/lambda/latest/microvm-api/Welcome.html';
/** Read on the current best-practices page (issue 13 open item); its quotas are left out: only a Russian copy of the quotas page was found. */
const MICROVMS_CHECKED = '2026-12-07';
const INVOKE = 'https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html';
const LAMBDA_RELEASES = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-releases.html';
const ASYNC_PAYLOAD_1MB = 'https://aws.amazon.com/about-aws/whats-new/2025/10/aws-lambda-payload-size-256-kb-1-mb-invocations/';

export const lambda: ServiceCard = {
  id: 'lambda',
  name: 'AWS Lambda',
  summary: 'Serverless functions that run code on events, billed per request and per millisecond.',
  aliases: ['Lambda', 'AWS Lambda', 'Lambda function', 'Lambda functions', 'Amazon Lambda', 'Lambda layer', 'Lambda layers', 'provisioned concurrency', 'reserved concurrency'],
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
      // Fixed at 512 MB for every function until configurable ephemeral storage (up to 10 GB) in March 2022.
      history: [{ value: '512 MB', until: '2022-03', source: 'https://aws.amazon.com/blogs/compute/using-larger-ephemeral-storage-for-aws-lambda/' }],
    }),
    num('lambda.concurrency', 'Concurrent executions per Region', 'quota', 1_000, 'count', LIMITS, { hardLimit: false }),
    num('lambda.package-zip', 'Deployment package (zipped, direct upload)', 'limit', 50, 'MiB', LIMITS, { hardLimit: true }),
    num('lambda.package-unzipped', 'Deployment package (unzipped, with layers)', 'limit', 250, 'MiB', LIMITS, { hardLimit: true }),
    num('lambda.container-image', 'Container image size', 'limit', 10, 'GiB', LIMITS, { hardLimit: true }),
    num('lambda.env-vars', 'Environment variables (total)', 'limit', 4, 'KiB', LIMITS, { hardLimit: true }),
    num('lambda.sync-payload', 'Synchronous invocation payload (request and response)', 'limit', 6, 'MiB', LIMITS, { hardLimit: true }),
    num('lambda.layers', 'Layers per function', 'limit', 5, 'count', LIMITS, { hardLimit: true }),
    // The Invoke API reference: "For asynchronous invocations, the maximum payload size is 1 MB" (256 KB until October 2025).
    num('lambda.async-payload', 'Asynchronous invocation payload', 'limit', 1, 'MiB', INVOKE, {
      hardLimit: true,
      checked: '2026-12-07',
      sourceSection: 'Invoke: for synchronous invocations, the maximum payload size is 6 MB; for asynchronous invocations, 1 MB',
      quota: { adjustable: false },
      history: [
        { value: '256 KB', until: '2025-10', source: ASYNC_PAYLOAD_1MB },
        // Lambda document history, November 16, 2018: "increased from 128 KB to 256 KB".
        { value: '128 KB', until: '2018-11', source: LAMBDA_RELEASES },
      ],
      detail: '1 MB for asynchronous (Event) invocations, also through SQS event source mappings and EventBridge; the deprecated InvokeAsync action keeps 256 KB.',
      names: {
        words: ['asynchronous invocation payload', 'async invocation payload', 'asynchronous payload', 'async payload', 'asynchronous event payload'],
        cli: ['--invocation-type Event'],
        units: ['KB', 'MB', 'MiB'],
      },
    }),
    // Lambda Managed Instances functions are not held to the 128-10,240 MB range of lambda.memory (the Lambda API
    // accepts more for them since early 2026); no AWS page read states their maximum, so only the minimum is here.
    text('lambda.managed-instances-size', 'Managed Instances function size', 'behaviour', 'The minimum supported function size is 2 GB and 1 vCPU', MANAGED_INSTANCES_PRACTICES, {
      checked: '2026-12-07',
      sourceSection: 'Function configuration: choose appropriate memory and vCPU settings',
    }),
    text('lambda.scaling-rate', 'Scaling rate', 'behaviour', 'Each function can add 1,000 concurrent executions every 10 seconds', SCALING),
    text('lambda.container-images', 'Container images', 'behaviour', 'Up to 10 GB; AWS base images include the Runtime API client, other images add the runtime interface client', IMAGES, {
      seedLine: 2186,
      changed: { notes: 'requires implementing a custom runtime', note: 'AWS base images already implement the Lambda Runtime API.' },
    }),
  ],
};

export const lambdaSnapStart: ServiceCard = {
  id: 'lambda-snapstart',
  parent: 'lambda',
  name: 'AWS Lambda SnapStart',
  summary: 'Starts functions from a cached snapshot of an initialised execution environment to cut cold-start latency.',
  aliases: ['SnapStart', 'Lambda SnapStart', 'AWS Lambda SnapStart'],
  category: 'Compute',
  docs: SNAPSTART,
  facts: [
    list('lambda-snapstart.runtimes', 'Supported runtimes', 'behaviour', ['Java 11 and later', 'Python 3.12 and later', '.NET 8 and later'], SNAPSTART_SUPPORT, {
      seedLine: 2195,
      changed: { notes: 'Java 11 and above', note: 'Since November 2024 SnapStart also supports Python 3.12+ and .NET 8+.' },
    }),
    text('lambda-snapstart.price', 'Price', 'price', 'No extra charge for Java; Python and .NET pay for snapshot caching and restoration', PRICING),
    text('lambda-snapstart.versions', 'Applies to', 'behaviour', 'Published function versions (and aliases to them), not $LATEST', SNAPSTART_SUPPORT),
    text('lambda-snapstart.incompatible', 'Not compatible with', 'behaviour', 'Provisioned concurrency, Amazon EFS, ephemeral storage above 512 MB, container images', SNAPSTART_SUPPORT),
  ],
};

export const lambdaMicroVms: ServiceCard = {
  id: 'lambda-microvms',
  parent: 'lambda',
  name: 'AWS Lambda MicroVMs',
  summary: 'Runs an application in a MicroVM started from a MicroVM image snapshot, with lifecycle hooks to run, suspend, resume and terminate it.',
  // Not the bare "microVM": Lambda functions themselves run in Firecracker microVMs.
  aliases: ['Lambda MicroVMs', 'Lambda MicroVM', 'AWS Lambda MicroVMs', 'Lambda MicroVM image', 'MicroVM image', 'MicroVM images'],
  category: 'Compute',
  docs: MICROVMS_API,
  facts: [
    list('lambda-microvms.lifecycle-hooks', 'Lifecycle hooks', 'behaviour', ['/run for post-run initialization', '/suspend for graceful cleanup', '/resume to re-establish connections', '/terminate to flush data'], MICROVMS_PRACTICES, {
      checked: MICROVMS_CHECKED,
      sourceSection: 'Application design: use lifecycle hooks',
    }),
    text('lambda-microvms.snapshot-reuse', 'Snapshot re-use', 'behaviour', 'MicroVMs start from the image snapshot: generate UUIDs, secrets and random values in the /run hook, not during the image build', MICROVMS_PRACTICES, {
      checked: MICROVMS_CHECKED,
      sourceSection: 'Application design: handle snapshot re-use',
    }),
    text('lambda-microvms.bandwidth', 'Network bandwidth', 'behaviour', 'Scales with the configured memory: choose the smallest MicroVM size that meets the CPU, memory and bandwidth needs', MICROVMS_PRACTICES, {
      checked: MICROVMS_CHECKED,
      sourceSection: 'Performance: right-size your MicroVM',
    }),
  ],
};
