import type { Catalog } from '@caremode/core';

/** The cn-resident validator's sentences in four languages (see validators.strings.ts for the style). */
export const cnResidentStrings = {
  en: {
    "validators.cn-resident.empty": "Enter the number of your resident identity card (居民身份证).",
    "validators.cn-resident.characters": "The card number has only digits, and the last character can be the letter X.",
    "validators.cn-resident.length": {
      one: "The card number has {count} character. You have entered {actual}.",
      other: "The card number has {count} characters. You have entered {actual}."
    },
    "validators.cn-resident.region": "The first 6 digits are not an area code in China. Check the number on your card.",
    "validators.cn-resident.birth-date": "Digits 7 to 14 should be the date of birth (year, month, day), but they are not a possible date. Check the number on your card.",
    "validators.cn-resident.check": "The last character does not match the rest of the number. Check the number on your card."
  },
} satisfies Catalog;
