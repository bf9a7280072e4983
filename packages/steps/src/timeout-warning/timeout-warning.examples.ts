import { getClock, type CareExample, type ExampleRender } from '@caremode/core';
import { html } from 'lit';

export interface TimeoutWarningArgs {
  /** Seconds from now until the session ends (negative: it has ended). */
  endsIn: number;
}

export const renderTimeoutWarning: ExampleRender<TimeoutWarningArgs> = ({ endsIn }) => {
  const expiresAt = new Date(getClock().now() + endsIn * 1000).toISOString();
  // Every example is its own session, so one example's extension does not move another's.
  return html`<care-timeout-warning
    channel="example-${endsIn}"
    expires-at=${expiresAt}
    sign-in-href="#sign-in"
    sign-out-href="#sign-out"
    @care-timeout-extend=${(e: CustomEvent) => e.detail.respondWith(new Date(getClock().now() + 20 * 60 * 1000))}
  ></care-timeout-warning>`;
};

export const timeoutWarningExamples = {
  warning: { description: 'Ninety seconds before the session ends: the warning with “Stay signed in”.', args: { endsIn: 90 } },
  ended: { description: 'The session has ended: the person is told plainly, and can sign in again.', args: { endsIn: -30 } },
} satisfies Record<string, CareExample<TimeoutWarningArgs>>;
