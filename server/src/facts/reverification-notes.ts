/**
 * Re-verifications made by the notes helper (issue 12): duration and size facts that documents state often
 * (study notes, design docs), re-verified against the current AWS page and given the words documents use,
 * so that `stated-limit` judges them. Same form and rules as reverification.ts; values live in services/*.ts.
 */
import type { Reverification } from './reverification';

const SPOT_NOTICES = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html';

export const NOTES_REVERIFIED: Readonly<Record<string, Reverification>> = {
  'ec2.spot-notice': {
    source: SPOT_NOTICES,
    sourceSection: 'A Spot Instance interruption notice is a warning issued two minutes before Amazon EC2 stops or terminates the instance (none ahead of hibernation)',
    quota: { adjustable: false },
    names: { words: ['interruption notice', 'interruption warning', 'termination notice'], units: ['minutes', 'seconds'] },
  },
};
