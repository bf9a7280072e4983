import { htmlReport } from './html.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { sarifReport } from './sarif.js';
import { textReport } from './text.js';

/** Report writers by --format name. */
export const reporters = Object.freeze({
  text: textReport,
  json: jsonReport,
  junit: junitReport,
  sarif: sarifReport,
  html: htmlReport,
});

export { htmlReport, jsonReport, junitReport, sarifReport, textReport };
