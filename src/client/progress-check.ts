/**
 * <growth-progress-check>: the reader enters a reported value for one 表2
 * indicator and year; it says how far above or below the plan's path that is,
 * marks it on the indicator's panel, and keeps the question in the URL so the
 * answer can be shared. Nothing leaves the browser.
 */
import { growthRows } from '../lib/charts/chart-data.ts';
import { panelScales } from '../lib/charts/chart-growth.ts';
import type { GrowthTableData } from '../lib/plan/indicator-data.ts';
import { CHECK_PARAMS, checkAgainstPath, parseCheck, type CheckState } from '../lib/charts/progress-check.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

class GrowthProgressCheck extends HTMLElement {
  #table!: GrowthTableData;
  #form!: HTMLFormElement;
  #result!: HTMLElement;

  connectedCallback(): void {
    if (this.#form) return;
    this.#table = JSON.parse(this.dataset.table ?? '{}') as GrowthTableData;
    this.#form = this.querySelector('form')!;
    this.#result = this.querySelector('.chart-check__result')!;
    this.querySelector('.chart-check-off')?.remove();
    this.#form.hidden = false;
    const row = this.#field<HTMLSelectElement>(CHECK_PARAMS.row);
    row.addEventListener('change', () => this.#showUnit());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(this.#form)) params.set(name, String(value));
      this.#answer(params, true);
    });
    this.#answer(new URLSearchParams(location.search), false);
  }

  #field<T extends HTMLInputElement | HTMLSelectElement>(name: string): T {
    return this.#form.elements.namedItem(name) as T;
  }

  #showUnit(): void {
    const option = this.#field<HTMLSelectElement>(CHECK_PARAMS.row).selectedOptions[0];
    this.querySelector('.chart-check__unit')!.textContent = option?.dataset.unit ?? '';
  }

  #answer(params: URLSearchParams, remember: boolean): void {
    const parsed = parseCheck(params, this.#table);
    if (parsed === null) return;
    this.#clearMarks();
    const valueField = this.#field<HTMLInputElement>(CHECK_PARAMS.value);
    if (!parsed.ok) {
      // The question stays as asked, in the form and in the URL, so the reader can correct it.
      this.#restore(params);
      valueField.setAttribute('aria-invalid', 'true');
      this.#result.textContent = parsed.error;
      this.#result.dataset.position = 'error';
      return;
    }
    valueField.removeAttribute('aria-invalid');
    const { state } = parsed;
    this.#field<HTMLSelectElement>(CHECK_PARAMS.row).value = String(state.row);
    this.#field<HTMLSelectElement>(CHECK_PARAMS.year).value = String(state.year);
    valueField.value = params.get(CHECK_PARAMS.value)!.trim();
    this.#showUnit();
    const result = checkAgainstPath(this.#table, state);
    this.#result.textContent = result.message;
    this.#result.dataset.position = result.position;
    this.#mark(state, result.expected);
    if (remember) {
      // Keep whatever else the URL holds (another feature's parameters, the #address).
      const url = new URL(location.href);
      for (const [name, value] of Object.entries({ [CHECK_PARAMS.row]: state.row, [CHECK_PARAMS.year]: state.year, [CHECK_PARAMS.value]: state.value })) {
        url.searchParams.set(name, String(value));
      }
      history.replaceState(history.state, '', url);
    }
  }

  /** Puts what the URL or the reader asked back into the form: an option only where it exists, the value as typed. */
  #restore(params: URLSearchParams): void {
    for (const name of [CHECK_PARAMS.row, CHECK_PARAMS.year]) {
      const select = this.#field<HTMLSelectElement>(name);
      const wanted = params.get(name);
      if (wanted !== null && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }
    const value = params.get(CHECK_PARAMS.value);
    if (value !== null) this.#field<HTMLInputElement>(CHECK_PARAMS.value).value = value;
    this.#showUnit();
  }

  #clearMarks(): void {
    for (const mark of document.querySelectorAll(`[id^="${this.dataset.chart}-p"] .chart-check-mark`)) mark.remove();
  }

  /** The reported value on its panel, with a dashed line to the path; clamped to the panel's scale. */
  #mark(state: CheckState, expected: number): void {
    const panel = document.getElementById(`${this.dataset.chart}-p${state.row}`);
    const row = growthRows(this.#table)[state.row - 1];
    if (!panel || !row) return;
    const { x, y } = panelScales(row);
    const [, top] = y.domain() as [number, number];
    const cx = x(state.year);
    const cy = y(Math.min(state.value, top));
    const mark = svgElement('g', { class: 'chart-check-mark', 'aria-hidden': 'true' });
    mark.append(
      svgElement('line', { x1: cx, x2: cx, y1: y(expected), y2: cy }),
      svgElement('path', { d: `M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`, 'stroke-width': 1 }),
    );
    // The label goes on the side away from the path, so it never sits on the line.
    const below = cy >= y(expected);
    const label = svgElement('text', { x: cx, y: below ? cy + 19 : cy - 10, 'text-anchor': 'middle', 'font-size': 11 });
    label.textContent = state.value > top ? '报告值（超出刻度）' : '报告值';
    mark.append(label);
    panel.append(mark);
  }
}

if (!customElements.get('growth-progress-check')) customElements.define('growth-progress-check', GrowthProgressCheck);
