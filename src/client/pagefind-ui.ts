/**
 * Loads Pagefind's Component UI on demand: its script and stylesheet weigh
 * more than a whole page of the plan, so a reader who never searches never
 * downloads them.
 */

interface PagefindInstance {
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'results', callback: (results: { results: unknown[] }) => void): void;
  searchTerm?: string;
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

export function searchInstance(): PagefindInstance {
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI is not loaded');
  return components.getInstanceManager().getInstance('default');
}
