import { expect } from '@open-wc/testing';
import { holds, parseCondition } from './condition.js';

describe('show-if conditions', () => {
  const answers = { relation: ['grandparent'], married: ['no'], phone: ['+84912345678'], empty: [''], docs: ['card', 'sim'] };

  it('reads every form the documentation gives', () => {
    const cases: [string, boolean][] = [
      ['married=no', true],
      ['married=yes', false],
      ['relation=mother|father', false],
      ['relation = grandparent | relative', true],
      ['married!=yes', true],
      ['relation!=grandparent|relative', false],
      ['phone', true],
      ['!phone', false],
      ['empty', false],
      ['!empty', true],
      ['unknown', false],
      ['!unknown', true],
      ['unknown!=x', true],
      ['docs=sim', true],
      ['docs!=sim', false],
      ['married=no & relation=grandparent', true],
      ['married=no & !phone', false],
      ['', true],
    ];
    for (const [condition, expected] of cases) expect(holds(condition, answers), condition).to.equal(expected);
  });

  it('refuses what is not a condition, without throwing', () => {
    for (const bad of ['=x', 'a==b', 'a=', 'a=b|', '!a=b', 'a b', '&', 'a&', 'a=b&&c', '|']) {
      expect(parseCondition(bad), bad).to.equal(undefined);
    }
  });

  it('agrees with the pattern of the published schema', async () => {
    const schema = await (await fetch(new URL('../../schema/guide.schema.json', import.meta.url))).json();
    const pattern = new RegExp(schema.$defs.condition.pattern, 'u');
    for (const text of ['a=b', 'a = b|c & !d', 'x!=y', 'phone', '!phone', 'relation=con nuôi', '!a=b', 'a b', 'a=', 'a=b|', '=x', 'a&', 'a==b']) {
      expect(pattern.test(text), text).to.equal(parseCondition(text) !== undefined);
    }
  });
});
