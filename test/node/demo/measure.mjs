// What the demo tests measure in the page, as functions run inside it.

/** Every visible element holding text of its own, with its font size. */
export const textSizes = (page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('care-mode-toggle, care-settings, [data-care-announcer], option, script, style, svg'))
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
      .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ what: `<${el.localName}> "${el.textContent.trim().slice(0, 30)}"`, size: parseFloat(getComputedStyle(el).fontSize) })),
  );

/**
 * Every target of the portal's own page with its size: native buttons, selects, text inputs,
 * textareas, checkboxes and radios (the label box where the input is visually hidden) and
 * links. Links inside running text (a sentence around them) are marked `inline`.
 */
export const portalTargets = (page) =>
  page.evaluate(() => {
    const visible = (el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden';
    const hiddenVisually = (el) => {
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).opacity === '0' || r.width <= 2 || r.height <= 2;
    };
    const found = [];
    for (const el of document.body.querySelectorAll('button, select, textarea, input:not([type=hidden]), a[href]')) {
      if (el.closest('care-mode-toggle, care-settings') || !visible(el)) continue;
      let box = el;
      let kind = el.localName === 'a' ? 'link' : el.localName;
      if (el.matches('input[type=checkbox], input[type=radio]')) {
        kind = 'choice';
        if (hiddenVisually(el)) box = el.labels?.[0] ?? el;
      } else if (el.matches('button, input[type=submit], input[type=reset], input[type=button]')) {
        kind = 'button';
      }
      const parent = el.parentElement;
      const inline = kind === 'link' && [...parent.childNodes].some((n) => n !== el && n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      const r = box.getBoundingClientRect();
      found.push({ what: `<${el.localName}${el.id ? '#' + el.id : ''}> "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}"`, kind, inline, width: r.width, height: r.height });
    }
    return found;
  });

/** Whether the page scrolls sideways. */
export const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
