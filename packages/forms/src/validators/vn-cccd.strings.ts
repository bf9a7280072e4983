import type { Catalog } from '@caremode/core';

/** The vn-cccd validator's sentences in four languages (see validators.strings.ts for the style). */
export const vnCccdStrings = {
  en: {
    "validators.vn-cccd.empty": "Enter the number of your citizen identity card (căn cước công dân).",
    "validators.vn-cccd.characters": "The card number has only digits. Leave out any letters or other signs.",
    "validators.vn-cccd.length": {
      one: "The card number has {count} digit. You have entered {actual}.",
      other: "The card number has {count} digits. You have entered {actual}."
    },
    "validators.vn-cccd.province": "The first 3 digits are not a province code. Check the number on your card.",
    "validators.vn-cccd.birth-year": "Digits 4 to 6 cannot be a year of birth. Check the number on your card.",
    "validators.vn-cccd.birth-year-mismatch": "This card number belongs to someone born in {year}. Check the number and the year of birth."
  },
} satisfies Catalog;
