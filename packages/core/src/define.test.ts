import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement, supportsCaremode } from './define.js';

describe('defineElement', () => {
  it('registers the tag and adopts the token stylesheet into the document once', () => {
    class One extends LitElement {}
    class Two extends LitElement {}
    defineElement('test-define-one', One);
    defineElement('test-define-two', Two);
    expect(customElements.get('test-define-one')).to.equal(One);
    const tokenSheets = document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('--care-target-min')));
    expect(tokenSheets.length).to.equal(1);
    expect(getComputedStyle(document.documentElement).getPropertyValue('--care-target-min').trim()).to.match(/^(44|60)px$/);
    expect(document.documentElement.hasAttribute('data-care-mode')).to.equal(true);
  });

  it('never redefines a tag that exists, and warns once per page', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Theirs extends HTMLElement {}
      class Ours extends LitElement {}
      customElements.define('test-taken-a', Theirs);
      customElements.define('test-taken-b', class extends HTMLElement {});
      expect(() => defineElement('test-taken-a', Ours)).not.to.throw();
      expect(() => defineElement('test-taken-b', Ours)).not.to.throw();
      expect(customElements.get('test-taken-a')).to.equal(Theirs);
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('<test-taken-a> was already defined');
      // The same class again (the same copy imported twice) is silent.
      defineElement('test-define-one', customElements.get('test-define-one')!);
      expect(warnings.length).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });

  it('leaves the page unchanged in a browser without ElementInternals', () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'attachInternals')!;
    delete (HTMLElement.prototype as Partial<HTMLElement>).attachInternals;
    try {
      expect(supportsCaremode()).to.equal(false);
      defineElement('test-old-browser', class extends LitElement {});
      expect(customElements.get('test-old-browser')).to.equal(undefined);
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'attachInternals', descriptor);
    }
    expect(supportsCaremode()).to.equal(true);
  });
});
