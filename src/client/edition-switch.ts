/**
 * The edition switch lands on the same place in the other edition: the
 * paragraph address in the URL if there is one, else the block of the plan
 * at the top of the screen. Both editions have the same ids.
 */
const BLOCK = '[id^="s"], [id^="c"], [id^="t"], [id^="chart-"]';

function blockInView(): string | undefined {
  for (const el of document.querySelectorAll<HTMLElement>(`main ${BLOCK}`)) {
    const box = el.getBoundingClientRect();
    if (box.height > 0 && box.bottom > 0) return el.id;
  }
  return undefined;
}

export function attachEditionSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-edition-switch]')) {
    link.addEventListener('click', () => {
      const id = location.hash.slice(1) || (window.scrollY > 0 ? blockInView() : undefined);
      const target = new URL(link.href);
      target.hash = id ? `#${id}` : '';
      link.href = target.href;
    });
  }
}
