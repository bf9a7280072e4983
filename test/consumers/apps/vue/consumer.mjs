import assert from 'node:assert/strict';
import { settled, sharedChecks } from '../../shared-checks.mjs';

const answers = async (page) => JSON.parse(await page.$eval('#cm-answers', (e) => e.textContent));

export default {
  packages: ['@caremode/vue'],
  checks: [
    ...sharedChecks(),
    {
      name: 'v-model on every form control: what a person enters reaches the app',
      async run({ newPage }) {
        const page = await newPage();
        await settled(page);
        const type = async (selector, text) => {
          await page.click(selector);
          await page.keyboard.type(text);
        };
        await type('#cm-name >>> input', 'Nguyễn Văn Ân');
        await type('#cm-request >>> textarea', 'Cấp bản sao');
        await page.select('#cm-province select', '048');
        await page.click('#cm-delivery >>> input[value="office"]');
        await page.click('#cm-documents >>> input[value="birth"]');
        await page.click('#cm-documents >>> input[value="household"]');
        const [day, month, year] = await page.$$('#cm-birth >>> input');
        await day.click();
        await page.keyboard.type('15');
        await month.click();
        await page.keyboard.type('8');
        await year.click();
        await page.keyboard.type('1950');
        await type('#cm-phone >>> input', '0912345678');
        await type('#cm-id >>> input', '001084012345');
        await type('#cm-otp >>> input', '123456');
        await page.click('#cm-declaration');
        assert.deepEqual(await answers(page), {
          fullName: 'Nguyễn Văn Ân',
          request: 'Cấp bản sao',
          province: '048',
          delivery: 'office',
          declaration: true,
          documents: ['birth', 'household'],
          birthDate: '1950-08-15',
          phone: '0912345678',
          idNumber: '001084012345',
          otp: '123456',
        });
        // Unticking goes back to the app too.
        await page.click('#cm-declaration');
        await page.click('#cm-documents >>> input[value="birth"]');
        const after = await answers(page);
        assert.equal(after.declaration, false);
        assert.deepEqual(after.documents, ['household']);
      },
    },
    {
      name: "v-model on every form control: the app's answers reach the controls and the form",
      async run({ newPage }) {
        const page = await newPage();
        await settled(page);
        await page.click('#cm-fill');
        await page.waitForFunction(() => document.querySelector('#cm-otp').value === '654321', { timeout: 5000 });
        const shown = await page.evaluate(() => {
          const $ = (s) => document.querySelector(s);
          const data = Object.fromEntries([...new FormData($('#cm-form'))].map(([k]) => [k, new FormData($('#cm-form')).getAll(k)]));
          return {
            name: $('#cm-name').shadowRoot.querySelector('input').value,
            request: $('#cm-request').shadowRoot.querySelector('textarea').value,
            province: $('#cm-province select').value,
            delivery: $('#cm-delivery').shadowRoot.querySelector('input:checked')?.value,
            documents: [...$('#cm-documents').shadowRoot.querySelectorAll('input:checked')].map((i) => i.value),
            birth: [...$('#cm-birth').shadowRoot.querySelectorAll('input')].map((i) => i.value),
            declaration: $('#cm-declaration').checked,
            data,
          };
        });
        assert.deepEqual(
          { ...shown, data: undefined },
          {
            name: 'Trần Thị Bình',
            request: 'Cấp bản sao giấy khai sinh',
            province: '079',
            delivery: 'office',
            documents: ['id-card', 'household'],
            birth: shown.birth,
            declaration: true,
            data: undefined,
          },
        );
        assert.deepEqual(shown.birth.map(Number).sort((a, b) => a - b), [8, 15, 1950]);
        assert.deepEqual(shown.data['documents'], ['id-card', 'household']);
        assert.deepEqual(shown.data['declaration'], ['yes']);
        assert.deepEqual(shown.data['delivery'], ['office']);
        assert.deepEqual(shown.data['birth-date'], ['1950-08-15']);
        assert.deepEqual(shown.data['otp'], ['654321']);
      },
    },
  ],
};
