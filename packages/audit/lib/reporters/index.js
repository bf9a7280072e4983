import { gitlabReport } from './gitlab.js';
import { htmlReport } from './html.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { markdownReport } from './markdown.js';
import { sarifReport } from './sarif.js';
import { textReport } from './text.js';

/** Report writers by --format name. */
export const reporters = Object.freeze({
  text: textReport,
  json: jsonReport,
  junit: junitReport,
  sarif: sarifReport,
  html: htmlReport,
  gitlab: gitlabReport,
  markdown: markdownReport,
});

export { gitlabReport, htmlReport, jsonReport, junitReport, markdownReport, sarifReport, textReport };
