import { registerStrings } from '@caremode/core';
import { validatorsStrings } from './validators.strings.js';
import { formsLocales } from '../locales/index.js';

registerStrings(validatorsStrings, formsLocales);

export type { ValidationProblem, ValidationResult } from './result.js';
export { normalizeDigits, type NormalizeDigitsOptions } from './digits.js';
export { validatePhone, type PhoneCountry, type PhoneOptions } from './phone.js';
export { validateVnCccd, decodeVnCccd, type VnCccdOptions, type VnCccdDetails } from './vn-cccd.js';
export { vnProvinceNames, vnProvinceCodes } from './vn-provinces.js';
export { validateCnResident, decodeCnResident, cnResidentCheckCharacter, type CnResidentOptions, type CnResidentDetails } from './cn-resident.js';
export { validateIdNik, decodeIdNik, type IdNikOptions, type IdNikDetails } from './id-nik.js';
export { idProvinceNames, idProvinceCodes } from './id-regions.js';
export { validateDateParts, dateFieldOrder, type DatePart, type DateParts, type DateLimits } from './date.js';
export { describeProblem, problemParams } from './describe-problem.js';
export { validatorsStrings } from './validators.strings.js';
