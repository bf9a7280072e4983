// The browser tests that measure text, once more in Chromium, for the stage that runs them under
// the crowded fonts (scripts/test.mjs sets FONTCONFIG_FILE): the same answers as under CI's fonts
// show they measure the test font, not the machine's.
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { browserFiles } from './test/fonts/text-measuring-tests.mjs';
import { chromeArgs, findChrome } from './test/wtr/find-chrome.mjs';
import { summaryReporter } from './test/wtr/summary-reporter.mjs';
import main, { common } from './web-test-runner.config.mjs';

export default {
  ...common,
  files: browserFiles,
  testsFinishTimeout: main.testsFinishTimeout,
  testFramework: main.testFramework,
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } })],
  reporters: [defaultReporter(), summaryReporter({ outFile: `${common.rootDir}.test-results/fonts-browser.json` })],
};
