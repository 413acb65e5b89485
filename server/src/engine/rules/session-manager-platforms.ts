import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const SESSION_MANAGER = /\b(?:(?:AWS\s+)?(?:SSM|Systems\s+Manager)\s+)?Session\s+Manager\b/i;
const UNIX = String.raw`(?:Linux|macOS|Mac(?:\s+OS)?|Unix)`;
const NODES = String.raw`(?:\s+(?:platforms?|instances|nodes|managed\s+nodes|operating\s+systems|OSe?s|hosts|servers|machines))?`;
/**
 * Windows left out: "Session Manager supports Linux and macOS platforms", "Session Manager only works
 * on Linux", "Session Manager is Linux-only", "it cannot connect to Windows instances". Session Manager
 * supports Linux, macOS and Windows Server managed nodes.
 */
const NO_WINDOWS: readonly ClaimFrame[] = [
  {
    subject: SESSION_MANAGER,
    predicate: new RegExp(
      String.raw`\b(?:supports?|works?\s+(?:on|with)|runs?\s+on|is\s+available\s+(?:for|on)|connects?\s+to)\s+(?:only\s+)?${UNIX}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|&\s*|/\s*)${UNIX})+${NODES}\b|\bonly\s+(?:supports?|works?\s+(?:on|with)|runs?\s+on|is\s+available\s+(?:for|on))\s+${UNIX}${NODES}\b|\b(?:supports?|works?\s+(?:on|with)|runs?\s+on)\s+${UNIX}${NODES}\s+only\b|\b(?:Linux|Unix)[- ]only\b|\b(?:does\s+not|doesn't|cannot|can't|can\s+not)\s+(?:support|connect\s+to|work\s+(?:on|with)|be\s+used\s+(?:on|with|for))\s+(?:the\s+)?Windows\b`,
      'i',
    ),
    reach: 40,
    ordered: true,
  },
];
/** EC2 Instance Connect, SSH or another tool between Session Manager and the platforms owns them. */
const OTHER_TOOL = /\bInstance\s+Connect\b|\bEC2\s+Serial\s+Console\b|\bSSH\b|\bRDP\b|\bFleet\s+Manager\b|\bport\s+forwarding\b/i;

export const sessionManagerPlatforms: ContextRule = {
  id: 'session-manager-platforms',
  scope: 'context',
  cue: { words: ['session'] },
  description: 'SSM Session Manager said to support only Linux (and macOS), although it also connects to Windows Server managed nodes.',
  rationale:
    'AWS Systems Manager Session Manager opens shell sessions on Linux, macOS and Windows Server managed nodes (EC2 instances and ' +
    'on-premises servers with the SSM Agent), with no inbound ports, bastions or SSH keys. A design that keeps RDP or a bastion "because ' +
    'Session Manager is Linux-only" keeps a path it does not need. Some features differ by platform (SSH tunnelling through Session ' +
    'Manager and some logging options), so statements that name SSH, RDP or another tool are not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['ssm-session-manager.platforms'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'Unlike traditional SSH connections, it does not require port 22 to be open. Session Manager supports Linux and macOS platforms, allowing shell sessions from the console.',
        flagged: ['Session Manager supports Linux and macOS platforms'],
      },
      { text: 'Session Manager only works on Linux instances, so the Windows fleet keeps its bastion.', flagged: ['Session Manager only works on Linux instances'] },
      { text: 'SSM Session Manager cannot connect to Windows servers.', flagged: ['SSM Session Manager cannot connect to Windows'] },
    ],
    pass: [
      'Session Manager supports Linux, macOS and Windows Server managed nodes.',
      'Session Manager does not only support Linux.',
      'Does Session Manager only work on Linux?',
      'Session Manager runs on Linux instances here, and EC2 Instance Connect only supports Linux.',
      'Our Session Manager sessions go to Linux and macOS hosts.',
    ],
  },
  check(context, report) {
    if (!/Linux|mac|Unix|Windows/i.test(context.text) || !SESSION_MANAGER.test(context.text) || OTHER_TOOL.test(context.text)) return;
    const windows = /\bWindows\b/i.test(context.text);
    for (const claim of assertedClaims(context, NO_WINDOWS)) {
      // Windows named in the statement: only an explicit "only" or a denial of Windows claims anything.
      const span = context.text.slice(claim.start - context.start, claim.end - context.start);
      if (windows && !/\b(?:does\s+not|doesn't|cannot|can't|can\s+not|only)\b/i.test(span)) continue;
      report({
        start: claim.start,
        end: claim.end,
        message: 'Session Manager supports Linux, macOS and Windows Server managed nodes.',
      });
    }
  },
};
