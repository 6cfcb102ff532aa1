/**
 * <reader-tools>: the header's 阅读设置, 朗读, 分享 and 打印 (ReaderTools.astro),
 * and the 分享 and 朗读 buttons added to each anchor's menu (CitationMenu.astro
 * announces each opening with a `cite-menu:open` event).
 */
import { parseSettings, serializeSettings, settingsAttributes, STORAGE_KEY, type ReaderSettings, type Theme } from '../lib/reader/settings.ts';
import { isReading, onChineseVoice, readAloud, stopReading } from './read-aloud.ts';
import { canShare, copyText, pageAddress, systemShare } from './share.ts';

function loadSettings(): ReaderSettings {
  try {
    return parseSettings(localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseSettings(null);
  }
}

function saveSettings(settings: ReaderSettings): void {
  try {
    localStorage.setItem(STORAGE_KEY, serializeSettings(settings));
  } catch {
    // Storage refused: the choice holds for this page only.
  }
}

function applySettings(settings: ReaderSettings): void {
  for (const [name, value] of Object.entries(settingsAttributes(settings))) {
    if (value === null) document.documentElement.removeAttribute(name);
    else document.documentElement.setAttribute(name, value);
  }
}

let voiceFound = false;
const voiceWaiters: Array<() => void> = [];
onChineseVoice(() => {
  voiceFound = true;
  voiceWaiters.splice(0).forEach((f) => f());
});
const whenVoice = (f: () => void) => (voiceFound ? f() : voiceWaiters.push(f));

/** What 朗读本页 reads: the headings and paragraphs of the page's text, not its navigation. */
function pageBlocks(): Element[] {
  return [...document.querySelectorAll('main :is(h1, h2, h3, h4, p)')].filter(
    (el) => !el.closest('nav, template, [hidden], .visually-hidden, .site-label, .reader-panel') && (el.textContent ?? '').trim() !== '',
  );
}

class ReaderTools extends HTMLElement {
  #settings = loadSettings();
  #status!: HTMLElement;

  connectedCallback(): void {
    this.#status = this.querySelector('[role="status"]')!;
    this.#setUpPanels();
    this.#setUpSettings();
    this.#setUpShare();
    this.querySelector<HTMLButtonElement>('[data-print]')!.addEventListener('click', () => window.print());
    const read = this.querySelector<HTMLButtonElement>('[data-read-page]')!;
    whenVoice(() => (read.hidden = false));
    read.addEventListener('click', () => {
      if (isReading()) {
        stopReading();
        return;
      }
      read.textContent = '停止朗读';
      readAloud(pageBlocks(), () => (read.textContent = '朗读本页'));
    });
  }

  announce(message: string): void {
    this.#status.textContent = '';
    requestAnimationFrame(() => (this.#status.textContent = message));
  }

  #setUpPanels(): void {
    const toggles = [...this.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
    const panelOf = (b: HTMLButtonElement) => document.getElementById(b.getAttribute('aria-controls')!)!;
    const show = (toggle: HTMLButtonElement, open: boolean) => {
      toggle.setAttribute('aria-expanded', String(open));
      panelOf(toggle).hidden = !open;
      if (open) this.dispatchEvent(new CustomEvent('panel-open', { detail: panelOf(toggle).id }));
    };
    for (const toggle of toggles) {
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        for (const other of toggles) if (other !== toggle) show(other, false);
        show(toggle, open);
      });
    }
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const open = toggles.find((t) => t.getAttribute('aria-expanded') === 'true');
      if (!open) return;
      show(open, false);
      open.focus();
    });
  }

  #setUpSettings(): void {
    const theme = this.querySelectorAll<HTMLInputElement>('input[name="reader-theme"]');
    const size = this.querySelectorAll<HTMLInputElement>('input[name="reader-size"]');
    const contrast = this.querySelector<HTMLInputElement>('input[name="reader-contrast"]')!;
    theme.forEach((input) => (input.checked = input.value === this.#settings.theme));
    size.forEach((input) => (input.checked = Number(input.value) === this.#settings.size));
    contrast.checked = this.#settings.contrast;
    const change = (next: Partial<ReaderSettings>) => {
      this.#settings = { ...this.#settings, ...next };
      applySettings(this.#settings);
      saveSettings(this.#settings);
    };
    theme.forEach((input) => input.addEventListener('change', () => change({ theme: input.value as Theme })));
    size.forEach((input) => input.addEventListener('change', () => change({ size: Number(input.value) })));
    contrast.addEventListener('change', () => change({ contrast: contrast.checked }));
  }

  #setUpShare(): void {
    const panel = this.querySelector<HTMLElement>('#share-page');
    if (!panel) return;
    const image = panel.querySelector('img')!;
    this.addEventListener('panel-open', (event) => {
      // The code loads only when asked for: most readers never open it.
      if ((event as CustomEvent<string>).detail === 'share-page' && !image.src) image.src = image.dataset.src!;
    });
    panel.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
      const url = pageAddress();
      this.announce((await copyText(url)) ? `已复制链接：${url}` : `未能复制，请手动复制：${url}`);
    });
    const share = panel.querySelector<HTMLButtonElement>('[data-system-share]')!;
    if (canShare()) {
      share.hidden = false;
      share.addEventListener('click', () => systemShare(document.title, pageAddress()));
    }
  }
}

if (!customElements.get('reader-tools')) customElements.define('reader-tools', ReaderTools);

/** The anchor menu's own share and read-aloud buttons for the place it was opened on. */
document.addEventListener('cite-menu:open', (event) => {
  const { menu, id } = (event as CustomEvent<{ menu: HTMLElement; id: string }>).detail;
  const folder = document.querySelector<HTMLElement>('reader-tools')?.dataset.qrFolder;
  const group = Object.assign(document.createElement('div'), { className: 'cite-menu__share' });
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', '分享与朗读');
  const button = (label: string, action: (b: HTMLButtonElement) => void) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
    b.addEventListener('click', () => action(b));
    group.append(b);
    return b;
  };
  if (folder) {
    const figure = document.createElement('figure');
    figure.className = 'share-qr';
    figure.hidden = true;
    const image = Object.assign(document.createElement('img'), { alt: `本处地址的二维码：${pageAddress(id)}`, width: 160, height: 160 });
    const caption = Object.assign(document.createElement('figcaption'), { textContent: '用微信“扫一扫”在手机上打开本处' });
    figure.append(image, caption);
    const toggle = button('二维码', (b) => {
      image.src ||= `${folder}${id}.svg`;
      figure.hidden = !figure.hidden;
      b.setAttribute('aria-expanded', String(!figure.hidden));
    });
    toggle.setAttribute('aria-expanded', 'false');
    group.append(figure);
  }
  if (canShare()) button('系统分享…', () => systemShare(document.title, pageAddress(id)));
  const place = document.getElementById(id);
  if (voiceFound && place) {
    // A heading's anchor reads its heading; a paragraph's, the paragraph.
    const target = place.closest('p, li, tr, .heading-wrapper, figure') ?? place;
    button(isReading() ? '停止朗读' : '朗读本处', (b) => {
      if (isReading()) {
        stopReading();
        b.textContent = '朗读本处';
      } else {
        b.textContent = '停止朗读';
        readAloud([target], () => (b.textContent = '朗读本处'));
      }
    });
  }
  if (group.childElementCount === 0) return;
  const close = [...menu.children].find((el) => el.tagName === 'BUTTON' && el.textContent === '关闭');
  menu.insertBefore(group, close ?? null);
});
