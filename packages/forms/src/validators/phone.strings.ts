import type { Catalog } from '@caremode/core';

/** The phone validator's sentences in four languages (see validators.strings.ts for the style). */
export const phoneStrings = {
  en: {
    "validators.phone.empty": "Enter a phone number.",
    "validators.phone.characters": "A phone number can only have digits, spaces, dashes and a + at the start.",
    "validators.phone.country-code": "This number has another country's code. Numbers here start with {expected}, or have no country code.",
    "validators.phone.length": {
      one: "The number should have {count} digit, for example {example}.",
      other: "The number should have {count} digits, for example {example}."
    },
    "validators.phone.length-range": {
      one: "The number should have {min} to {max} digit, for example {example}.",
      other: "The number should have {min} to {max} digits, for example {example}."
    },
    "validators.phone.unknown.vn": "This is not a phone number in Vietnam. Mobile numbers start with 03, 05, 07, 08 or 09. Landline numbers start with 02.",
    "validators.phone.unknown.cn": "This is not a phone number in China. Mobile numbers have 11 digits and start with 13 to 19. Landline numbers start with the area code, such as 010.",
    "validators.phone.unknown.id": "This is not a mobile number in Indonesia. Mobile numbers start with 08, or with +62 8.",
    "validators.phone.landline": "This looks like a landline number. Please enter a mobile number.",
    "validators.phone.vn-old-number": "This is an old 11-digit number. Since 2018 it has been {suggestion}.",
    "validators.phone.unsupported-country": "This form cannot check phone numbers from this country."
  },
} satisfies Catalog;
