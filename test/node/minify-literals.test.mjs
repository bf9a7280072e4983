// The build rewrites every css`` template; a wrong rewrite would change how a control looks on
// every portal, so each rule the minifier applies is pinned here, with the cases it must leave.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss } from '../../scripts/minify-literals.mjs';

test('a space before a colon stays: `a :hover` is not `a:hover`', () => {
  assert.equal(minifyCss('a :hover { color: red }'), 'a :hover{color:red}');
});

test('spaces go around braces, semicolons, commas, child and sibling combinators', () => {
  assert.equal(minifyCss('a , b > c + .d ~ e { color: red ; }'), 'a,b>c+.d~e{color:red}');
});

test('calc() keeps the spaces its + and - need, also across an interpolation', () => {
  assert.equal(minifyCss('width: calc(100% + 2px);'), 'width:calc(100% + 2px);');
  const state = { depth: 0 };
  assert.equal(minifyCss('width: calc(', state) + 'X' + minifyCss(' + 1em);', state), 'width:calc(X + 1em);');
});

test('attribute selectors: quotes go around plain words only, ~= stays inside brackets', () => {
  assert.equal(minifyCss(":host([placement='floating']) [aria-checked=\"true\"]"), ':host([placement=floating]) [aria-checked=true]');
  assert.equal(minifyCss("[title='a b'] [class~='x']"), "[title='a b'] [class~=x]");
  assert.equal(minifyCss("[data-x='1a']"), "[data-x='1a']");
});

test('quoted text is kept as written', () => {
  assert.equal(minifyCss("a::after { content: ' + ~ '; }"), "a::after{content:' + ~ '}");
});

test('a leading zero goes, other numbers and names stay', () => {
  assert.equal(minifyCss('a { margin: 0.5em -0.25em 10.5em; width: 1.25em; opacity: 0; }'), 'a{margin:.5em -.25em 10.5em;width:1.25em;opacity:0}');
  assert.equal(minifyCss('a { width: calc(100% - 10.5em); }'), 'a{width:calc(100% - 10.5em)}');
});

test('comments go', () => {
  assert.equal(minifyCss('/* why */ a { /* more */ color: red }').trim(), 'a{color:red}');
});
