import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';
import { parentSubjectClaims } from './kit/parent-subject';

const TAPE_GATEWAY = /\bTape\s+Gateway\b|\bStorage\s+Gateway\b[^.;]{0,30}?\btape\b/i;
/**
 * Tape Gateway on physical tapes: "Tape Gateway archives data using physical tapes", "Tape Gateway
 * writes the backups to physical tape cartridges". It presents a virtual tape library; the tapes are
 * virtual, stored in S3 and archived to Glacier storage classes.
 */
const PHYSICAL: readonly ClaimFrame[] = [
  {
    subject: TAPE_GATEWAY,
    predicate:
      /\b(?:using|uses?|with|onto|on|to|into|writes?\s+to|stores?\s+(?:on|to|in)|archives?\s+(?:\w+\s+){0,2}?(?:on|to|using|with)|ships?|sends?|integrat\w*\s+with|manages?)\s+(?:the\s+|your\s+|existing\s+|our\s+)?physical\s+(?:tape\s+(?:cartridges?|drives?|librar(?:y|ies)|media)|tapes?)\b|\bphysical\s+tape\s+integration\b/i,
    reach: 60,
    ordered: true,
  },
];
/** The writer knows the tapes are virtual, or that the gateway replaces the physical ones. */
const KNOWS_VIRTUAL = /\bvirtual\s+tapes?\b|\bVTL\b|\breplac\w*|\beliminat\w*|\bretir\w*|\binstead\b|\bno\s+(?:more\s+)?physical\b|\bmigrat\w*|\baway\s+from\b|\bwithout\b|\bdecommission\w*|\bSnowball\b/i;

export const tapeGatewayPhysicalTapes: ContextRule = {
  id: 'tape-gateway-physical-tapes',
  scope: 'context',
  cue: { words: ['physical'] },
  description: 'Tape Gateway said to use physical tapes, although it presents virtual tapes stored in S3 and archived to Glacier.',
  rationale:
    'AWS Storage Gateway in Tape Gateway mode presents an iSCSI virtual tape library to existing backup software. The tapes are virtual: ' +
    'their data is stored in Amazon S3 and, when ejected, archived to S3 Glacier Flexible Retrieval or Deep Archive. No physical tape ' +
    'is involved, which is the point: it replaces tape infrastructure without changing backup workflows. Text that names virtual tapes ' +
    'or a VTL, or says the gateway replaces physical tapes, is not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['storage-gateway.tape'],
  fixable: false,
  examples: {
    flag: [
      {
        text: '- **Physical Tape Integration:** Tape Gateway enables organizations to archive data using physical tapes, with data backed up to Amazon S3 and Glacier.',
        flagged: ['Tape Gateway enables organizations to archive data using physical tapes'],
      },
      { text: 'The Tape Gateway writes the nightly backups to physical tape cartridges in the data centre.', flagged: ['Tape Gateway writes the nightly backups to physical tape cartridges'] },
      { text: 'Tape Gateway ships physical tapes to AWS.', flagged: ['Tape Gateway ships physical tapes'] },
    ],
    pass: [
      'Tape Gateway presents virtual tapes that are stored in S3.',
      'Tape Gateway does not use physical tapes.',
      'Does Tape Gateway archive data on physical tapes?',
      'Tape Gateway replaces our physical tapes with virtual ones.',
      'The old backup system wrote to physical tapes; the File Gateway now stores files in S3.',
    ],
  },
  check(context, report) {
    if (!/\bphysical\b/i.test(context.text) || KNOWS_VIRTUAL.test(context.text)) return;
    const claims = TAPE_GATEWAY.test(context.text) ? assertedClaims(context, PHYSICAL) : parentSubjectClaims(context, TAPE_GATEWAY, PHYSICAL);
    for (const claim of claims) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Tape Gateway presents a virtual tape library: the tapes are virtual, stored in S3 and archived to Glacier storage classes; no physical tape is used.',
      });
    }
  },
};
