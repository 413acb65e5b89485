import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const CFN = /\b(?:AWS\s+)?CloudFormation\b|\bCFN\b|\bSAM\b|\b(?:CloudFormation\s+)?stacks?\b|\b(?:CloudFormation\s+|the\s+|a\s+|our\s+)?templates?\b/i;
const TEMPLATE_ORDER = String.raw`(?:in\s+(?:the\s+)?(?:same\s+|exact\s+)?order\s+(?:(?:that|in\s+which)\s+)?(?:they\s+|the\s+resources\s+|resources\s+)?(?:are\s+|were\s+)?(?:appear(?:s|ed)?|listed|declared|defined|written|specified|laid\s+out|placed)(?:\s+(?:in|within|inside)\s+(?:the\s+|your\s+|our\s+)?(?:template|file|YAML|JSON|stack))?|in\s+(?:the\s+)?(?:(?:correct|right|proper)\s+)?order\s+(?:as\s+)?specified|(?:from\s+)?top[- ]to[- ]bottom|in\s+(?:template|file|declaration|document)\s+order|sequentially\s+(?:as|in\s+the\s+order)\s+(?:listed|declared|written|defined))`;
/**
 * Template order as creation order: "CloudFormation creates resources in the order they appear in the
 * template", "resources are provisioned in the order specified", "the stack builds them top to bottom".
 */
const IN_TEMPLATE_ORDER: readonly ClaimFrame[] = [
  {
    subject: CFN,
    predicate: new RegExp(
      String.raw`\b(?:creates?|provisions?|deploys?|builds?|launches?|processes?|creat(?:ed|ing)|provision(?:ed|ing)|deploy(?:ed|ing)|buil(?:t|ding)|launch(?:ed|ing)|process(?:ed|ing))\b[^.;]{0,40}?\b${TEMPLATE_ORDER}`,
      'i',
    ),
    reach: 60,
    subjectInScope: true,
  },
  {
    subject: CFN,
    predicate:
      /\b(?:the\s+)?order\s+(?:of\s+(?:the\s+)?resources\s+)?in\s+the\s+template\s+(?:determines|decides|controls|defines|sets|dictates)\b|\b(?:the\s+)?(?:template|declaration)\s+order\s+(?:determines|decides|controls|defines|sets|dictates)\b/i,
    reach: 40,
  },
];
/** Dependencies named (Ref, GetAtt, DependsOn, graph, parallel): the writer knows where order comes from. */
const KNOWS_DEPENDENCIES = /\bDependsOn\b|\bdepends[_ ]on\b|\bdependenc(?:y|ies)\b(?!\s+(?:are|is|get|gets)\s+(?:met|satisfied|respected|honou?red|handled))|\bRef\b|\bGetAtt\b|\bFn::|!Ref\b|!GetAtt\b|!Sub\b|\bgraph\b|\bparallel\b|\bTerraform\b|\bnested\s+stacks?\b|\bStackSets?\b|\bchange\s+sets?\b|\bcdk\s+deploy\b|\bstages?\b|\bpipeline\b|\bwaves?\b/i;

export const cloudformationTemplateOrder: ContextRule = {
  id: 'cloudformation-template-order',
  scope: 'context',
  cue: { words: ['order', 'top', 'sequentially'] },
  description: 'CloudFormation said to create resources in the order the template lists them, although order comes from dependencies.',
  rationale:
    'CloudFormation creates, updates and deletes resources in parallel as far as it can. The order comes from dependencies: a ' +
    'Ref, Fn::GetAtt or Fn::Sub to another resource, or a DependsOn attribute. Where a template lists its resources has no effect, ' +
    'so a resource that must wait for another (a route that needs the gateway attachment, an instance that needs a database) needs ' +
    'a reference or DependsOn. Text that names dependencies, DependsOn or references is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['cloudformation.ordering'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'CloudFormation creates the resources in the order they appear in the template.',
        flagged: ['CloudFormation creates the resources in the order they appear in the template'],
      },
      { text: 'In a CloudFormation stack, resources are provisioned in the order specified.', flagged: ['CloudFormation stack, resources are provisioned in the order specified'] },
      { text: 'The template order determines what CloudFormation builds first.', flagged: ['The template order determines what CloudFormation'] },
    ],
    pass: [
      'CloudFormation creates resources in parallel unless a Ref or DependsOn orders them.',
      'CloudFormation does not create resources in the order they appear in the template.',
      'Does CloudFormation create resources in the order they appear in the template?',
      'The runbook lists the steps in the order they are performed.',
      'Unlike a shell script, the template is not run top to bottom.',
    ],
  },
  fromSection: { services: ['cloudformation'], cue: /\border\b|\btop[- ]to[- ]bottom\b|\bsequentially\b/i },
  check(context, report) {
    if (!/\border\b|\btop[- ]to[- ]bottom\b|\bsequentially\b/i.test(context.text) || !/\bCloudFormation\b|\bCFN\b|\bSAM\b|\bstack|\btemplate/i.test([context.text, context.lead, ...context.parents.map((p) => p.text)].join(' '))) return;
    if (KNOWS_DEPENDENCIES.test(context.text)) return;
    for (const claim of assertedClaims(context, IN_TEMPLATE_ORDER, { requires: /\bresources?\b|\bCloudFormation\b|\bCFN\b|\bstack\b/i })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'CloudFormation orders creation by dependencies (Ref, Fn::GetAtt, Fn::Sub, DependsOn) and creates the rest in parallel; template order has no effect.',
      });
    }
  },
};
