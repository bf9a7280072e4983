import type { Catalog } from '@caremode/core';

export const timeoutWarningStrings = {
  en: {
    'timeout.title': 'You will be signed out soon',
    'timeout.text': 'For your security, you will be signed out at {time}, in {left}. Choose “Stay signed in” to keep working.',
    'timeout.extend': 'Stay signed in',
    'timeout.extending': 'Please wait…',
    'timeout.extended': 'You are still signed in, until {time}.',
    'timeout.failed': 'We could not keep you signed in. Please try again.',
    'timeout.ended-title': 'You have been signed out',
    'timeout.ended': 'For your security you were signed out at {time}. Sign in again to continue.',
    'timeout.sign-in': 'Sign in again',
    'timeout.sign-out': 'Sign out now',
    'timeout.minutes': { one: '{count} minute', other: '{count} minutes' },
    'timeout.seconds': { one: '{count} second', other: '{count} seconds' },
  },
} satisfies Catalog;
