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

const header = document.querySelector<HTMLElement>('body > .site-header');
if (header) {
  trackHeight(header);
  const menu = header.querySelector<HTMLDetailsElement>('details.site-menu');
  if (menu) closeMenuAsMenusDo(header, menu);
}
