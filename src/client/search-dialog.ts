/**
 * The search dialog itself, loaded only when a reader first opens search:
 * Pagefind's Component UI, the filters, the no-results tips and the group of
 * the site's own pages (whose engine loads only when a query is typed).
 */
import { attachNoResultsTips } from './no-results-tips.ts';
import { loadPagefindUI, usePlanSearch } from './pagefind-ui.ts';
import { attachFilters } from './search-filters.ts';
import { attachSitePages } from './site-pages-search.ts';

export interface PagefindModalElement extends HTMLElement {
  open(): void;
  dialogEl: HTMLDialogElement | null;
}

async function waitFor<T>(get: () => T | null): Promise<T> {
  for (;;) {
    const value = get();
    if (value) return value;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Puts the dialog from the template into the page, wired up, and returns it. */
export async function createSearchDialog(template: HTMLTemplateElement, bundle: string): Promise<PagefindModalElement> {
  await loadPagefindUI(bundle);
  document.body.append(template.content.cloneNode(true));
  await customElements.whenDefined('pagefind-modal');
  usePlanSearch();
  const modal = document.body.querySelector<PagefindModalElement>(':scope > pagefind-modal')!;
  await waitFor(() => modal.dialogEl);
  attachFilters(modal.querySelector<HTMLElement>('[data-search-filters]')!);
  attachNoResultsTips(modal.querySelector<HTMLElement>('[data-search-tips]')!, (term) => {
    const input = modal.querySelector('input')!;
    input.value = term;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
  attachSitePages(modal.querySelector<HTMLElement>('.search-panel')!, 'dialog-search');
  return modal;
}
