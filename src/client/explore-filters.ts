/**
 * <explore-filters>: the explorer's facets as a form that narrows the list of
 * blocks at once, keeps its state in the address (shareable; back and
 * forward work) and shows how many blocks each value would leave. The page
 * reads fully without it: every block is listed, and the index groups them.
 */
import { FACET_IDS, QUERY_PARAM, type FacetId } from '../lib/explorer/facets.ts';
import { blockMatches, facetCounts, parseState, stateToSearch, type BlockFacets, type ExplorerState } from '../lib/explorer/explorer-state.ts';

/**
 * How many matches are listed before a 显示其余 button. Showing or hiding all 84
 * long blocks at each change cost the browser more restyling than one frame
 * allows at 4× CPU throttling (npm run bench: 19.6 ms median against 16).
 */
const FIRST = 10;

interface Item {
  el: HTMLElement;
  facets: BlockFacets;
  text: string;
}

class ExploreFilters extends HTMLElement {
  #items: Item[] = [];
  #form!: HTMLFormElement;
  #state: ExplorerState = { selection: {}, query: '' };
  #known = {} as Record<FacetId, Set<string>>;
  /** Whether the history entry shown was made by typing in the text box, so that the next keystroke updates it. */
  #typing = false;
  /** Whether the reader asked for all the matches of the state shown, not only the first ones. */
  #expanded = false;
  #more!: HTMLButtonElement;
  /** The address the last change will have written, which the next change compares with before the write is done. */
  #address: string | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#items = [...document.querySelectorAll<HTMLElement>('.explore-results > li')].map((el) => ({
      el,
      facets: Object.fromEntries(FACET_IDS.map((f) => [f, (el.dataset[f] ?? '').split('|').filter(Boolean)])) as BlockFacets,
      text: el.querySelector('blockquote')?.textContent ?? '',
    }));
    for (const facet of FACET_IDS) {
      const select = this.#select(facet);
      // Each value of the index (details#place-大连, summary 大连（10段）) becomes an option; counts are set on render.
      // A value is its label, except a target's (t2-r1, agencies), which is ASCII in its id: the 繁體 edition keeps
      // ids as they are but converts labels, as it does the blocks' data-place, so the two still match there.
      for (const group of document.querySelectorAll<HTMLDetailsElement>(`.explore-index details[id^="${facet}-"]`)) {
        const label = (group.querySelector('summary')?.textContent ?? '').trim().replace(/（\d+段）$/, '');
        const option = new Option('', facet === 'target' ? group.id.slice(facet.length + 1) : label);
        option.dataset.label = label;
        select.add(option);
      }
      this.#known[facet] = new Set([...select.options].map((o) => o.value).filter(Boolean));
    }
    this.#more = document.querySelector<HTMLButtonElement>('.explore-more')!;
    this.#more.addEventListener('click', () => {
      this.#expanded = true;
      this.#renderList();
      // The button goes; the reader goes on from the first block it brought.
      document.querySelectorAll<HTMLElement>('.explore-results > li:not([hidden])')[FIRST]?.querySelector('a')?.focus();
    });
    this.hidden = false;
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('change', () => this.#fromForm('push'));
    this.#form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).matches('input')) this.#fromForm('typing');
    });
    // The reset event comes before the form clears its fields (a microtask after it still reads the old values):
    // the state is cleared here, and rendering it clears the fields.
    this.#form.addEventListener('reset', (event) => {
      event.preventDefault();
      this.#state = { selection: {}, query: '' };
      this.#commit('push');
    });
    // The city tiles and any link that sets one facet: the same state change, without a page load.
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-facet]');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const facet = link.dataset.facet as FacetId;
      this.#state = { ...this.#state, selection: { ...this.#state.selection, [facet]: link.dataset.value } };
      this.#commit('push');
      this.#form.scrollIntoView({ block: 'start' });
    });
    window.addEventListener('popstate', () => this.#fromAddress());
    this.#fromAddress();
  }

  #select(facet: FacetId): HTMLSelectElement {
    return this.#form.elements.namedItem(facet) as HTMLSelectElement;
  }

  #fromAddress(): void {
    const { state, unknown } = parseState(location.search, this.#known);
    this.#state = state;
    this.#typing = false;
    this.#address = undefined;
    const message = this.querySelector<HTMLElement>('.explore-unknown')!;
    message.textContent = unknown.length ? `${unknown.join('')}下面显示的是其余条件的结果。` : '';
    message.hidden = unknown.length === 0;
    this.#render();
  }

  #fromForm(mode: 'push' | 'typing'): void {
    const data = new FormData(this.#form);
    const selection = Object.fromEntries(FACET_IDS.map((f) => [f, String(data.get(f) ?? '')]).filter(([, v]) => v));
    this.#state = { selection, query: String(data.get(QUERY_PARAM) ?? '').trim() };
    this.#commit(mode);
  }

  /**
   * Puts the state in the address: a change is a new history entry, so Back undoes it; typing makes one
   * entry at its first keystroke and updates it after that; an address the entry already has is not
   * added again (the text box's change event when it loses focus). The list is drawn first and the
   * address written just after: writing history costs the browser about as much as the filtering
   * (npm run bench), and the reader is waiting for the list.
   */
  #commit(mode: 'push' | 'typing'): void {
    const address = `${location.pathname}${stateToSearch(this.#state)}${location.hash}`;
    const changed = address !== (this.#address ?? `${location.pathname}${location.search}${location.hash}`);
    const push = changed && !(mode === 'typing' && this.#typing);
    if (mode === 'push') this.#typing = false;
    else if (changed) this.#typing = true;
    this.#address = address;
    const message = this.querySelector<HTMLElement>('.explore-unknown')!;
    message.hidden = true;
    this.#render();
    setTimeout(() => {
      if (push) history.pushState(null, '', address);
      else history.replaceState(null, '', address);
    });
  }

  /** Shows the blocks that match (the first FIRST of them unless expanded) and returns how many match. */
  #renderList(): number {
    let matches = 0;
    for (const item of this.#items) {
      const match = blockMatches(item.facets, item.text, this.#state);
      const show = match && (this.#expanded || matches < FIRST);
      // Only what changes: each write to hidden invalidates the list's styles.
      if (item.el.hidden === show) item.el.hidden = !show;
      if (match) matches++;
    }
    const rest = matches - FIRST;
    this.#more.hidden = this.#expanded || rest <= 0;
    if (!this.#more.hidden) this.#more.textContent = `显示其余${rest}段`;
    return matches;
  }

  /** Draws a new state: its first matches, the counts its choices would leave, the form and the status line. */
  #render(): void {
    const state = this.#state;
    this.#expanded = false;
    const shown = this.#renderList();
    const counts = facetCounts(this.#items, state);
    for (const facet of FACET_IDS) {
      const select = this.#select(facet);
      select.value = state.selection[facet] ?? '';
      for (const option of select.options) {
        if (!option.value) continue;
        const text = `${option.dataset.label}（${counts[facet].get(option.value) ?? 0}）`;
        // Writing unchanged text still makes the browser restyle the select.
        if (option.textContent !== text) option.textContent = text;
      }
    }
    const input = this.#form.elements.namedItem(QUERY_PARAM) as HTMLInputElement;
    if (document.activeElement !== input) input.value = state.query;
    const status = this.querySelector<HTMLElement>('.explore-count')!;
    const total = this.#items.length;
    const filtered = Object.keys(state.selection).length > 0 || state.query !== '';
    const first = shown > FIRST ? `，先列出前${FIRST}段` : '';
    status.textContent = !filtered ? `共${total}段${first}` : shown === 0 ? '没有同时符合这些条件的段落，请减少条件。' : `符合条件的有${shown}段（共${total}段）${first}`;
  }
}

customElements.define('explore-filters', ExploreFilters);
