/**
 * Loads Pagefind's Component UI on demand: its script and stylesheet weigh
 * more than a whole page of the plan, so a reader who never searches never
 * downloads them. The UI shows the results of the plan's own search
 * (plan-search-api.ts), not of Pagefind's engine.
 */
import type { PlanSearchApi } from './plan-search-api.ts';

interface PagefindInstance {
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, unknown>) => void): void;
  on(event: 'results', callback: (results: { results: unknown[] }) => void): void;
  searchTerm?: string;
}

/**
 * The Component UI's instance keeps the API it searches with in
 * `__pagefind__` and imports pagefind.js only while that is empty
 * (pagefind-component-ui 1.6; tests/browser/search-ui.test.ts fails if a
 * new version stops using it).
 */
interface InstanceInternals {
  __pagefind__: Pick<PlanSearchApi, 'search' | 'filters'> | null;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

let loading: Promise<void> | undefined;

export function loadPagefindUI(bundlePath: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundlePath}pagefind-component-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-component-ui.js`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('搜索组件加载失败'));
    document.head.append(script);
  });
  return loading;
}

/** Whether a search is narrowed by 部分 or 类型: it then asks for the plan's paragraphs alone. */
export const hasFilter = (filters: Record<string, unknown> | undefined): boolean =>
  Object.values(filters ?? {}).some((v) => (Array.isArray(v) ? v.some(Boolean) : Boolean(v)));

export function searchInstance(): PagefindInstance {
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI is not loaded');
  return components.getInstanceManager().getInstance('default');
}

/** Makes the Component UI search the plan's index, loaded on the first search. */
export function usePlanSearch(): void {
  const instance = searchInstance() as PagefindInstance & InstanceInternals;
  const api = () => import('./plan-search-api.ts').then(({ planSearchApi }) => planSearchApi(import.meta.env.BASE_URL));
  instance.__pagefind__ ??= {
    search: async (term, options) => (await api()).search(term, options),
    filters: async () => (await api()).filters(),
  };
}

/** The last search asked of the instance, kept as each one starts: what its next 'results' event answers. */
export function lastSearch(instance: PagefindInstance): { term: string; filtered: boolean } {
  const last = { term: '', filtered: false };
  instance.on('search', (term, filters) => {
    last.term = term ?? '';
    last.filtered = hasFilter(filters);
  });
  return last;
}
