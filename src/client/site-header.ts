/**
 * The sticky header (SiteHeader.astro), enhanced:
 *   - its height, as --site-header-height on <html>, kept as the header
 *     grows or wraps (a larger text size, a narrower screen, 菜单 opened on a
 *     phone): a followed link stops below the header (scroll-padding-top), and
 *     the side contents stick under it. Without scripts the stylesheet's
 *     estimate for one row holds.
 *   - 菜单 (a <details>, which opens and closes without scripts) closes as a
 *     menu does: on Esc, focus back on 菜单; on a tap or click outside the
 *     header; and once one of its links is followed within the page.
 *   - on a phone, the reader's tools, a bar at the foot of the screen
 *     (global.css): its height, as --tool-bar-height, so that the page's end
 *     and the tools' panels clear it; and data-tools-away on <html> while the
 *     reader scrolls down through the text, so that the bar gives the text
 *     its room and comes back as soon as they scroll up. It stays while one of
 *     its panels is open, and near the page's top and end.
 * Part of every page's one script (site-boot.ts): no request of its own.
 */
function trackHeight(header: HTMLElement): void {
  const root = document.documentElement;
  const set = () => root.style.setProperty('--site-header-height', `${header.offsetHeight}px`);
  set();
  new ResizeObserver(set).observe(header);
}

function closeMenuAsMenusDo(header: HTMLElement, menu: HTMLDetailsElement): void {
  const summary = menu.querySelector('summary')!;
  // In the capture phase, before reader-tools.ts sees the key: a reader panel open (on a phone, over 菜单) closes first, by its own Esc.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !menu.open || header.querySelector('.reader-panel:not([hidden])')) return;
      menu.open = false;
      summary.focus();
    },
    true,
  );
  document.addEventListener('click', (event) => {
    if (menu.open && !header.contains(event.target as Node)) menu.open = false;
  });
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('nav a')) menu.open = false;
  });
}

function toolBarStepsAside(tools: HTMLElement): void {
  const root = document.documentElement;
  new ResizeObserver(() => root.style.setProperty('--tool-bar-height', `${tools.offsetHeight}px`)).observe(tools);
  let last = scrollY;
  addEventListener(
    'scroll',
    () => {
      const y = scrollY;
      // A jitter of a few pixels (a momentum scroll settling, the address bar folding) is not a direction.
      if (Math.abs(y - last) < 12) return;
      const nearEnds = y < 200 || innerHeight + y > root.scrollHeight - 200;
      const panelOpen = tools.querySelector('.reader-panel:not([hidden])') !== null;
      root.toggleAttribute('data-tools-away', y > last && !nearEnds && !panelOpen);
      last = y;
    },
    { passive: true },
  );
}

const header = document.querySelector<HTMLElement>('body > .site-header');
if (header) {
  trackHeight(header);
  const menu = header.querySelector<HTMLDetailsElement>('details.site-menu');
  if (menu) closeMenuAsMenusDo(header, menu);
  const tools = header.querySelector<HTMLElement>('reader-tools');
  if (tools) toolBarStepsAside(tools);
}
