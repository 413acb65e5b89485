/**
 * Services AWS retired, or closed to new customers, that the pack has no other card for (issue 13). Each
 * date comes from the end-of-support or availability notice at the top of the service's own
 * documentation (checked 2026-12-06); a service whose end of support has passed is 'retired' since
 * that date. A successor is named only where AWS's notice names one.
 */
import type { FactKind, ServiceCard, ServiceStatus, UndatedFormerName } from '../types';
import { text } from '../build';
import { list } from './util';

interface Retirement {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly aliases: readonly string[];
  /** Aliases that are ordinary words ("Chime"): see ServiceCard.ambiguousAliases. */
  readonly ambiguousAliases?: readonly string[];
  readonly category: string;
  readonly docs: string;
  readonly parent?: string;
  readonly status: Exclude<ServiceStatus, { state: 'active' }>;
  /** The availability row of the hover card. */
  readonly availability: string;
  /** When the notice was read, if later than the pack's CHECKED date. */
  readonly checked?: string;
}

/** The second lifecycle pass (issue 13). */
const READ_ON = '2026-12-06';

function lifecycleCard(r: Retirement): ServiceCard {
  return {
    id: r.id,
    name: r.name,
    summary: r.summary,
    aliases: r.aliases,
    ...(r.ambiguousAliases ? { ambiguousAliases: r.ambiguousAliases } : {}),
    category: r.category,
    docs: r.docs,
    ...(r.parent ? { parent: r.parent } : {}),
    status: r.status,
    facts: [text(`${r.id}.lifecycle`, 'Availability', 'lifecycle', r.availability, r.status.source, r.checked ? { checked: r.checked } : {})],
  };
}

const APP_MESH = 'https://docs.aws.amazon.com/app-mesh/latest/userguide/disaster-recovery-resiliency.html';
const DEEPLENS = 'https://docs.aws.amazon.com/deeplens/latest/dg/deeplens-end-of-life.html';
// The end-of-support notice at the top of every Elastic Transcoder guide page (the migration blog post it links has no date).
const TRANSCODER = 'https://docs.aws.amazon.com/elastictranscoder/latest/developerguide/accessing.html';
const LOOKOUT_VISION = 'https://docs.aws.amazon.com/lookout-for-vision/latest/developer-guide/su-awscli-sdk.html';
const LOOKOUT_EQUIPMENT = 'https://docs.aws.amazon.com/lookout-for-equipment/latest/userguide/create-model.html';
const PANORAMA = 'https://docs.aws.amazon.com/panorama/latest/api/Welcome.html';
const ROBOMAKER = 'https://docs.aws.amazon.com/robomaker/latest/dg/chapter-development.html';
const SIMSPACE = 'https://docs.aws.amazon.com/simspaceweaver/latest/userguide/simspaceweaver-end-of-support.html';
const IOT_EVENTS = 'https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-end-of-support.html';
const INSPECTOR_CLASSIC = 'https://docs.aws.amazon.com/inspector/v1/userguide/inspector_cis.html';
const AWS_IQ = 'https://docs.aws.amazon.com/aws-iq/latest/user-guide/getting-started-customer-create-aws-iq-request.html';
const GREENGRASS_V1 = 'https://docs.aws.amazon.com/greengrass/v1/apireference/-greengrass-definition-loggers-loggerdefinitionid-versions.html';
const FINSPACE = 'https://docs.aws.amazon.com/finspace/latest/management-api/API_KxDeploymentConfiguration.html';
const PROTON = 'https://docs.aws.amazon.com/proton/latest/APIReference/API_DeploymentState.html';
const IOT_ANALYTICS = 'https://docs.aws.amazon.com/iotanalytics/latest/userguide/create-data-store.html';

// Fifth lifecycle pass (facts helper session 15): services and features whose clients the AWS SDKs removed or whose
// API and guide pages carry an end-of-support or availability notice, read on the current copies (2026-12-07).
const CODEGURU_REVIEWER = 'https://docs.aws.amazon.com/codeguru/latest/reviewer-ug/codeguru-reviewer-availability-change.html';
const CODEGURU_SECURITY = 'https://docs.aws.amazon.com/codeguru/latest/security-api/Welcome.html';
const VOICE_ID = 'https://docs.aws.amazon.com/connect/latest/adminguide/voiceid-apis.html';
const ELASTIC_GRAPHICS = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ElasticGpuSpecificationResponse.html';
const FLEET_HUB = 'https://docs.aws.amazon.com/iot/latest/apireference/API_iotfleethub_ApplicationSummary.html';
const FLEETWISE = 'https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/delete-fleet-cli.html';
const DMS_FLEET_ADVISOR = 'https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateFleetAdvisorCollector.html';
const SITEWISE_MONITOR = 'https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreatePortal.html';
const PEOPLE_PATHING = 'https://docs.aws.amazon.com/rekognition/latest/dg/persons.html';
const THINGS_GRAPH = 'https://docs.aws.amazon.com/cli/latest/reference/iotthingsgraph/index.html';
const Q_DEVELOPER_RENAME = 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/service-rename.html';
const OMICS_STORES = 'https://docs.aws.amazon.com/omics/latest/dev/omics-analytics.html';
const FIFTH_PASS_ON = '2026-12-07';

/** A card of the fifth pass: its docs link is the page with the notice, read on FIFTH_PASS_ON. */
function noticed(
  id: string,
  name: string,
  category: string,
  r: Pick<Retirement, 'summary' | 'aliases' | 'status' | 'availability'> & Partial<Pick<Retirement, 'parent' | 'ambiguousAliases'>>,
): Retirement {
  return { id, name, category, docs: r.status.source, checked: FIFTH_PASS_ON, ...r };
}
const IOT_1_CLICK = 'https://docs.aws.amazon.com/iot-1-click/latest/developerguide/doc-history.html';
const MAINFRAME = 'https://docs.aws.amazon.com/m2/latest/userguide/ba-modify-source.html';
const MIGRATION_HUB = 'https://docs.aws.amazon.com/migrationhub/latest/ug/API_DiscoveredResource.html';
const WORKMAIL = 'https://docs.aws.amazon.com/workmail/latest/userguide/send_email_as.html';
const FRAUD_DETECTOR = 'https://docs.aws.amazon.com/frauddetector/latest/ug/storing-events-geteventprediction-api.html';
const MONITRON = 'https://docs.aws.amazon.com/Monitron/latest/user-guide/kinesis-store-S3-v2.html';
const Q_BUSINESS = 'https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/qbusiness-availability-change.html';
const CODECATALYST = 'https://docs.aws.amazon.com/codecatalyst/latest/userguide/migration.html';
const CLOUD_DIRECTORY = 'https://docs.aws.amazon.com/clouddirectory/latest/APIReference/API_SchemaFacet.html';
const CLOUDSEARCH = 'https://docs.aws.amazon.com/cloudsearch/latest/developerguide/what-is-cloudsearch.html';
const DATA_PIPELINE = 'https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-pipeline-objects.html';
const CHIME = 'https://docs.aws.amazon.com/chime/latest/APIReference/API_Operations.html';
const WORKDOCS = 'https://docs.aws.amazon.com/workdocs/latest/APIReference/Welcome.html';
const OPSWORKS = 'https://docs.aws.amazon.com/opsworks/latest/APIReference/Welcome.html';
const CODESTAR = 'https://docs.aws.amazon.com/codestar/latest/APIReference/Welcome.html';
const EC2_CLASSIC = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ClassicLinkInstance.html';
const AURORA_SERVERLESS_V1 = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.modifying.html';
const MEDIASTORE = 'https://docs.aws.amazon.com/mediastore/latest/ug/policies-object-lifecycle-examples.html';
const EVIDENTLY = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Evidently.html';
const LOOKOUT_METRICS = 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lookoutmetrics-readme.html';
const ELASTIC_INFERENCE = 'https://docs.aws.amazon.com/cli/latest/reference/elastic-inference/index.html';
const LEX_V1 = 'https://docs.aws.amazon.com/lex/latest/dg/API_Operations.html';
const CONNECTIONS_RENAME = 'https://docs.aws.amazon.com/dtconsole/latest/userguide/rename.html';
const COMPOSER = 'https://docs.aws.amazon.com/infrastructure-composer/latest/dg/what-is-composer.html';
const COMPOSER_WHERE = 'https://docs.aws.amazon.com/infrastructure-composer/latest/dg/using-composer.html';
const GLUE_RAY = 'https://docs.aws.amazon.com/glue/latest/dg/awsglue-ray-jobs-availability-change.html';
const SSM_CHANGE_MANAGER = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-actions-and-change.html';
const SAGEMAKER_GEOSPATIAL = 'https://docs.aws.amazon.com/sagemaker/latest/dg/geospatial-availability-change.html';
const ALEXA_FOR_BUSINESS = 'https://docs.aws.amazon.com/goto/boto3/alexaforbusiness-2017-11-09/GetRoom';
const COMPOSER_DEPLOY = 'https://docs.aws.amazon.com/infrastructure-composer/latest/dg/other-services-cfn.html';

const RETIREMENTS: readonly Retirement[] = [
  {
    id: 'app-mesh',
    name: 'AWS App Mesh',
    summary: 'Envoy-based service mesh for ECS, EKS and EC2; retired.',
    aliases: ['App Mesh', 'AWS App Mesh', 'AppMesh'],
    category: 'Networking',
    docs: APP_MESH,
    status: {
      state: 'retired',
      since: '2026-09-30',
      successor: 'Amazon ECS Service Connect (ECS) or Amazon VPC Lattice (EKS)',
      source: APP_MESH,
      note: 'End of support on 30 September 2026; closed to new customers from September 2024.',
    },
    availability: 'End of support 30 September 2026: the console and App Mesh resources are no longer available',
  },
  {
    id: 'deeplens',
    name: 'AWS DeepLens',
    summary: 'Deep-learning-enabled video camera for developers; end of life.',
    aliases: ['DeepLens', 'AWS DeepLens'],
    category: 'Machine learning',
    docs: DEEPLENS,
    status: { state: 'retired', since: '2024-01-31', source: DEEPLENS },
    availability: 'End of life 31 January 2024',
  },
  {
    id: 'elastic-transcoder',
    name: 'Amazon Elastic Transcoder',
    summary: 'Media transcoding in the cloud; support ended.',
    aliases: ['Elastic Transcoder', 'Amazon Elastic Transcoder'],
    category: 'Analytics',
    docs: TRANSCODER,
    status: { state: 'retired', since: '2025-11-13', successor: 'AWS Elemental MediaConvert', source: TRANSCODER },
    availability: 'End of support 13 November 2025: the console and resources are no longer available',
  },
  {
    id: 'lookout-for-vision',
    name: 'Amazon Lookout for Vision',
    summary: 'Computer-vision anomaly detection for industrial images; support ended.',
    aliases: ['Lookout for Vision', 'Amazon Lookout for Vision'],
    category: 'Machine learning',
    docs: LOOKOUT_VISION,
    status: { state: 'retired', since: '2025-10-31', source: LOOKOUT_VISION },
    availability: 'End of support 31 October 2025',
  },
  {
    id: 'lookout-for-equipment',
    name: 'Amazon Lookout for Equipment',
    summary: 'Anomaly detection on industrial sensor data; support ended.',
    aliases: ['Lookout for Equipment', 'Amazon Lookout for Equipment'],
    category: 'Machine learning',
    docs: LOOKOUT_EQUIPMENT,
    status: { state: 'retired', since: '2026-10-07', source: LOOKOUT_EQUIPMENT },
    availability: 'End of support 7 October 2026',
  },
  {
    id: 'panorama',
    name: 'AWS Panorama',
    summary: 'Computer vision on on-premises appliances; support ended.',
    aliases: ['AWS Panorama', 'Panorama Appliance', 'AWS Panorama Appliance'],
    category: 'Machine learning',
    docs: PANORAMA,
    status: { state: 'retired', since: '2026-05-31', source: PANORAMA },
    availability: 'End of support 31 May 2026',
  },
  {
    id: 'robomaker',
    name: 'AWS RoboMaker',
    summary: 'Robotics simulation and fleet management; support ended.',
    aliases: ['RoboMaker', 'AWS RoboMaker'],
    category: 'Compute',
    docs: ROBOMAKER,
    status: { state: 'retired', since: '2025-09-10', successor: 'AWS Batch (containerised simulations)', source: ROBOMAKER },
    availability: 'End of support 10 September 2025',
  },
  {
    id: 'simspace-weaver',
    name: 'AWS SimSpace Weaver',
    summary: 'Large-scale spatial simulations; support ended.',
    aliases: ['SimSpace Weaver', 'AWS SimSpace Weaver'],
    category: 'Compute',
    docs: SIMSPACE,
    status: { state: 'retired', since: '2026-05-20', source: SIMSPACE },
    availability: 'End of support 20 May 2026',
  },
  // Third lifecycle pass (2026-12-07): notices at the top of the services' own pages.
  {
    id: 'proton',
    name: 'AWS Proton',
    summary: 'Managed templates for provisioning infrastructure and deploying container and serverless apps; support ended.',
    aliases: ['AWS Proton'],
    ambiguousAliases: ['Proton'],
    category: 'Developer tools',
    docs: PROTON,
    status: {
      state: 'retired',
      since: '2026-10-07',
      source: PROTON,
      note: 'New customers could not sign up after 7 October 2025; deployed infrastructure stays intact.',
    },
    availability: 'End of support 7 October 2026 (closed to new customers after 7 October 2025)',
    checked: '2026-12-07',
  },
  {
    id: 'iot-analytics',
    name: 'AWS IoT Analytics',
    summary: 'Collected, processed and stored IoT device data for analysis; support ended.',
    aliases: ['IoT Analytics', 'AWS IoT Analytics'],
    category: 'Internet of Things',
    docs: IOT_ANALYTICS,
    status: { state: 'retired', since: '2025-12-15', source: IOT_ANALYTICS },
    availability: 'End of support 15 December 2025: console and resources no longer accessible',
    checked: '2026-12-07',
  },
  {
    id: 'iot-1-click',
    name: 'AWS IoT 1-Click',
    summary: 'Triggered Lambda functions from simple IoT devices such as buttons; discontinued.',
    aliases: ['IoT 1-Click', 'AWS IoT 1-Click'],
    category: 'Internet of Things',
    docs: IOT_1_CLICK,
    status: { state: 'retired', since: '2024-12-16', source: IOT_1_CLICK },
    availability: 'Discontinued 16 December 2024',
    checked: '2026-12-07',
  },
  {
    id: 'mainframe-modernization',
    name: 'AWS Mainframe Modernization',
    summary: 'Managed and self-managed runtimes for migrated mainframe applications; both experiences closed to new customers.',
    aliases: ['AWS Mainframe Modernization', 'Mainframe Modernization'],
    category: 'Migration',
    docs: MAINFRAME,
    status: {
      state: 'closed-to-new-customers',
      since: '',
      successor: 'AWS Transform for mainframe, or vendor-direct offerings',
      source: MAINFRAME,
      note: 'The self-managed experience and the Managed Runtime Environment experience are both no longer open to new customers; existing customers continue.',
    },
    availability: 'No longer open to new customers (self-managed and managed runtime experiences)',
    checked: '2026-12-07',
  },
  {
    id: 'iot-events',
    name: 'AWS IoT Events',
    summary: 'Detect and respond to events from IoT sensors; support ended.',
    aliases: ['IoT Events', 'AWS IoT Events'],
    category: 'Internet of Things',
    docs: IOT_EVENTS,
    status: { state: 'retired', since: '2026-05-20', source: IOT_EVENTS },
    availability: 'End of support 20 May 2026',
  },
  {
    id: 'inspector-classic',
    name: 'Amazon Inspector Classic',
    parent: 'inspector',
    summary: 'The first, agent-based version of Amazon Inspector; support ended.',
    aliases: ['Inspector Classic', 'Amazon Inspector Classic'],
    category: 'Security',
    docs: INSPECTOR_CLASSIC,
    status: { state: 'retired', since: '2026-05-20', successor: 'Amazon Inspector', source: INSPECTOR_CLASSIC },
    availability: 'End of support 20 May 2026',
  },
  {
    id: 'aws-iq',
    name: 'AWS IQ',
    summary: 'Marketplace for hiring AWS Certified experts; support ended.',
    aliases: ['AWS IQ'],
    category: 'Management',
    docs: AWS_IQ,
    status: { state: 'retired', since: '2026-05-28', source: AWS_IQ },
    availability: 'End of support 28 May 2026',
  },
  {
    id: 'greengrass-v1',
    name: 'AWS IoT Greengrass Version 1',
    summary: 'Version 1 of the IoT Greengrass edge runtime; support ended.',
    aliases: ['Greengrass V1', 'Greengrass v1', 'Greengrass Version 1', 'AWS IoT Greengrass V1', 'AWS IoT Greengrass Version 1'],
    category: 'Internet of Things',
    docs: GREENGRASS_V1,
    status: { state: 'retired', since: '2026-10-07', successor: 'AWS IoT Greengrass Version 2', source: GREENGRASS_V1 },
    availability: 'End of support 7 October 2026',
  },
  {
    id: 'finspace',
    name: 'Amazon FinSpace',
    summary: 'Data management and analytics for financial services (kdb Insights); support ended.',
    aliases: ['FinSpace', 'Amazon FinSpace'],
    category: 'Analytics',
    docs: FINSPACE,
    status: { state: 'retired', since: '2026-10-07', source: FINSPACE },
    availability: 'End of support 7 October 2026',
  },
  {
    id: 'workmail',
    name: 'Amazon WorkMail',
    summary: 'Managed business email and calendars; end of support announced.',
    aliases: ['WorkMail', 'Amazon WorkMail'],
    category: 'Business applications',
    docs: WORKMAIL,
    status: { state: 'closed-to-new-customers', since: '', endOfSupport: '2027-03-31', source: WORKMAIL },
    availability: 'End of support 31 March 2027',
  },
  {
    id: 'migration-hub',
    name: 'AWS Migration Hub',
    summary: 'Tracked migrations and discovered servers across AWS migration tools; closed to new customers.',
    aliases: ['Migration Hub', 'AWS Migration Hub'],
    category: 'Migration',
    docs: MIGRATION_HUB,
    status: { state: 'closed-to-new-customers', since: '2025-11-07', successor: 'AWS Transform', source: MIGRATION_HUB },
    availability: 'No longer open to new customers since 7 November 2025; AWS Transform offers similar capabilities',
    checked: '2026-12-07',
  },
  {
    id: 'fraud-detector',
    name: 'Amazon Fraud Detector',
    summary: 'Managed fraud-detection models; closed to new customers.',
    aliases: ['Fraud Detector', 'Amazon Fraud Detector'],
    category: 'Machine learning',
    docs: FRAUD_DETECTOR,
    status: {
      state: 'closed-to-new-customers',
      since: '2025-11-07',
      successor: 'Amazon SageMaker, AutoGluon or AWS WAF',
      source: FRAUD_DETECTOR,
    },
    availability: 'No longer open to new customers since 7 November 2025',
  },
  {
    id: 'monitron',
    name: 'Amazon Monitron',
    summary: 'Sensors and ML for predictive maintenance of equipment; closed to new customers.',
    aliases: ['Monitron', 'Amazon Monitron'],
    category: 'Machine learning',
    docs: MONITRON,
    status: { state: 'closed-to-new-customers', since: '', source: MONITRON, note: 'Existing customers can continue to use the service as normal.' },
    availability: 'No longer open to new customers; existing customers continue',
  },
  {
    id: 'q-business',
    name: 'Amazon Q Business',
    summary: 'Generative-AI assistant over enterprise data; closed to new customers.',
    aliases: ['Q Business', 'Amazon Q Business'],
    category: 'Machine learning',
    docs: Q_BUSINESS,
    // The banner on the Q Business pages: no longer open to new customers starting on July 31, 2026.
    status: { state: 'closed-to-new-customers', since: '2026-07-31', successor: 'Amazon Quick', source: Q_BUSINESS },
    availability: 'No longer open to new customers since 31 July 2026',
  },
  {
    id: 'codecatalyst',
    name: 'Amazon CodeCatalyst',
    summary: 'Unified software development service (repos, CI/CD, issues); closed to new customers.',
    aliases: ['CodeCatalyst', 'Amazon CodeCatalyst'],
    category: 'Developer tools',
    docs: CODECATALYST,
    status: { state: 'closed-to-new-customers', since: '', source: CODECATALYST, note: 'Existing customers can continue to use the service as normal.' },
    availability: 'No longer open to new customers; existing customers continue',
  },
  {
    id: 'cloud-directory',
    name: 'Amazon Cloud Directory',
    summary: 'Hierarchical directory store for objects and relationships; closed to new customers.',
    aliases: ['Cloud Directory', 'Amazon Cloud Directory'],
    category: 'Security',
    docs: CLOUD_DIRECTORY,
    status: {
      state: 'closed-to-new-customers',
      // Earlier copies of the banner gave the date: "will no longer be open to new customers starting on November 7, 2025".
      since: '2025-11-07',
      endOfSupport: '2027-07-24',
      successor: 'Amazon DynamoDB or Amazon Neptune',
      source: CLOUD_DIRECTORY,
    },
    availability: 'No longer open to new customers since 7 November 2025; end of support 24 July 2027',
  },
  {
    id: 'cloudsearch',
    name: 'Amazon CloudSearch',
    summary: 'Managed search domains for websites and applications; closed to new customers.',
    aliases: ['CloudSearch', 'Amazon CloudSearch'],
    category: 'Analytics',
    docs: CLOUDSEARCH,
    status: {
      state: 'closed-to-new-customers',
      since: '',
      successor: 'Amazon OpenSearch Service',
      source: CLOUDSEARCH,
      note: 'Existing customers can continue to use the service as normal; AWS points to OpenSearch Service for the transition.',
    },
    availability: 'No longer available to new customers; existing customers continue',
    checked: READ_ON,
  },
  {
    id: 'data-pipeline',
    name: 'AWS Data Pipeline',
    summary: 'Scheduled data-movement and processing workflows; closed to new customers.',
    // Not the bare "Data Pipeline": "our data pipeline" is an ordinary phrase, also in title case in headings.
    aliases: ['AWS Data Pipeline', 'Amazon Data Pipeline', 'AWS DataPipeline'],
    category: 'Analytics',
    docs: DATA_PIPELINE,
    status: { state: 'closed-to-new-customers', since: '', source: DATA_PIPELINE, note: 'Existing customers can continue to use the service as normal.' },
    availability: 'No longer available to new customers; existing customers continue',
    checked: READ_ON,
  },
  {
    id: 'chime',
    name: 'Amazon Chime',
    summary: 'Meetings, chat and calling application; end of support reached.',
    aliases: ['Amazon Chime'],
    // "chime in" is a verb: the bare word counts only capitalised mid-sentence or after AWS/Amazon.
    ambiguousAliases: ['Chime'],
    category: 'Business applications',
    docs: CHIME,
    status: {
      state: 'retired',
      since: '2026-02-20',
      source: CHIME,
      note: 'After 20 February 2026 the console and Amazon Chime resources are no longer accessible; the Amazon Chime SDK is not affected.',
    },
    availability: 'End of support 20 February 2026 (the Amazon Chime SDK is not affected)',
    checked: READ_ON,
  },
  {
    id: 'workdocs',
    name: 'Amazon WorkDocs',
    summary: 'Document storage and collaboration; discontinued.',
    aliases: ['WorkDocs', 'Amazon WorkDocs'],
    category: 'Business applications',
    docs: WORKDOCS,
    status: {
      state: 'retired',
      since: '2025-04-25',
      source: WORKDOCS,
      note: 'The documentation carries the notice that new sign-ups and account upgrades are no longer available and links the migration steps.',
    },
    availability: 'Discontinued 25 April 2025; new sign-ups closed before that',
    checked: READ_ON,
  },
  {
    id: 'opsworks',
    name: 'AWS OpsWorks Stacks',
    summary: 'Chef-based application and configuration management; end of life.',
    aliases: ['OpsWorks', 'AWS OpsWorks', 'OpsWorks Stacks', 'AWS OpsWorks Stacks'],
    category: 'Management',
    docs: OPSWORKS,
    status: {
      state: 'retired',
      since: '2024-05-26',
      source: OPSWORKS,
      note: 'Disabled for both new and existing customers on 26 May 2024.',
    },
    availability: 'End of life 26 May 2024; disabled for new and existing customers',
    checked: READ_ON,
  },
  {
    id: 'codestar',
    name: 'AWS CodeStar',
    summary: 'Project templates over CodeCommit, CodeBuild and CodePipeline; discontinued.',
    aliases: ['CodeStar', 'AWS CodeStar'],
    category: 'Developer tools',
    docs: CODESTAR,
    status: {
      state: 'retired',
      since: '2024-07-31',
      source: CODESTAR,
      note: 'The console and project creation ended on 31 July 2024; resources it created (repositories, pipelines, builds) keep working. CodeStar Connections is a separate service, now AWS CodeConnections.',
    },
    availability: 'Discontinued 31 July 2024; the resources it created keep working',
    checked: READ_ON,
  },
  {
    id: 'ec2-classic',
    parent: 'ec2',
    name: 'EC2-Classic',
    summary: 'The original flat EC2 network outside any VPC, with ClassicLink to reach VPCs; retired.',
    aliases: ['EC2-Classic', 'EC2 Classic', 'ClassicLink'],
    category: 'Compute',
    docs: EC2_CLASSIC,
    status: { state: 'retired', since: '2022-08-15', successor: 'a VPC', source: EC2_CLASSIC },
    availability: 'Retired 15 August 2022; every instance runs in a VPC',
    checked: READ_ON,
  },
  {
    id: 'aurora-serverless-v1',
    parent: 'aurora',
    name: 'Amazon Aurora Serverless v1',
    summary: 'The first Aurora Serverless generation (single instance, scaling in steps); end of life.',
    aliases: ['Aurora Serverless v1', 'Aurora Serverless V1', 'Aurora Serverless version 1'],
    category: 'Database',
    docs: AURORA_SERVERLESS_V1,
    status: {
      state: 'retired',
      since: '2025-03-31',
      successor: 'Aurora Serverless v2',
      source: AURORA_SERVERLESS_V1,
      note: 'Clusters not migrated by 31 March 2025 were moved to Aurora Serverless v2 in a maintenance window, or converted to provisioned clusters if that failed.',
    },
    availability: 'End of life 31 March 2025; clusters were migrated to Aurora Serverless v2 or provisioned',
    checked: READ_ON,
  },
  // The third lifecycle pass (issue 13): the entries the second pass left, each from the notice at the top of
  // the service's own pages (Sumerian, Nimble Studio and Honeycode have no AWS page that states their end, so no card yet;
  // Alexa for Business has an undated one, below).
  {
    id: 'mediastore',
    name: 'AWS Elemental MediaStore',
    summary: 'Origin storage for live and on-demand video; support ended.',
    aliases: ['AWS Elemental MediaStore', 'Elemental MediaStore', 'MediaStore', 'mediastore', 'elemental mediastore'],
    category: 'Media',
    docs: MEDIASTORE,
    status: { state: 'retired', since: '2025-11-13', source: MEDIASTORE, note: 'After 13 November 2025 the console and MediaStore resources are no longer accessible.' },
    availability: 'End of support 13 November 2025: the console and resources are no longer available',
    checked: READ_ON,
  },
  {
    id: 'cloudwatch-evidently',
    parent: 'cloudwatch',
    name: 'Amazon CloudWatch Evidently',
    summary: 'Feature flags, launches and A/B experiments inside CloudWatch; support ended.',
    // Not the bare "Evidently": an ordinary adverb.
    aliases: ['CloudWatch Evidently', 'Amazon CloudWatch Evidently', 'AWS CloudWatch Evidently', 'cloudwatch evidently'],
    category: 'Management',
    docs: EVIDENTLY,
    status: { state: 'retired', since: '2025-10-16', source: EVIDENTLY, note: 'After 16 October 2025 the Evidently console and resources are no longer accessible.' },
    availability: 'End of support 16 October 2025',
    checked: READ_ON,
  },
  {
    id: 'lookout-for-metrics',
    name: 'Amazon Lookout for Metrics',
    summary: 'Anomaly detection on business and operational metrics; support ended.',
    aliases: ['Lookout for Metrics', 'Amazon Lookout for Metrics', 'lookout for metrics'],
    category: 'Machine learning',
    docs: LOOKOUT_METRICS,
    status: { state: 'retired', since: '2025-10-09', source: LOOKOUT_METRICS },
    availability: 'End of support 9 October 2025',
    checked: READ_ON,
  },
  {
    id: 'elastic-inference',
    name: 'Amazon Elastic Inference',
    summary: 'GPU inference accelerators attached to EC2, ECS and SageMaker; closed to new customers.',
    aliases: ['Elastic Inference', 'Amazon Elastic Inference', 'EI accelerator', 'EI accelerators', 'elastic inference'],
    category: 'Machine learning',
    docs: ELASTIC_INFERENCE,
    status: {
      state: 'closed-to-new-customers',
      since: '2023-04-15',
      source: ELASTIC_INFERENCE,
      note: 'Since 15 April 2023 new customers cannot launch instances with EI accelerators in SageMaker, ECS or EC2; customers who used it in the past 30 days can continue.',
    },
    availability: 'Closed to new customers since 15 April 2023; AWS helps current customers migrate',
    checked: READ_ON,
  },
  {
    id: 'lex-v1',
    parent: 'lex',
    name: 'Amazon Lex V1',
    summary: 'The first Amazon Lex API and console; support ended.',
    aliases: ['Lex V1', 'Amazon Lex V1', 'Lex v1', 'Amazon Lex v1', 'lex v1'],
    category: 'Machine learning',
    docs: LEX_V1,
    status: { state: 'retired', since: '2025-09-15', successor: 'Amazon Lex V2', source: LEX_V1 },
    availability: 'End of support 15 September 2025: the Lex V1 console and resources are no longer available',
    checked: READ_ON,
  },
  // The fourth lifecycle pass (issue 13, found by the second random audit): a feature closed after its
  // fact was written. The notice is at the top of every Glue for Ray page and in the Glue document history.
  {
    id: 'glue-ray',
    parent: 'glue',
    name: 'AWS Glue for Ray',
    summary: 'Ray (Python) jobs and interactive sessions in AWS Glue; closed to new customers.',
    aliases: ['Glue for Ray', 'AWS Glue for Ray', 'Glue Ray job', 'Glue Ray jobs', 'Ray jobs in AWS Glue'],
    category: 'Analytics',
    docs: GLUE_RAY,
    status: {
      state: 'closed-to-new-customers',
      since: '2026-04-30',
      source: GLUE_RAY,
      note: 'Existing customers can continue to use the service as normal.',
    },
    availability: 'No longer open to new customers since 30 April 2026; existing customers can keep using it',
    checked: READ_ON,
  },
  // Fourth lifecycle pass (facts helper session 7): availability notices found in the stored AWS docs.
  {
    id: 'ssm-change-manager',
    parent: 'ssm',
    name: 'AWS Systems Manager Change Manager',
    summary: 'Change requests, approvals and runbook-driven changes in Systems Manager; closed to new customers.',
    // Not the bare "Change Manager": in prose that is usually a person's role.
    aliases: ['AWS Systems Manager Change Manager', 'Systems Manager Change Manager', 'SSM Change Manager'],
    category: 'Management',
    docs: SSM_CHANGE_MANAGER,
    status: {
      state: 'closed-to-new-customers',
      since: '',
      source: SSM_CHANGE_MANAGER,
      note: 'The notice on the Systems Manager guide gives no date: existing customers can continue to use the service as normal.',
    },
    availability: 'No longer open to new customers; existing customers can continue to use it as normal',
    checked: '2026-12-07',
  },
  {
    id: 'sagemaker-geospatial',
    parent: 'sagemaker-ai',
    name: 'Amazon SageMaker geospatial capabilities',
    summary: 'Earth observation and vector enrichment jobs in SageMaker; closed to new customers.',
    aliases: ['SageMaker geospatial', 'Amazon SageMaker geospatial', 'SageMaker geospatial capabilities', 'Amazon SageMaker geospatial capabilities'],
    category: 'Machine learning',
    docs: SAGEMAKER_GEOSPATIAL,
    status: {
      state: 'closed-to-new-customers',
      since: '',
      source: SAGEMAKER_GEOSPATIAL,
      note: 'AWS asks users to offboard saved jobs to Amazon S3 with the ExportEarthObservationJob and ExportVectorEnrichmentJob operations; the notice gives no date.',
    },
    availability: 'No longer open to new customers; offboard saved jobs to Amazon S3 (ExportEarthObservationJob, ExportVectorEnrichmentJob)',
    checked: '2026-12-07',
  },
  // Fifth lifecycle pass (facts helper session 15): each date and successor as the notice on the cited page gives it.
  noticed('codeguru-reviewer', 'Amazon CodeGuru Reviewer', 'Developer tools', {
    summary: 'Automated code reviews of Java and Python repositories; no new repository associations.',
    aliases: ['CodeGuru Reviewer', 'Amazon CodeGuru Reviewer', 'AWS CodeGuru Reviewer', 'codeguru reviewer', 'codeguru-reviewer'],
    status: {
      state: 'closed-to-new-customers',
      since: '2025-11-07',
      successor: 'Amazon Q Developer code reviews or Amazon Inspector code security scanning',
      source: CODEGURU_REVIEWER,
      note: 'Existing repository associations keep working; new ones cannot be created.',
    },
    availability: 'No new repository associations since 7 November 2025; existing associations keep working. AWS points to Amazon Q Developer and Amazon Inspector',
  }),
  noticed('codeguru-security', 'Amazon CodeGuru Security', 'Security', {
    summary: 'Static application security testing of code with machine learning; retired.',
    aliases: ['CodeGuru Security', 'Amazon CodeGuru Security', 'AWS CodeGuru Security', 'codeguru security', 'codeguru-security'],
    status: { state: 'retired', since: '2025-11-20', source: CODEGURU_SECURITY },
    availability: 'End of support 20 November 2025: console, resources and documentation no longer available',
  }),
  noticed('connect-voice-id', 'Amazon Connect Voice ID', 'Business applications', {
    parent: 'connect',
    summary: 'Real-time caller authentication and fraud detection by voice in Amazon Connect; retired.',
    aliases: ['Amazon Connect Voice ID', 'Connect Voice ID', 'connect voice id'],
    // "voice ID" is also ordinary prose for a voice identifier.
    ambiguousAliases: ['Voice ID'],
    status: { state: 'retired', since: '2026-05-20', source: VOICE_ID },
    availability: 'End of support 20 May 2026: Voice ID, its features in the Amazon Connect admin website and Contact Control Panel, and its resources are no longer accessible',
  }),
  noticed('elastic-graphics', 'Amazon Elastic Graphics', 'Compute', {
    parent: 'ec2',
    summary: 'Network-attached GPU accelerators for EC2 instances (Elastic GPUs); retired.',
    aliases: ['Elastic Graphics', 'Amazon Elastic Graphics', 'Elastic GPU', 'Elastic GPUs', 'Amazon EC2 Elastic GPUs', 'elastic graphics'],
    // Seventeenth pass: the EC2 API (model of March 2025 on, and the CloudFormation reference after it) dropped the
    // "we recommend G4ad, G4dn or G5 instances" sentence; no current page names a successor.
    status: { state: 'retired', since: '2024-01-08', source: ELASTIC_GRAPHICS },
    availability: 'End of life 8 January 2024; RunInstances no longer accepts Elastic Graphics accelerators',
  }),
  noticed('iot-fleet-hub', 'Fleet Hub for AWS IoT Device Management', 'Internet of Things', {
    summary: 'Web applications for monitoring device fleets in AWS IoT Device Management; retired.',
    aliases: ['Fleet Hub for AWS IoT Device Management', 'AWS IoT Fleet Hub', 'IoT Fleet Hub', 'Fleet Hub', 'iot fleet hub'],
    status: { state: 'retired', since: '2025-10-18', source: FLEET_HUB, note: 'Existing customers could use Fleet Hub until 17 October 2025.' },
    availability: 'Discontinued 18 October 2025 (no new customers before that; existing customers until 17 October 2025)',
  }),
  noticed('iot-fleetwise', 'AWS IoT FleetWise', 'Internet of Things', {
    summary: 'Collects and transforms vehicle data to the cloud; closed to new customers.',
    aliases: ['IoT FleetWise', 'AWS IoT FleetWise', 'FleetWise', 'iot fleetwise'],
    status: {
      state: 'closed-to-new-customers',
      since: '2026-04-30',
      successor: 'Guidance for Connected Mobility on AWS',
      source: FLEETWISE,
      note: 'Existing AWS IoT FleetWise customers can continue using the service.',
    },
    availability: 'No longer open to new customers since 30 April 2026; existing customers continue. AWS points to the Guidance for Connected Mobility on AWS',
  }),
  noticed('dms-fleet-advisor', 'AWS DMS Fleet Advisor', 'Migration', {
    parent: 'dms',
    summary: 'Inventory of on-premises databases and migration target recommendations in AWS DMS; retired.',
    aliases: ['DMS Fleet Advisor', 'AWS DMS Fleet Advisor', 'Fleet Advisor', 'dms fleet advisor'],
    status: { state: 'retired', since: '2026-05-20', source: DMS_FLEET_ADVISOR },
    availability: 'End of support 20 May 2026: the Fleet Advisor console and resources are no longer accessible',
  }),
  noticed('iot-sitewise-monitor', 'AWS IoT SiteWise Monitor', 'Internet of Things', {
    summary: 'Managed web portals and dashboards over AWS IoT SiteWise data; closed to new customers.',
    aliases: ['IoT SiteWise Monitor', 'AWS IoT SiteWise Monitor', 'SiteWise Monitor', 'sitewise monitor'],
    status: { state: 'closed-to-new-customers', since: '2025-11-07', source: SITEWISE_MONITOR, note: 'Existing customers can continue to use the feature as normal.' },
    availability: 'No longer open to new customers since 7 November 2025; existing customers continue',
  }),
  noticed('rekognition-people-pathing', 'Amazon Rekognition People Pathing', 'Machine learning', {
    parent: 'rekognition',
    summary: 'Tracking the paths of people in stored videos (StartPersonTracking); retired.',
    aliases: ['Rekognition People Pathing', 'Amazon Rekognition People Pathing', 'People Pathing', 'StartPersonTracking', 'rekognition people pathing'],
    status: { state: 'retired', since: '2025-10-31', source: PEOPLE_PATHING },
    availability: 'End of support 31 October 2025: the People Pathing capability (StartPersonTracking, GetPersonTracking) can no longer be used',
  }),
  noticed('iot-things-graph', 'AWS IoT Things Graph', 'Internet of Things', {
    summary: 'Low-code connection of devices and services into IoT applications; discontinued.',
    aliases: ['IoT Things Graph', 'AWS IoT Things Graph', 'iot things graph'],
    status: {
      state: 'retired',
      since: '',
      source: THINGS_GRAPH,
      note: 'The AWS CLI and SDK references say the AWS IoT Things Graph service is discontinued; the reference gives no date.',
    },
    availability: 'Discontinued (the AWS CLI reference gives no date)',
  }),
  noticed('healthomics-analytics-stores', 'AWS HealthOmics variant and annotation stores', 'Analytics', {
    summary: 'HealthOmics analytics stores for genomic variants (VCF) and annotations, queried with Athena; closed to new customers.',
    aliases: ['HealthOmics variant store', 'HealthOmics variant stores', 'HealthOmics annotation store', 'HealthOmics annotation stores', 'HealthOmics analytics', 'Omics variant store'],
    status: {
      state: 'closed-to-new-customers',
      since: '',
      source: OMICS_STORES,
      note: 'The notice on the HealthOmics guide gives no date: existing customers can continue to use the service as normal.',
    },
    availability: 'No longer open to new customers; existing customers continue (the notice gives no date)',
  }),
  // The SDK reference's service description is the only AWS page found for it; it gives no date.
  {
    id: 'alexa-for-business',
    name: 'Alexa for Business',
    summary: 'Managed Alexa devices, rooms and skills for workplaces; retired.',
    aliases: ['Alexa for Business', 'Amazon Alexa for Business', 'AWS Alexa for Business', 'AlexaForBusiness'],
    category: 'Business applications',
    docs: ALEXA_FOR_BUSINESS,
    status: {
      state: 'retired',
      since: '',
      source: ALEXA_FOR_BUSINESS,
      note: 'The AWS SDK reference says Alexa for Business has been retired and is no longer supported; it gives no date.',
    },
    availability: 'Retired and no longer supported',
    checked: READ_ON,
  },
];

/**
 * Active services whose names contain a retired one's: without their own card, the longest alias
 * ("Amazon Chime" in "Amazon Chime SDK") would report a live service as retired.
 */
export const NAME_GUARD_CARDS: readonly string[] = ['chime-sdk'];

const chimeSdk: ServiceCard = {
  id: 'chime-sdk',
  name: 'Amazon Chime SDK',
  summary: 'Building blocks for real-time audio, video, messaging and telephony in your own applications.',
  aliases: ['Amazon Chime SDK', 'Chime SDK'],
  category: 'Business applications',
  docs: CHIME,
  status: { state: 'active' },
  facts: [text('chime-sdk.availability', 'Availability', 'behaviour', 'Not affected by the end of support of the Amazon Chime application (20 February 2026)', CHIME, { checked: READ_ON })],
};

const codeConnections: ServiceCard = {
  id: 'codeconnections',
  name: 'AWS CodeConnections',
  summary: 'Connections from CodePipeline and other AWS services to GitHub, GitLab and Bitbucket repositories.',
  aliases: ['CodeConnections', 'AWS CodeConnections', 'CodeStar Connections', 'AWS CodeStar Connections'],
  category: 'Developer tools',
  docs: CONNECTIONS_RENAME,
  status: { state: 'active' },
  formerNames: [{ name: 'AWS CodeStar Connections', until: '2024-03-29', source: CONNECTIONS_RENAME }],
  facts: [
    text('codeconnections.name', 'Name', 'lifecycle', 'Renamed from AWS CodeStar Connections on 29 March 2024', CONNECTIONS_RENAME, { checked: READ_ON }),
    text('codeconnections.prefix', 'Service prefix', 'behaviour', 'codeconnections (APIs, CLI, ARNs); actions and resources under codestar-connections remain available, and an IAM policy must use the prefix of the resource', CONNECTIONS_RENAME, { checked: READ_ON }),
    text('codeconnections.console-arn', 'New connections', 'behaviour', 'Since 1 July 2024 the console creates connections with codeconnections in the ARN; both kinds are listed', CONNECTIONS_RENAME, { checked: READ_ON }),
  ],
};

const infrastructureComposer: ServiceCard = {
  id: 'infrastructure-composer',
  parent: 'cloudformation',
  name: 'AWS Infrastructure Composer',
  summary: 'Visual designer for CloudFormation and AWS SAM templates, in its console, the CloudFormation console and VS Code.',
  aliases: ['Infrastructure Composer', 'AWS Infrastructure Composer', 'Application Composer', 'AWS Application Composer'],
  category: 'Management',
  docs: COMPOSER,
  status: { state: 'active' },
  formerNames: [{ name: 'AWS Application Composer', until: '2024-10', source: COMPOSER }],
  facts: [
    text('infrastructure-composer.name', 'Name', 'lifecycle', 'Renamed from AWS Application Composer in October 2024', COMPOSER, { checked: READ_ON }),
    text('infrastructure-composer.where', 'Where it runs', 'behaviour', 'Its own console, CloudFormation console mode, and the AWS Toolkit for Visual Studio Code', COMPOSER_WHERE, { checked: READ_ON }),
    text('infrastructure-composer.deploy', 'Deployment', 'behaviour', 'Designs deploy through any CloudFormation-compatible service; AWS recommends AWS SAM (sam sync for local changes)', COMPOSER_DEPLOY, { checked: READ_ON }),
  ],
};

// Fifth lifecycle pass: a rename people still write ("we use CodeWhisperer in the IDE"). Every fact is read on the
// rename page of the Q Developer guide.
const Q_DEVELOPER_FACTS: ReadonlyArray<readonly [string, string, 'lifecycle' | 'behaviour', string]> = [
  ['name', 'Name', 'lifecycle', 'Amazon CodeWhisperer became part of Amazon Q Developer on 30 April 2024 (inline code suggestions and security scans included)'],
  ['features', 'From CodeWhisperer', 'behaviour', 'Coding suggestions in third-party IDEs, in the context of other AWS services and at the command line; code reviews; a dashboard; chat in the AWS Management Console'],
  ['pro-tier', 'Professional tier', 'behaviour', 'Amazon Q Developer Pro; its administrative setup differs from CodeWhisperer Professional'],
];

const qDeveloper: ServiceCard = {
  id: 'q-developer',
  name: 'Amazon Q Developer',
  summary: 'Generative-AI assistant for software development: code suggestions in the IDE and command line, code reviews, chat in the console.',
  aliases: ['Amazon Q Developer', 'Q Developer', 'Amazon Q Developer Pro', 'Amazon CodeWhisperer', 'CodeWhisperer', 'AWS CodeWhisperer', 'codewhisperer'],
  category: 'Developer tools',
  docs: Q_DEVELOPER_RENAME,
  status: { state: 'active' },
  formerNames: [{ name: 'Amazon CodeWhisperer', until: '2024-04-30', source: Q_DEVELOPER_RENAME }],
  facts: Q_DEVELOPER_FACTS.map(([key, label, kind, value]) => text(`q-developer.${key}`, label, kind, value, Q_DEVELOPER_RENAME, { checked: FIFTH_PASS_ON })),
};

// Sixteenth pass: renames whose AWS pages give the new name and no date. The old name is an alias (recognised, the
// card shown) and an undated former name; the rename facts say "formerly …" with no date.
const SIXTEENTH_PASS_ON = '2026-12-07';
const CHATBOT_RENAME = 'https://docs.aws.amazon.com/chatbot/latest/adminguide/customizing-chatbot.html';
const CHATBOT_SLR = 'https://docs.aws.amazon.com/chatbot/latest/adminguide/slr-permissions.html';
const SECURE_BROWSER_DOCS = 'https://docs.aws.amazon.com/workspaces-web/';
const SECURE_BROWSER_SECURITY = 'https://docs.aws.amazon.com/workspaces-web/latest/adminguide/infrastructure-security.html';
const SECURE_BROWSER_SDK = 'https://docs.aws.amazon.com/java/api/latest/software/amazon/awssdk/services/workspacesweb/package-summary.html';

/** A live service renamed on a date no AWS page gives: the old name is an alias and an undated former name. */
function undatedRename(
  card: Pick<ServiceCard, 'id' | 'name' | 'summary' | 'aliases' | 'category' | 'docs'> & Partial<Pick<ServiceCard, 'parent'>>,
  former: UndatedFormerName,
  facts: ReadonlyArray<readonly [key: string, label: string, kind: FactKind, value: string | readonly string[], source: string]>,
): ServiceCard {
  const extra = { checked: SIXTEENTH_PASS_ON };
  return {
    ...card,
    status: { state: 'active' },
    formerNamesUndated: [former],
    facts: facts.map(([key, label, kind, value, source]) =>
      typeof value === 'string' ? text(`${card.id}.${key}`, label, kind, value, source, extra) : list(`${card.id}.${key}`, label, kind, value, source, extra),
    ),
  };
}

const qDeveloperChat = undatedRename(
  {
    id: 'q-developer-chat',
    parent: 'q-developer',
    name: 'Amazon Q Developer in chat applications',
    summary: 'Monitors and operates AWS resources from chat channels: notifications, actions, command aliases and Amazon Bedrock agents.',
    aliases: ['Amazon Q Developer in chat applications', 'Q Developer in chat applications', 'AWS Chatbot', 'aws chatbot'],
    category: 'Management',
    docs: CHATBOT_RENAME,
  },
  { name: 'AWS Chatbot', source: CHATBOT_RENAME, note: 'every page of the administrator guide carries "AWS Chatbot is now Amazon Q Developer"; none gives a date' },
  [
    ['name', 'Name', 'lifecycle', 'Formerly AWS Chatbot (the AWS pages read give no date for the rename)', CHATBOT_RENAME],
    ['api', 'API and IAM names', 'behaviour', 'Still chatbot: the service-linked role is AWSServiceRoleForAWSChatbot, trusted by management.chatbot.amazonaws.com', CHATBOT_SLR],
    ['customize', 'What you can customize', 'behaviour', ['notifications', 'actions', 'command aliases', 'Amazon Bedrock agents'], CHATBOT_RENAME],
  ],
);

const secureBrowser = undatedRename(
  {
    id: 'workspaces-secure-browser',
    name: 'Amazon WorkSpaces Secure Browser',
    summary: 'Fully managed, hosted browser service: users reach private websites and SaaS web applications and browse the internet from a disposable container.',
    aliases: ['Amazon WorkSpaces Secure Browser', 'WorkSpaces Secure Browser', 'Amazon WorkSpaces Web', 'WorkSpaces Web', 'AWS WorkSpaces Web'],
    category: 'Business applications',
    docs: SECURE_BROWSER_DOCS,
  },
  {
    name: 'Amazon WorkSpaces Web',
    source: SECURE_BROWSER_SDK,
    note: 'the SDK reference names the client "Amazon WorkSpaces Web" and describes the service as Amazon WorkSpaces Secure Browser; no AWS page read dates the rename',
  },
  [
    ['name', 'Name', 'lifecycle', 'Formerly Amazon WorkSpaces Web; the API, CLI and SDKs keep workspaces-web (the AWS pages read give no date for the rename)', SECURE_BROWSER_SDK],
    ['what', 'What it is', 'behaviour', 'A fully managed, hosted browser: users reach private websites and SaaS web applications and browse the internet from a disposable container', SECURE_BROWSER_DOCS],
    ['network', 'Network access', 'behaviour', "Internet access is controlled through the portal's network settings (VPC, subnets, security groups); VPC endpoints (PrivateLink) are not supported", SECURE_BROWSER_SECURITY],
  ],
);

export const lifecycleCards: readonly ServiceCard[] = [
  ...RETIREMENTS.map(lifecycleCard),
  chimeSdk,
  codeConnections,
  infrastructureComposer,
  qDeveloper,
  qDeveloperChat,
  secureBrowser,
];
