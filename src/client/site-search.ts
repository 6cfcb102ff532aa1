/**
 * <site-search> (SiteSearch.astro): the header's search link, `/` and Ctrl+K
 * open the dialog, whose code loads on the first opening; and a page reached
 * from a result marks the phrase sought. Part of every page's one script
 * (site-boot.ts).
 */
import type { PlanSearchApi } from './plan-search-api.ts';
import type { PagefindModalElement } from './search-dialog.ts';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The header's search link, `/` and Ctrl+K open the dialog; its code loads on the first opening. */
class SiteSearch extends HTMLElement {
  #modal: Promise<PagefindModalElement> | undefined;

  connectedCallback() {
    this.querySelector('a')!.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      void this.open();
    });
    document.addEventListener('keydown', (event) => {
      const slash = event.key === '/' && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey;
      const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !ctrlK) return;
      if (document.querySelector('dialog.pf-modal[open]')) return;
      event.preventDefault();
      void this.open();
    });
    // Only a reader who came from a search result has a phrase to mark: the code loads then.
    if (new URLSearchParams(location.search).has('highlight')) void import('./search-highlight.ts').then(({ highlightSearchTerms }) => highlightSearchTerms());
  }

  async open() {
    this.#modal ??= import('./search-dialog.ts').then(({ createSearchDialog }) =>
      createSearchDialog(this.querySelector('template')!, this.dataset.bundle!),
    );
    (await this.#modal).open();
  }

  /**
   * The search itself, without the dialog: what the bench times and the
   * tests query (`document.querySelector('site-search').planSearch()`).
   */
  planSearch(): Promise<PlanSearchApi> {
    return import('./plan-search-api.ts').then(({ planSearchApi }) => planSearchApi(import.meta.env.BASE_URL));
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
