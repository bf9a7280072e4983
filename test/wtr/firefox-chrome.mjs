// Firefox's own (chrome) context, where the browser's preferences and its accessibility service
// live. Firefox is started with --remote-allow-system-access for tests only, so the harness can
// evaluate there through WebDriver BiDi; nothing in a test page gets that access.

/** An evaluator in the chrome context of the browser the page belongs to; the result's value is returned. */
export function chromeContext() {
  let context;
  let connection;
  return async function evaluate(page, expression) {
    if (!context) {
      connection = page.browser().connection;
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      context = tree.result.contexts[0]?.context;
      if (!context) throw new Error('Firefox gave no chrome context: was it started with --remote-allow-system-access?');
    }
    const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (result?.type === 'exception') throw new Error(`Firefox's chrome context threw: ${JSON.stringify(result.exceptionDetails?.text)}`);
    return result?.result?.value;
  };
}
