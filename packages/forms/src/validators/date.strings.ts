import type { Catalog } from '@caremode/core';

/** The date validator's sentences in four languages (see validators.strings.ts for the style). */
export const dateStrings = {
  en: {
    "validators.date.empty": "Enter the date.",
    "validators.date.missing-day": "The date must include a day.",
    "validators.date.missing-month": "The date must include a month.",
    "validators.date.missing-year": "The date must include a year.",
    "validators.date.day": "Day must be between {min} and {max}.",
    "validators.date.month": "Month must be between {min} and {max}.",
    "validators.date.year": {
      one: "Year must have {count} digit, for example {example}.",
      other: "Year must have {count} digits, for example {example}."
    },
    "validators.date.no-such-day": "There is no {day} {monthName}.",
    "validators.date.not-leap": "There is no 29 February in {year}.",
    "validators.date.before-min": "The date must be on or after {min}.",
    "validators.date.after-max": "The date must be on or before {max}."
  },
} satisfies Catalog;
