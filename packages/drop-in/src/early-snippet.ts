/**
 * The inline script a portal puts in `<head>`, before any stylesheet, so a person who chose
 * care mode never sees the page flash at the default size first: it copies the stored choice
 * (and `?care=1`) onto `<html>` before the first paint, where `caremode.css` already waits for
 * it. Plain ES5, no dependencies, never throws. Its CSP hash is in docs/drop-in.md and is
 * checked by test.
 */
export const earlySnippet =
  '(function(r){try{var p=JSON.parse(localStorage.getItem("caremode:preferences:v1"))||{},s=location.search,' +
  'q=function(m){return matchMedia(m).matches},c=p.contrast;' +
  'if(/[?&]care=(1|on|true)(&|$)/i.test(s)||p.careMode===true&&!/[?&]care=(0|off|false)(&|$)/i.test(s))r.setAttribute("data-care-mode","on");' +
  'if(p.textScale>1)r.setAttribute("data-care-text-scale",p.textScale);' +
  'if(!c||c=="auto")c=q("(prefers-contrast: more)")?"high":q("(prefers-color-scheme: dark)")?"dark":"";' +
  'if(c=="high"||c=="dark")r.setAttribute("data-care-contrast",c);' +
  'if(p.motion=="reduce"||p.motion!="no-preference"&&q("(prefers-reduced-motion: reduce)"))r.setAttribute("data-care-motion","reduce")' +
  '}catch(e){}})(document.documentElement)';
