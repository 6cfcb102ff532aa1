/**
 * <figure-finder>: filters (part, unit, text) and sortable columns for the
 * table of figures on /figures/. Without JavaScript the full table stands in
 * reading order.
 */
import { compareRows, matchesQuery, nextSortDirection, type FinderKey } from '../lib/journalism/figure-finder.ts';

class FigureFinder extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const body = this.querySelector('tbody')!;
    const rows = [...body.rows];
    const count = this.querySelector('[data-count]')!;
    form.addEventListener('submit', (event) => event.preventDefault());

    const filter = () => {
      const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
      const query = { part: field('part'), unit: field('unit'), text: field('text') };
      let shown = 0;
      for (const row of rows) {
        const visible = matchesQuery(row.dataset, row.textContent ?? '', query);
        row.hidden = !visible;
        if (visible) shown += 1;
      }
      count.textContent = String(shown);
    };
    form.addEventListener('input', filter);
    form.addEventListener('change', filter);

    const headers = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const direction = nextSortDirection(th.getAttribute('aria-sort'));
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction);
        const compare = compareRows(th.dataset.sort as FinderKey, direction);
        rows.sort((a, b) => compare(a.dataset, b.dataset));
        body.append(...rows);
      });
    }
  }
}

if (!customElements.get('figure-finder')) customElements.define('figure-finder', FigureFinder);
