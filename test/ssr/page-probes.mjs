// Functions run inside the page by page.evaluate: each stands alone (no imports, no closures).

/** Every Caremode element in the example, in document order, with its box. */
export function elementBoxes() {
  const out = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('care-')) {
        const r = el.getBoundingClientRect();
        out.push({ tag: el.localName, x: r.x, y: r.y, width: r.width, height: r.height, visible: r.width > 0 && r.height > 0 });
      }
    }
  };
  visit(document.getElementById('root'));
  return out;
}

/**
 * What the component's own CSS decides, per Caremode element: the host's and its shadow
 * elements' display, size and spacing. Without the shadow styles these fall back to the
 * browser's defaults, so a match with the client-only render means the styles arrived.
 */
export function styleSignature() {
  const props = ['display', 'font-size', 'font-weight', 'padding-top', 'border-top-width', 'min-height', 'border-radius', 'background-color'];
  const sign = (el) => {
    const s = getComputedStyle(el);
    return props.map((p) => s.getPropertyValue(p)).join(' ');
  };
  const out = [];
  for (const el of document.getElementById('root').querySelectorAll('*')) {
    if (!el.localName.startsWith('care-')) continue;
    const inner = el.shadowRoot
      ? [...el.shadowRoot.querySelectorAll('*')].filter((n) => !['style', 'slot', 'template', 'svg', 'path'].includes(n.localName)).slice(0, 3)
      : [];
    out.push({ tag: el.localName, signature: [sign(el), ...inner.map((n) => `${n.localName}(${sign(n)})`)].join(' | ') });
  }
  return out;
}

/** The example's DOM, light and shadow, as tags and text: what hydration must reproduce. */
export function domShape() {
  const walk = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent.replace(/\s+/g, ' ').trim();
        if (text) out += JSON.stringify(text);
      } else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style') {
        out += `<${child.localName}>`;
        if (child.shadowRoot) out += `#shadow(${walk(child.shadowRoot)})`;
        out += `${walk(child.localName === 'template' ? child.content : child)}</${child.localName}>`;
      }
    }
    return out;
  };
  return walk(document.getElementById('root'));
}

/** The things a person taps, light and shadow, with the height of what they tap. */
export function interactiveTargets() {
  const out = [];
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.opacity !== '0';
  };
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const control = el.matches(
        'button, select, textarea, a[href], summary, [role=button], [role=checkbox], [role=radio], [role=switch], input:not([type=hidden])',
      );
      if (!control || el.closest('[hidden]') || el.closest('[inert]')) continue;
      // Links within a sentence are exempt from target sizes (WCAG 2.5.8), as in the host stylesheet.
      if (el.matches('a') && el.closest('p, blockquote, figcaption, address, label, legend, caption, [data-care-inline]')) continue;
      let target = el;
      if (el.matches('input[type=checkbox], input[type=radio]')) {
        target = el.closest('label') ?? (el.id ? el.getRootNode().querySelector(`label[for="${el.id}"]`) : null) ?? el;
      }
      if (!shown(el) && !shown(target)) continue;
      const r = target.getBoundingClientRect();
      out.push({ what: `${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`, height: Math.round(r.height * 10) / 10 });
    }
  };
  visit(document.getElementById('root'));
  return out;
}
