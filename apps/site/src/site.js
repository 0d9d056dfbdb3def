// Shared by the demo pages: a language switch that changes <html lang>, which every widget
// without its own `lang` attribute follows at once, and keeps the choice in the URL.
const select = document.querySelector('#language');
const chosen = new URLSearchParams(location.search).get('lang');
if (chosen) document.documentElement.lang = chosen;
if (select) {
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    history.replaceState(history.state, '', url);
  });
}
// The snippet shows this server's address, which only the browser knows.
for (const code of document.querySelectorAll('[data-origin]')) code.textContent = code.textContent.replace('https://YOUR-API', location.origin);
