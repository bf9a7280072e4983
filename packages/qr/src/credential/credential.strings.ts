import type { Catalog } from '@caremode/core';

export const credentialStrings = {
  en: {
    'cred.label': 'QR pass',
    'cred.qr': '{label}: QR code to scan',
    'cred.status': 'Status',
    'cred.valid': 'Valid',
    'cred.caution': 'Caution',
    'cred.stop': 'Stop',
    'cred.expired': 'Expired',
    'cred.unknown': 'Status unknown',
    'cred.name': 'Name',
    'cred.id': 'ID number',
    'cred.reveal': 'Show name and number',
    'cred.conceal': 'Hide name and number',
    'cred.updated': 'Updated {time}',
    'cred.until': 'Valid until {date}',
    'cred.ended': 'Expired on {date}',
    'cred.issuer': 'Issued by {issuer}',
    'cred.show': 'Show to staff',
    'cred.print': 'Print a paper copy',
    'cred.saved': 'Copy saved on this device {time}',
    'cred.printed': 'Printed {date}',
    'cred.paper': 'Show this paper to staff. They can scan the code or check it by hand.',
  },
} satisfies Catalog;
