import type { Catalog } from '@caremode/core';

/** The id-nik validator's sentences in four languages (see validators.strings.ts for the style). */
export const idNikStrings = {
  en: {
    "validators.id-nik.empty": "Enter your NIK (Nomor Induk Kependudukan).",
    "validators.id-nik.characters": "The NIK has only digits. Leave out any letters or other signs.",
    "validators.id-nik.length": {
      one: "The NIK has {count} digit. You have entered {actual}.",
      other: "The NIK has {count} digits. You have entered {actual}."
    },
    "validators.id-nik.province": "The first 2 digits are not a province code in Indonesia. Check the number on your KTP or family card (Kartu Keluarga).",
    "validators.id-nik.region": "Digits 3 to 6 are the codes of the regency or city and of the district, and cannot be 00. Check the number on your KTP or family card (Kartu Keluarga).",
    "validators.id-nik.birth-date": "Digits 7 to 12 should be the date of birth (day, month, year, with 40 added to the day for women), but they are not a possible date. Check the number on your KTP or family card (Kartu Keluarga).",
    "validators.id-nik.serial": "The last 4 digits cannot be 0000. Check the number on your KTP or family card (Kartu Keluarga)."
  },
} satisfies Catalog;
