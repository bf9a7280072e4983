// Angular 21 (CLI, application builder, AOT production build) with @caremode/angular: the shared
// checks on the first form, then ngModel on every Caremode form control and a reactive form.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../../../../scripts/static-server.mjs';
import { NAME, settled, sharedChecks } from '../../shared-checks.mjs';

/** The app's folder, where the tarballs were installed: checks read the packages as published. */
let installed;
const installedFile = (path) => readFileSync(join(installed, 'node_modules', path), 'utf8');

/**
 * The form-associated elements of @caremode/forms that hold a value, from the installed package's
 * custom-elements.json: every class descending from core's FormControl, except care-button,
 * which has no value to bind.
 */
function valueControlTags() {
  const manifest = JSON.parse(installedFile('@caremode/forms/custom-elements.json'));
  const classes = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.name, d]));
  const formAssociated = (d) => !!d && (d.superclass?.name === 'FormControl' || formAssociated(classes.get(d.superclass?.name)));
  return [...classes.values()].filter((d) => d.tagName && formAssociated(d) && d.tagName !== 'care-button').map((d) => d.tagName);
}

const open = async (newPage) => {
  const page = await newPage();
  await settled(page);
  return page;
};
const json = async (page, selector) => JSON.parse(await page.$eval(selector, (e) => e.textContent));
/** Waits until the JSON shown in `selector` passes `test`; fails with what it shows. */
async function until(page, selector, test, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await json(page, selector);
    if (test(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}: ${selector} shows ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const classes = (page, selector) => page.$eval(selector, (e) => [...e.classList]);
const profileField = (name) => `#profile-form > [name="${name}"]`;

export default {
  packages: ['@caremode/angular', '@caremode/drop-in'],
  async start(dir) {
    installed = dir;
    return serveStatic(join(dir, 'dist', 'browser'));
  },
  env: { NG_CLI_ANALYTICS: 'false' },
  checks: [
    ...sharedChecks(),
    {
      name: "the directive's selector names every form control in the manifest with ngModel, formControl and formControlName",
      async run() {
        // The installed module: the selector as the app's compiler read it.
        const module = installedFile('@caremode/angular/fesm2022/caremode-angular.mjs');
        const selector = /ɵɵngDeclareDirective\(\{[^}]*?selector: "([^"]+)"/.exec(module)?.[1];
        assert.ok(selector, 'no selector in the published module');
        const parts = new Set(selector.split(',').map((part) => part.trim()));
        const expected = valueControlTags().flatMap((tag) => ['ngModel', 'formControl', 'formControlName'].map((d) => `${tag}[${d}]`));
        assert.deepEqual(expected.filter((part) => !parts.has(part)), [], 'missing from the selector');
        assert.deepEqual([...parts].filter((part) => !expected.includes(part)), [], 'in the selector but not a form control');
      },
    },
    {
      name: 'ngModel binds every form control in the manifest and writes the model to it',
      async run({ newPage }) {
        const page = await open(newPage);
        const tags = valueControlTags();
        assert.ok(tags.length >= 10, `only ${tags.length} form controls in the manifest`);
        assert.deepEqual([...(await json(page, '#accessor-tags'))].sort(), [...tags].sort(), 'CARE_FORM_CONTROL_TAGS against the manifest');
        const model = await json(page, '#profile-model');
        for (const tag of tags) {
          const shown = await page.$$eval(`#profile-form > ${tag}[name]`, (els) =>
            els.map((el) => ({ name: el.getAttribute('name'), value: el.localName === 'care-checkbox' ? el.checked : el.value, classes: [...el.classList] })),
          );
          assert.ok(shown.length, `${tag} is not in the ngModel form`);
          for (const { name, value, classes } of shown) {
            assert.ok(classes.includes('ng-untouched'), `${tag} ${name} has no NgModel: ${classes}`);
            assert.deepEqual(value, model[name], `${tag} ${name} shows the model's value`);
          }
        }
        assert.deepEqual(page.errors, []);
      },
    },
    {
      name: 'what a person types, ticks and chooses reaches the ngModel and the form submit',
      async run({ newPage }) {
        const page = await open(newPage);
        await page.click(`${profileField('fullName')} >>> input`);
        await page.keyboard.type(NAME);
        await page.click('#profile-form care-radio[value="m"]');
        await page.click('#profile-form care-checkbox-group care-checkbox[value="email"]');
        await page.click(profileField('agree'));
        await page.focus(`${profileField('province')} select`);
        await page.keyboard.press('ArrowDown');
        await page.click(`${profileField('code')} >>> input`, { count: 3 });
        await page.keyboard.type('654321');
        const model = await until(
          page, '#profile-model',
          (m) => m.fullName === NAME && m.sex === 'm' && m.contactBy.join() === 'sms,email' && m.agree === false && m.province === 'hcm' && m.code === '654321',
          'the model after typing and clicking',
        );
        assert.equal(model.birthDate, '1956-03-27');
        await page.click('#profile-submit');
        const submitted = await until(page, '#profile-submitted', (s) => s !== null, 'the submit handler');
        const sent = (name) => submitted.filter(([n]) => n === name).map(([, v]) => v);
        assert.deepEqual(sent('fullName'), [NAME]);
        assert.deepEqual(sent('sex'), ['m']);
        assert.deepEqual(sent('contactBy'), ['sms', 'email']);
        assert.deepEqual(sent('province'), ['hcm']);
        assert.deepEqual(sent('agree'), []);
        assert.deepEqual(sent('code'), ['654321']);
      },
    },
    {
      name: 'validation state flows: required, touched when focus leaves the element, valid once filled',
      async run({ newPage }) {
        const page = await open(newPage);
        const name = profileField('fullName');
        assert.equal(await page.$('#full-name-problem'), null);
        assert.equal(await page.$eval('#profile-state', (e) => e.textContent.trim()), 'invalid');
        assert.ok((await classes(page, name)).includes('ng-untouched'));
        await page.click(`${name} >>> input`);
        await page.keyboard.press('Tab');
        await page.waitForSelector('#full-name-problem', { timeout: 5000 });
        assert.ok((await classes(page, name)).includes('ng-touched'));
        assert.ok((await classes(page, name)).includes('ng-invalid'));
        // Moving between a date's parts stays inside the element: not yet touched.
        const date = profileField('birthDate');
        await page.click(`${date} >>> [part~="day"]`);
        await page.click(`${date} >>> [part~="month"]`);
        // A key press in the month empties the model's date ("033" is no month): once the model
        // shows it, Angular has also handled the focus moves before it.
        await page.keyboard.press('End');
        await page.keyboard.type('3');
        await until(page, '#profile-model', (m) => m.birthDate === '', 'the date after typing in its month');
        assert.ok((await classes(page, date)).includes('ng-untouched'), 'touched while moving between parts');
        await page.click(`${name} >>> input`);
        await page.waitForFunction((sel) => document.querySelector(sel).classList.contains('ng-touched'), { timeout: 5000 }, date)
          .catch(() => assert.fail('not touched after leaving the date'));
        // Back to a real date: the element's own check ("033" is no month) keeps the form invalid until then.
        await page.click(`${date} >>> [part~="month"]`);
        await page.keyboard.press('End');
        await page.keyboard.press('Backspace');
        await until(page, '#profile-model', (m) => m.birthDate === '1956-03-27', 'the date after correcting its month');
        await page.click(`${name} >>> input`);
        await page.keyboard.type('An');
        await page.waitForFunction(() => !document.querySelector('#full-name-problem'), { timeout: 5000 });
        assert.ok((await classes(page, name)).includes('ng-valid'));
        assert.equal(await page.$eval('#profile-state', (e) => e.textContent.trim()), 'valid');
        // The element's own rules reach Angular: a CCCD number has 12 digits.
        const id = profileField('idNumber');
        assert.equal(await page.$eval('#id-number-error', (e) => e.textContent.trim()), '');
        await page.click(`${id} >>> input`, { count: 3 });
        await page.keyboard.type('0012');
        await page.waitForFunction(() => document.querySelector('#profile-state').textContent.trim() === 'invalid', { timeout: 5000 });
        const problem = await page.$eval('#id-number-error', (e) => e.textContent.trim());
        assert.equal(problem, await page.$eval(id, (el) => el.validationMessage), "Angular's error is the element's message");
        assert.ok(problem.length > 0);
        assert.ok((await classes(page, id)).includes('ng-invalid'));
        await page.keyboard.type('03001234');
        await page.waitForFunction(() => document.querySelector('#profile-state').textContent.trim() === 'valid', { timeout: 5000 });
        assert.equal(await page.$eval('#id-number-error', (e) => e.textContent.trim()), '');
      },
    },
    {
      name: 'reactive forms: formControlName and formControl read typed values, write set values, disable',
      async run({ newPage }) {
        const page = await open(newPage);
        const field = (name) => `#contact-form > [name="${name}"]`;
        await page.click(`${field('email')} >>> input`);
        await page.keyboard.press('Tab');
        await page.waitForSelector('#email-problem', { timeout: 5000 });
        await page.click(`${field('email')} >>> input`);
        await page.keyboard.type('an@example.vn');
        const date = field('appointment');
        for (const [part, text] of [['day', '15'], ['month', '1'], ['year', '2027']]) {
          await page.click(`${date} >>> [part~="${part}"]`);
          await page.keyboard.type(text);
        }
        await page.click(field('consent'));
        // A half-typed phone number: the model has it as typed, and the element's problem with it.
        await page.click(`${field('reminderPhone')} >>> input`);
        await page.keyboard.type('0912');
        await page.waitForFunction(() => document.querySelector('#reminder-phone-error').textContent.trim() !== '', { timeout: 5000 })
          .catch(() => assert.fail('Angular did not hear of the half-typed phone number'));
        assert.equal(await json(page, '#reminder-phone-model'), '0912');
        // Emptied again, it is valid (not required); and nothing moves under the next click.
        for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
        await page.waitForFunction(() => document.querySelector('#reminder-phone-error').textContent.trim() === '', { timeout: 5000 })
          .catch(() => assert.fail('the emptied phone number still has an error'));
        await until(page, '#contact-model', (m) => m.email === 'an@example.vn' && m.appointment === '2027-01-15' && m.consent === true, 'typed values');
        assert.equal(await page.$('#email-problem'), null);
        assert.equal(await page.$eval('#contact-state', (e) => e.textContent.trim()), 'valid enabled');

        await page.click('#fill-contact');
        await page.waitForFunction((sel) => document.querySelector(sel).value === 'binh@example.vn', { timeout: 5000 }, field('email'));
        const shown = await page.$eval('#contact-form', (form) => ({
          appointment: form.querySelector('[name="appointment"]').value,
          consent: form.querySelector('[name="consent"]').checked,
          reminderPhone: form.querySelector('[name="reminderPhone"]').value,
        }));
        assert.deepEqual(shown, { appointment: '2027-02-20', consent: false, reminderPhone: '+84987654321' });
        // A value written from code is checked by the element when it renders; Angular hears of it.
        await page.waitForFunction(() => document.querySelector('#reminder-phone-error').textContent.trim() === '', { timeout: 5000 })
          .catch(() => assert.fail('the phone number written from code still has an error'));
        await page.click('#short-phone');
        await page.waitForFunction(() => document.querySelector('#reminder-phone-error').textContent.trim() !== '', { timeout: 5000 })
          .catch(() => assert.fail('the element found "0912" valid, or Angular did not hear of it'));
        assert.equal(
          await page.$eval('#reminder-phone-error', (e) => e.textContent.trim()),
          await page.$eval(field('reminderPhone'), (el) => el.validationMessage),
        );

        await page.click('#toggle-disabled');
        await page.waitForFunction(() => document.querySelector('#contact-state').textContent.includes('disabled'), { timeout: 5000 });
        const disabled = () =>
          page.$$eval('#contact-form > [name]', (els) =>
            els.filter((el) => el.hasAttribute('formcontrolname')).map((el) => [el.getAttribute('name'), el.disabled, el.hasAttribute('disabled')]),
          );
        assert.deepEqual(await disabled(), [['email', true, true], ['appointment', true, true], ['consent', true, true]]);
        assert.equal(await page.$eval(`${field('email')}`, (el) => el.shadowRoot.querySelector('input').disabled), true);
        await page.click('#toggle-disabled');
        await page.waitForFunction(() => document.querySelector('#contact-state').textContent.includes('enabled'), { timeout: 5000 });
        assert.deepEqual(await disabled(), [['email', false, false], ['appointment', false, false], ['consent', false, false]]);
      },
    },
  ],
};
