/**
 * <chart-points>: around a chart drawn at build time, it makes the data points
 * reachable by keyboard (one tab stop per chart, arrow keys between points)
 * and shows each point's figures in a tooltip on focus or hover. Without it,
 * the same figures are in the SVG's description and the data table.
 */
const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

class ChartPoints extends HTMLElement {
  #points: SVGGElement[] = [];
  #tip: HTMLDivElement | null = null;

  connectedCallback(): void {
    if (this.#tip) return;
    this.#points = [...this.querySelectorAll<SVGGElement>('.chart-point')];
    if (this.#points.length === 0) return;
    // An image's children are hidden from assistive technology; with focusable points inside, each svg becomes a group.
    for (const svg of this.querySelectorAll('svg')) svg.setAttribute('role', 'group');
    this.#tip = document.createElement('div');
    this.#tip.className = 'chart-tooltip';
    this.#tip.hidden = true;
    // The focused point's own label already speaks the same words.
    this.#tip.setAttribute('aria-hidden', 'true');
    this.append(this.#tip);
    this.#points.forEach((point, i) => {
      point.setAttribute('tabindex', i === 0 ? '0' : '-1');
      point.setAttribute('role', 'img');
      point.setAttribute('aria-label', point.dataset.label ?? '');
      point.addEventListener('focus', () => this.#activate(point));
      point.addEventListener('blur', () => this.#hide(point));
      point.addEventListener('pointerenter', () => this.#show(point));
      point.addEventListener('pointerleave', () => {
        if (document.activeElement !== point) this.#hide(point);
      });
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
  }

  #activate(point: SVGGElement): void {
    for (const other of this.#points) other.setAttribute('tabindex', other === point ? '0' : '-1');
    this.#show(point);
  }

  #onKey(event: KeyboardEvent): void {
    const current = this.#points.indexOf(event.target as SVGGElement);
    if (current === -1) return;
    let next = current;
    if (NEXT.has(event.key)) next = Math.min(current + 1, this.#points.length - 1);
    else if (PREVIOUS.has(event.key)) next = Math.max(current - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = this.#points.length - 1;
    else if (event.key === 'Escape') {
      this.#hide(this.#points[current]!);
      return;
    } else return;
    event.preventDefault();
    this.#points[next]!.focus();
  }

  #show(point: SVGGElement): void {
    const tip = this.#tip!;
    for (const other of this.#points) other.classList.toggle('is-active', other === point);
    tip.textContent = point.dataset.label ?? '';
    tip.hidden = false;
    const host = this.getBoundingClientRect();
    const box = point.getBoundingClientRect();
    const left = Math.max(0, Math.min(box.left + box.width / 2 - host.left - tip.offsetWidth / 2, host.width - tip.offsetWidth));
    const above = box.top - host.top - tip.offsetHeight - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : box.bottom - host.top + 8}px`;
  }

  #hide(point: SVGGElement): void {
    point.classList.remove('is-active');
    this.#tip!.hidden = true;
  }
}

if (!customElements.get('chart-points')) customElements.define('chart-points', ChartPoints);
