// The guide page's script: hydrates the server-rendered guide, or renders it (client-only page).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { render } from 'lit';
import './ssr-guide-elements.js';
import { renderSocialInsurance } from '../packages/steps/src/guides/social-insurance.examples.js';

const root = document.getElementById('root')!;
const guide = renderSocialInsurance('en');
if (root.dataset.mode === 'ssr') hydrate(guide, root);
else render(guide, root);
