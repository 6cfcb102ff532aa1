/**
 * Registers the offline worker (src/offline/service-worker.js) after the page
 * has loaded. The base is read directly rather than through urls.ts: that
 * module, shared with other pages' scripts, would be a request of its own.
 */

function register() {
  // Save-Data: the worker then keeps only the page being read. It is told through its URL (a static host ignores the
  // query) because it installs before it sees any request; a change of the setting makes a new URL and a new install.
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const script = `${base}${saveData ? 'sw.js?save-data=on' : 'sw.js'}`;
  // A failure (private mode, storage full, a host without sw.js) only means no offline copy; reading is unaffected.
  navigator.serviceWorker.register(script, { scope: base }).catch(() => undefined);
}

// Production only: the dev server has no sw.js, and a worker there would keep stale modules.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // After the page itself has loaded: the offline copy must never slow the first reading on a slow network.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
