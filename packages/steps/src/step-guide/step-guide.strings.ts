import type { Catalog } from '@caremode/core';

export const stepGuideStrings = {
  en: {
    'guide.progress': 'Step {number} of {total}',
    'guide.back': 'Back',
    'guide.continue': 'Continue',
    'guide.send': 'Confirm and send',
    'guide.sending': 'Sending…',
    'guide.failed': 'Your answers could not be sent. They are still kept on this device. Try again, or get help below.',
    'guide.resume-title': 'Continue where you left off?',
    'guide.resume-text': 'You started this on {date}. Your answers are kept on this device.',
    'guide.resume': 'Continue where I left off',
    'guide.restart': 'Start again',
    'guide.broken': 'This guide cannot be shown',
    'guide.broken-text': 'Something is wrong with how this guide was set up, not with anything you did. You can still get help by phone or in person.',
    'guide.problem': 'For the website team: {path} {problem}.',
    'guide.problem-load': 'could not be loaded',
    'guide.problem-duplicate': 'is used twice',
    'guide.problem-condition': 'is not a valid condition',
  },
} satisfies Catalog;
