// The portal's own script: when a person picks a language in Caremode's settings, go to that
// language's page. Caremode only reports the choice; what it means is the portal's decision.
const pages = { vi: 'index.html', en: 'en.html' };
document.addEventListener('care-language-change', (event) => {
  const page = pages[event.detail.locale];
  if (page && !location.pathname.endsWith(page)) location.href = page + location.search;
});
