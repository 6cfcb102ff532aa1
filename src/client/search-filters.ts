/** Connects the part and kind selects to the Pagefind search. */
import { searchInstance } from './pagefind-ui.ts';

export function currentFilters(container: HTMLElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const select of container.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    if (select.value) filters[select.dataset.filter!] = [select.value];
  }
  return filters;
}

export function attachFilters(container: HTMLElement, onChange?: () => void): void {
  const instance = searchInstance();
  for (const select of container.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    select.addEventListener('change', () => {
      instance.triggerFilters(currentFilters(container));
      onChange?.();
    });
  }
}
