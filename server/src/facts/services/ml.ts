import type { ServiceCard } from '../types';
import { num, range, text } from '../build';
import { list } from './util';

const REK = 'https://docs.aws.amazon.com/rekognition/latest/dg/what-is.html';
const REK_LIMITS = 'https://docs.aws.amazon.com/rekognition/latest/dg/limits.html';
const REK_MODERATION = 'https://docs.aws.amazon.com/rekognition/latest/dg/moderation.html';
const POLLY = 'https://docs.aws.amazon.com/polly/latest/dg/what-is.html';
const POLLY_SSML = 'https://docs.aws.amazon.com/polly/latest/dg/ssml.html';
const POLLY_LIMITS = 'https://docs.aws.amazon.com/polly/latest/dg/limits.html';
const POLLY_VOICES = 'https://docs.aws.amazon.com/polly/latest/dg/voice-engines-polly.html';
const POLLY_LEXICONS = 'https://docs.aws.amazon.com/polly/latest/dg/managing-lexicons.html';
const TRANSCRIBE = 'https://docs.aws.amazon.com/transcribe/latest/dg/what-is.html';
const TRANSCRIBE_LIMITS = 'https://docs.aws.amazon.com/transcribe/latest/dg/limits-guidelines.html';
const TRANSCRIBE_PII = 'https://docs.aws.amazon.com/transcribe/latest/dg/pii-redaction.html';
const TRANSLATE = 'https://docs.aws.amazon.com/translate/latest/dg/what-is.html';
const TRANSLATE_LIMITS = 'https://docs.aws.amazon.com/translate/latest/dg/what-is-limits.html';
const TRANSLATE_TERMS = 'https://docs.aws.amazon.com/translate/latest/dg/how-custom-terminology.html';
const LEX = 'https://docs.aws.amazon.com/lexv2/latest/dg/what-is.html';
const LEX_TIMEOUT = 'https://docs.aws.amazon.com/lexv2/latest/APIReference/API_CreateBot.html#lexv2-CreateBot-request-idleSessionTTLInSeconds';
const LEX_CONCEPTS = 'https://docs.aws.amazon.com/lexv2/latest/dg/how-it-works.html';
const CONNECT = 'https://docs.aws.amazon.com/connect/latest/adminguide/what-is-amazon-connect.html';
const CONNECT_PRICING = 'https://aws.amazon.com/connect/pricing/';
const CONNECT_LEX = 'https://docs.aws.amazon.com/connect/latest/adminguide/amazon-lex.html';
const COMPREHEND = 'https://docs.aws.amazon.com/comprehend/latest/dg/what-is.html';
const COMPREHEND_CUSTOM = 'https://docs.aws.amazon.com/comprehend/latest/dg/auto-ml.html';
const COMPREHEND_PII = 'https://docs.aws.amazon.com/comprehend/latest/dg/how-pii.html';
const CM = 'https://docs.aws.amazon.com/comprehend-medical/latest/dev/comprehendmedical-welcome.html';
const CM_ONTOLOGY = 'https://docs.aws.amazon.com/comprehend-medical/latest/dev/comprehendmedical-ontologies.html';
const CM_PHI = 'https://docs.aws.amazon.com/comprehend-medical/latest/api/API_DetectPHI.html';
const SM = 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html';
const SM_DEPLOY = 'https://docs.aws.amazon.com/sagemaker/latest/dg/deploy-model.html';
const SM_ASYNC = 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html';
const SM_RENAME = 'https://aws.amazon.com/sagemaker-ai/';
const FORECAST = 'https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html';
const FORECAST_PREDICTORS = 'https://docs.aws.amazon.com/forecast/latest/dg/howitworks-predictor.html';
const FORECAST_TRANSITION = 'https://aws.amazon.com/blogs/machine-learning/transition-your-amazon-forecast-usage-to-amazon-sagemaker-canvas/';
const KENDRA = 'https://docs.aws.amazon.com/kendra/latest/dg/what-is-kendra.html';
const KENDRA_CONNECTORS = 'https://docs.aws.amazon.com/kendra/latest/APIReference/API_CreateDataSource.html';
const PERSONALIZE = 'https://docs.aws.amazon.com/personalize/latest/dg/what-is-personalize.html';
const PERSONALIZE_RECIPES = 'https://docs.aws.amazon.com/personalize/latest/dg/working-with-predefined-recipes.html';
const PERSONALIZE_EVENTS = 'https://docs.aws.amazon.com/personalize/latest/dg/recording-events.html';
const TEXTRACT = 'https://docs.aws.amazon.com/textract/latest/dg/what-is.html';
const TEXTRACT_LIMITS = 'https://docs.aws.amazon.com/textract/latest/dg/limits-document.html';
const KENDRA_CREATE_INDEX_API = 'https://docs.aws.amazon.com/kendra/latest/APIReference/API_CreateIndex.html';
const TEXTRACT_ANALYZE_API = 'https://docs.aws.amazon.com/textract/latest/dg/API_AnalyzeDocument.html';

export const rekognition: ServiceCard = {
  id: 'rekognition',
  name: 'Amazon Rekognition',
  summary: 'Image and video analysis: labels, faces, text, celebrities, content moderation and custom labels.',
  aliases: ['Rekognition', 'Amazon Rekognition', 'Amazon Recognition', 'Rekognition Custom Labels'],
  category: 'Machine learning',
  docs: REK,
  facts: [
    text('rekognition.name', 'Spelling', 'behaviour', 'Amazon Rekognition (with a k)', REK, {
      seedLine: 3155,
      changed: { notes: 'Amazon Recognition', note: 'The service is spelled Rekognition.' },
    }),
    list('rekognition.image-size', 'Image size limits', 'limit', ['15 MB from S3', '5 MB as raw bytes'], REK_LIMITS),
    list('rekognition.capabilities', 'Capabilities', 'behaviour', ['labels and objects', 'faces (detect, compare, search collections)', 'text in images', 'content moderation', 'custom labels', 'video analysis'], REK),
    text('rekognition.moderation', 'Content moderation', 'behaviour', 'Detects unsafe content with a hierarchical label taxonomy and confidence scores', REK_MODERATION),
  ],
};

export const polly: ServiceCard = {
  id: 'polly',
  name: 'Amazon Polly',
  summary: 'Text-to-speech with standard, neural, long-form and generative voices, SSML and pronunciation lexicons.',
  aliases: ['Amazon Polly', 'SSML', 'Speech Synthesis Markup Language'],
  ambiguousAliases: ['Polly'],
  category: 'Machine learning',
  docs: POLLY,
  facts: [
    text('polly.ssml', 'Markup', 'behaviour', 'SSML (Speech Synthesis Markup Language) for pauses, speech rate and pitch, and phonetic pronunciation', POLLY_SSML, {
      seedLine: 3201,
      changed: { notes: 'SSM (Speech Synthesis Markup) language', note: 'The markup is SSML; SSM is Systems Manager.' },
    }),
    num('polly.sync-characters', 'SynthesizeSpeech billed characters per request', 'limit', 3_000, 'count', POLLY_LIMITS, { hardLimit: true, detail: 'Long texts use asynchronous synthesis tasks to S3.' }),
    list('polly.engines', 'Voice engines', 'behaviour', ['standard', 'neural', 'long-form', 'generative'], POLLY_VOICES),
    text('polly.lexicons', 'Lexicons', 'behaviour', 'Custom pronunciation lexicons (PLS) applied at synthesis', POLLY_LEXICONS),
  ],
};

export const transcribe: ServiceCard = {
  id: 'transcribe',
  name: 'Amazon Transcribe',
  summary: 'Automatic speech recognition for batch files and real-time streams, with custom vocabularies and PII redaction.',
  aliases: ['Amazon Transcribe', 'Transcribe Medical', 'Transcribe Call Analytics'],
  ambiguousAliases: ['Transcribe'],
  category: 'Machine learning',
  docs: TRANSCRIBE,
  facts: [
    list('transcribe.batch-limits', 'Batch file limits', 'limit', ['4 hours of audio', '2 GB'], `${TRANSCRIBE_LIMITS}#limits`, { hardLimit: true }),
    list('transcribe.modes', 'Modes', 'behaviour', ['batch (media files in an S3 bucket)', 'streaming (real time)'], TRANSCRIBE),
    text('transcribe.pii', 'PII redaction', 'behaviour', 'Identify or redact personally identifiable information in transcripts', TRANSCRIBE_PII),
  ],
};

export const translate: ServiceCard = {
  id: 'translate',
  name: 'Amazon Translate',
  summary: 'Neural machine translation, real-time or batch, with custom terminology and formality settings.',
  aliases: ['Amazon Translate', 'AWS Translate'],
  ambiguousAliases: ['Translate'],
  category: 'Machine learning',
  docs: TRANSLATE,
  facts: [
    num('translate.realtime-size', 'Real-time TranslateText request size', 'limit', 10_000, 'bytes', TRANSLATE_LIMITS, { hardLimit: true }),
    list('translate.modes', 'Modes', 'behaviour', ['real-time (text, documents)', 'batch (S3)'], TRANSLATE),
    text('translate.terminology', 'Custom terminology', 'behaviour', 'Force translations of brand names and domain terms', TRANSLATE_TERMS),
  ],
};

export const lex: ServiceCard = {
  id: 'lex',
  name: 'Amazon Lex',
  summary: 'Conversational interfaces (chat and voice bots) with intents, slots and Lambda fulfilment — the technology behind Alexa.',
  aliases: ['Amazon Lex', 'Lex V2', 'Amazon Lex V2', 'Lex bot', 'Lex bots'],
  ambiguousAliases: ['Lex'],
  category: 'Machine learning',
  docs: LEX,
  facts: [
    list('lex.concepts', 'Building blocks', 'behaviour', ['bot', 'intents', 'utterances', 'slots', 'fulfilment (Lambda)'], LEX_CONCEPTS),
    range('lex.session-timeout', 'Idle session timeout', { min: 60, max: 86_400 }, 'seconds', LEX_TIMEOUT, {
      hardLimit: true,
      detail: 'idleSessionTTLInSeconds: between 60 (1 minute) and 86,400 (24 hours) seconds; when no conversation happens for that long the session expires and Lex deletes its data.',
    }),
    text('lex.integrations', 'Integrations', 'behaviour', 'Amazon Connect contact flows, Lambda, web and mobile clients', CONNECT_LEX),
  ],
};

export const connect: ServiceCard = {
  id: 'connect',
  name: 'Amazon Connect',
  summary: 'Cloud contact centre: voice, chat, tasks and email with pay-as-you-go pricing and Lex/AI integrations.',
  aliases: ['Amazon Connect', 'AWS Connect', 'Connect contact flow', 'contact flow', 'contact flows'],
  ambiguousAliases: ['Connect'],
  category: 'Business applications',
  docs: CONNECT,
  facts: [
    text('connect.pricing', 'Pricing', 'price', 'Pay per use (per minute or message), no up-front commitments or seat licences', CONNECT_PRICING),
    list('connect.channels', 'Channels', 'behaviour', ['voice', 'chat', 'tasks', 'email', 'outbound campaigns'], CONNECT),
    text('connect.lex', 'Self-service bots', 'behaviour', 'Amazon Lex bots in contact flows for IVR and chat', CONNECT_LEX),
  ],
};

export const comprehend: ServiceCard = {
  id: 'comprehend',
  name: 'Amazon Comprehend',
  summary: 'Natural-language processing: entities, key phrases, sentiment, language, PII and custom classifiers.',
  aliases: ['Amazon Comprehend'],
  ambiguousAliases: ['Comprehend'],
  category: 'Machine learning',
  docs: COMPREHEND,
  facts: [
    list('comprehend.insights', 'Built-in analyses', 'behaviour', ['entities', 'key phrases', 'sentiment', 'targeted sentiment', 'dominant language', 'syntax', 'PII', 'topic modelling'], COMPREHEND),
    text('comprehend.custom', 'Custom models', 'behaviour', 'Custom classification and custom entity recognition trained on your labelled data', COMPREHEND_CUSTOM),
    text('comprehend.pii', 'PII', 'behaviour', 'Detect or redact personally identifiable information', COMPREHEND_PII),
  ],
};

export const comprehendMedical: ServiceCard = {
  id: 'comprehend-medical',
  parent: 'comprehend',
  name: 'Amazon Comprehend Medical',
  summary: 'HIPAA-eligible NLP that extracts medical entities and protected health information (PHI) from clinical text.',
  aliases: ['Comprehend Medical', 'Amazon Comprehend Medical', 'PHI'],
  category: 'Machine learning',
  docs: CM,
  facts: [
    text('comprehend-medical.phi', 'PHI detection', 'behaviour', 'DetectPHI finds protected health information', CM_PHI),
    list('comprehend-medical.ontologies', 'Ontology linking', 'behaviour', ['ICD-10-CM', 'RxNorm', 'SNOMED CT'], CM_ONTOLOGY),
    text('comprehend-medical.hipaa', 'Compliance', 'behaviour', 'HIPAA eligible', CM),
  ],
};

export const sagemakerAi: ServiceCard = {
  id: 'sagemaker-ai',
  name: 'Amazon SageMaker AI',
  summary: 'Build, train and deploy machine-learning models (formerly Amazon SageMaker; the name now covers the unified data/AI platform).',
  aliases: ['SageMaker AI', 'Amazon SageMaker AI', 'SageMaker', 'Amazon SageMaker', 'SageMaker Studio', 'SageMaker Canvas', 'SageMaker endpoint'],
  category: 'Machine learning',
  docs: SM,
  formerNames: [{ name: 'Amazon SageMaker', until: '2024-12-03', source: SM_RENAME }],
  facts: [
    text('sagemaker-ai.name', 'Name', 'lifecycle', 'The ML service was renamed Amazon SageMaker AI in December 2024; "Amazon SageMaker" now names the unified data and AI platform', SM_RENAME, {
      seedLine: 3302,
      changed: { notes: 'Amazon SageMaker', note: 'Renamed Amazon SageMaker AI.' },
    }),
    list('sagemaker-ai.inference', 'Inference options', 'behaviour', ['real-time endpoints', 'serverless inference', 'asynchronous inference', 'batch transform'], SM_DEPLOY),
    text('sagemaker-ai.async', 'Asynchronous inference', 'limit', 'Payloads up to 1 GB and processing up to one hour; scales to zero', SM_ASYNC),
  ],
};

export const forecast: ServiceCard = {
  id: 'forecast',
  name: 'Amazon Forecast',
  summary: 'Managed time-series forecasting with ML; closed to new customers.',
  aliases: ['Amazon Forecast', 'AWS Forecast'],
  ambiguousAliases: ['Forecast'],
  category: 'Machine learning',
  docs: FORECAST,
  status: {
    state: 'closed-to-new-customers',
    since: '2024-07-29',
    successor: 'Amazon SageMaker Canvas (time-series forecasting)',
    source: FORECAST_TRANSITION,
  },
  facts: [
    text('forecast.lifecycle', 'Availability', 'lifecycle', 'No longer available to new customers since 29 July 2024; existing customers continue', FORECAST_TRANSITION, {
      seedLine: 3327,
      changed: { notes: 'fully managed ML forecasting service', note: 'Closed to new customers; AWS suggests SageMaker Canvas.' },
    }),
    text('forecast.what', 'What it does', 'behaviour', 'Time-series forecasts from historical data plus related data, with AutoML predictors', FORECAST_PREDICTORS),
    text('forecast.successor', 'Successor', 'behaviour', 'SageMaker Canvas time-series forecasting (no-code) or SageMaker AI', FORECAST_TRANSITION),
  ],
};

export const kendra: ServiceCard = {
  id: 'kendra',
  name: 'Amazon Kendra',
  summary: 'ML-powered enterprise search with natural-language questions over documents from many connectors.',
  aliases: ['Kendra', 'Amazon Kendra'],
  category: 'Machine learning',
  docs: KENDRA,
  facts: [
    list('kendra.editions', 'Editions', 'behaviour', ['Developer', 'Enterprise', 'GenAI Enterprise'], KENDRA_CREATE_INDEX_API),
    list('kendra.connectors', 'Example connectors', 'behaviour', ['Amazon S3', 'SharePoint', 'Confluence', 'Salesforce', 'ServiceNow', 'databases', 'web crawler'], KENDRA_CONNECTORS),
    text('kendra.answers', 'Answers', 'behaviour', 'Natural-language questions return extracted answers, FAQs and ranked documents; also a retriever for RAG', KENDRA),
  ],
};

export const personalize: ServiceCard = {
  id: 'personalize',
  name: 'Amazon Personalize',
  summary: 'Real-time personalised recommendations from interaction data, using the same technology as Amazon.com.',
  aliases: ['Amazon Personalize'],
  ambiguousAliases: ['Personalize'],
  category: 'Machine learning',
  docs: PERSONALIZE,
  facts: [
    list('personalize.recipes', 'Recipe types', 'behaviour', ['user personalization', 'related items', 'personalized ranking', 'trending/popular items', 'user segmentation'], PERSONALIZE_RECIPES),
    text('personalize.data', 'Data ingestion', 'behaviour', 'Bulk import from S3 plus real-time events through an event tracker', PERSONALIZE_EVENTS),
    text('personalize.serving', 'Serving', 'behaviour', 'Real-time recommendations from campaigns/recommenders, or batch inference jobs', PERSONALIZE),
  ],
};

export const textract: ServiceCard = {
  id: 'textract',
  name: 'Amazon Textract',
  summary: 'Extracts printed and handwritten text, forms, tables and query answers from scanned documents.',
  aliases: ['Textract', 'Amazon Textract'],
  category: 'Machine learning',
  docs: TEXTRACT,
  facts: [
    list('textract.sync-limits', 'Synchronous operations', 'limit', ['JPEG, PNG, PDF, TIFF', '10 MB', 'single page'], TEXTRACT_LIMITS),
    list('textract.async-limits', 'Asynchronous operations (PDF/TIFF in S3)', 'limit', ['500 MB', '3,000 pages'], TEXTRACT_LIMITS),
    list('textract.features', 'Features', 'behaviour', ['text (OCR)', 'forms (key-value)', 'tables', 'queries', 'signatures', 'layout', 'expense and ID analysis'], TEXTRACT_ANALYZE_API, {
      detail: 'AnalyzeDocument feature types TABLES, FORMS, QUERIES, SIGNATURES and LAYOUT (layout since September 2023); lines and words are always returned. Invoices and receipts (AnalyzeExpense) and identity documents (AnalyzeID) are separate operations of the same API.',
    }),
  ],
};
