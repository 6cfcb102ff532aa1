/* Reader settings on <html> before the first paint: a blocking file in <head>, ES5, shipped unminified, so its why is in src/lib/reader/settings.ts. */
(function () {
  var root = document.documentElement;
  root.setAttribute('data-reader', '');
  var saved;
  try {
    saved = JSON.parse(window.localStorage.getItem('ln-plan-reader') || 'null');
  } catch (e) {
    return;
  }
  if (!saved || typeof saved !== 'object') return;
  if (saved.theme === 'light' || saved.theme === 'dark') root.setAttribute('data-theme', saved.theme);
  if (saved.size === 1 || saved.size === 2 || saved.size === 3 || saved.size === 4) root.setAttribute('data-text-size', String(saved.size));
  if (saved.contrast === true) root.setAttribute('data-contrast', 'more');
})();
