/**
 * The menu each anchor opens (CitationMenu.astro): 分享这段 with its link,
 * place and quote, the 分享图, and the citations. Loaded when the reader first
 * reaches for an anchor (site-boot.ts), the first click held and given again.
 */
import { citedPlace, GBT_EDITION, gbtCitation, newsroomCitation } from '../lib/journalism/citation.ts';
import { copyText as copy, pageAddress } from './share.ts';
import { shareText } from '../lib/reader/share-words.ts';

let menu: HTMLElement | undefined;
let live: HTMLElement | undefined;
let opener: HTMLAnchorElement | undefined;

function announce(message: string) {
  live ??= Object.assign(document.body.appendChild(document.createElement('div')), { className: 'visually-hidden' });
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  live.textContent = '';
  // A fresh text node each time, so a second copy of the same thing is announced too.
  requestAnimationFrame(() => (live!.textContent = message));
}

function close(returnFocus: boolean) {
  if (!menu || menu.hidden) return;
  menu.hidden = true;
  if (returnFocus) opener?.focus();
}

function button(label: string, action: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', action);
  return b;
}

/** The block's words as the page shows them, without the site's own marks inside it; a table's caption, a row's cells a space apart. */
function blockText(id: string): string {
  const block = document.getElementById(id);
  if (!block || block instanceof HTMLTableElement) return block?.querySelector('caption')?.textContent ?? '';
  const copy = block.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.anchor,.visually-hidden,[aria-hidden="true"],button').forEach((el) => el.remove());
  return [...(copy.tagName == 'TR' ? copy.children : [copy])].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
}

/** 分享这段, for the plan's own blocks (not the site's charts): the link with its place and a quote, and the 分享图. */
function shareGroup(id: string, place: string, url: string, copied: (what: string, text: string) => () => void): HTMLElement[] {
  const words = document.querySelector<HTMLElement>('[data-plan-title]')!.dataset;
  const text = blockText(id);
  if (id.startsWith('chart-') || !text) return [];
  const group = Object.assign(document.createElement('div'), { className: 'cite-menu__share' });
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', '分享这段');
  const figure = Object.assign(document.createElement('figure'), { className: 'share-block', hidden: true });
  const make = button('分享图', async () => {
    figure.hidden = !figure.hidden;
    make.setAttribute('aria-expanded', String(!figure.hidden));
    if (figure.hidden || figure.firstChild) return;
    const { showShareImage } = await import('./share-image.ts');
    const name = await showShareImage(figure, { text, place, url, title: words.planTitle!, block: document.getElementById(id)! });
    announce(`分享图已生成：${name}`);
  });
  make.setAttribute('aria-expanded', 'false');
  group.append(button('复制摘录和链接', copied('摘录和链接', shareText({ title: words.planTitle!, place, text, url }))), make, figure);
  return [group];
}

function open(anchor: HTMLAnchorElement) {
  const id = anchor.hash.slice(1);
  const place = citedPlace(id);
  // The canonical address of the place, whatever address the reader came by.
  const link = pageAddress(id);
  opener = anchor;
  menu ??= Object.assign(document.body.appendChild(document.createElement('div')), { className: 'cite-menu' });
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', `引用${place}`);
  const title = Object.assign(document.createElement('p'), { className: 'cite-menu__place', textContent: place });
  const copied = (what: string, text: string) => async () => {
    const ok = await copy(text);
    close(true);
    announce(ok ? `已复制${what}：${text}` : `未能复制，请手动复制：${text}`);
  };
  menu.replaceChildren(
    title,
    button('复制链接', copied('链接', link)),
    button('复制引用（简式）', copied('引用', newsroomCitation(id))),
    button(`复制引用（${GBT_EDITION}）`, copied('引用', gbtCitation(id, new Date(), link, document.querySelector<HTMLElement>('[data-plan-published]')?.dataset.planPublished || undefined))),
    ...shareGroup(id, place, link, copied),
    button('关闭', () => close(true)),
  );
  // Other page tools (share, read aloud: src/client/reader-tools.ts) add their own buttons here.
  document.dispatchEvent(new CustomEvent('cite-menu:open', { detail: { menu, id } }));
  const box = anchor.getBoundingClientRect();
  menu.hidden = false;
  const width = menu.offsetWidth;
  menu.style.top = `${box.bottom + window.scrollY + 4}px`;
  menu.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
  menu.querySelector('button')!.focus();
}

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const anchor = target.closest<HTMLAnchorElement>('a.anchor');
  if (anchor && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) {
    event.preventDefault();
    history.replaceState(null, '', anchor.hash);
    open(anchor);
  } else if (menu && !menu.hidden && !menu.contains(target)) {
    close(false);
  }
});

document.addEventListener('keydown', (event) => {
  if (!menu || menu.hidden) return;
  if (event.key === 'Escape') {
    event.stopPropagation();
    close(true);
  } else if (event.key === 'Tab') {
    // While open, Tab and Shift+Tab cycle through the menu's buttons: focus leaving a menu that stays
    // open would strand it on screen; Esc, 关闭 or a click outside closes it.
    const buttons = [...menu.querySelectorAll<HTMLElement>('button, a[href]')].filter((el) => !el.closest('[hidden]'));
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const next = at < 0 ? 0 : (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
    event.preventDefault();
    buttons[next]?.focus();
  }
});

document.addEventListener('focusin', (event) => {
  if (menu && !menu.hidden && !menu.contains(event.target as Node) && event.target !== opener) close(false);
});
