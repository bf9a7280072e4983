import type { CareExample, ExampleRender } from '@caremode/core';
import { renderCredential, type CredentialArgs } from './test-holders.js';

export type { CredentialArgs };

export const renderCredentialExample: ExampleRender<CredentialArgs> = renderCredential;

export const credentialExamples = {
  valid: { description: 'A valid health code: green band, check mark and the word "Valid".', args: { holder: 'an', kind: 'health', status: 'valid' } },
  caution: { description: 'Caution: staff should look again; an orange band, a warning sign and the word.', args: { holder: 'an', kind: 'health', status: 'caution', updatedMinutesAgo: 45 } },
  stop: { description: 'Stop: not allowed through; red band, a stop sign and the word.', args: { holder: 'an', kind: 'health', status: 'stop', updatedMinutesAgo: 180 } },
  expired: { description: 'Past its expiry: shown as expired whatever the status says.', args: { holder: 'an', kind: 'health', status: 'valid', expiresInDays: -1, updatedMinutesAgo: 60 * 30 } },
  unknown: { description: 'No status, or one the card does not know: "Status unknown", never a guess.', args: { holder: 'an', kind: 'health' } },
  vietnameseEid: { description: 'A Vietnamese electronic ID (VNeID) pass.', args: { holder: 'an', kind: 'eid', status: 'valid', expiresInDays: 3650, updatedMinutesAgo: 60 * 24 * 2 } },
  chineseHolder: { description: 'A health code of a holder with a Chinese name.', args: { holder: 'wei', kind: 'health', status: 'valid' } },
  paperCard: { description: 'The paper version (A6), for people with no phone: code, full name, status and the date printed.', args: { holder: 'lan', kind: 'health', status: 'valid', paper: 'a6' } },
} satisfies Record<string, CareExample<CredentialArgs>>;
