import type { Catalog } from '@caremode/core';

export const qrCodeStrings = {
  en: {
    'qr.label': 'QR code to scan',
    'qr.full': 'Full screen',
    'qr.close': 'Close',
    'qr.bright': 'Turn the screen brightness up so the code scans easily.',
    'qr.small': 'Too small to scan here. Open it full screen.',
    'qr.empty': 'There is no code to show.',
    'qr.long': 'This holds too much to show as a QR code.',
    'qr.text': 'This contains characters a QR code cannot show.',
    'qr.load': 'The code could not be drawn. Check the connection and reload the page.',
  },
} satisfies Catalog;
