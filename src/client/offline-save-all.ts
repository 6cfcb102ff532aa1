/**
 * <offline-save-all>: asks the service worker what keeping the whole site
 * costs (counted at build time, src/lib/site/offline.ts), shows it, and on the
 * reader's request has the worker keep everything, showing its progress.
 * The messages are those of src/offline/service-worker.js.
 */
import { formatBytes } from '../lib/site/file-size.ts';

interface Totals {
  files: number;
  bytes: number;
  gzipBytes: number;
}

type WorkerMessage =
  | { type: 'offline-status'; all: Totals; saved: number; saveAll: boolean }
  | { type: 'offline-progress'; done: number; total: number }
  | { type: 'offline-saved-all'; files: number }
  | { type: 'offline-save-failed'; message: string };


class OfflineSaveAll extends HTMLElement {
  #size = this.querySelector<HTMLElement>('[data-size]')!;
  #button = this.querySelector<HTMLButtonElement>('button')!;
  #progress = this.querySelector<HTMLProgressElement>('progress')!;
  #count = this.querySelector<HTMLElement>('[data-count]')!;
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #worker: ServiceWorker | null = null;

  connectedCallback(): void {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.addEventListener('message', this.#onMessage);
    this.#button.addEventListener('click', this.#onClick);
    void navigator.serviceWorker.ready.then((registration) => {
      this.#worker = registration.active;
      this.#worker?.postMessage({ type: 'offline-status' });
    });
  }

  disconnectedCallback(): void {
    navigator.serviceWorker?.removeEventListener('message', this.#onMessage);
  }

  #onClick = (): void => {
    if (!this.#worker) return;
    this.#button.disabled = true;
    this.#progress.hidden = false;
    this.#count.hidden = false;
    this.#status.textContent = '正在保存……';
    this.#worker.postMessage({ type: 'offline-save-all' });
  };

  #onMessage = (event: MessageEvent<WorkerMessage>): void => {
    const message = event.data;
    switch (message?.type) {
      case 'offline-status': {
        const { all, saved, saveAll } = message;
        this.#size.textContent =
          `全站共 ${all.files} 个文件，约 ${formatBytes(all.bytes)}，网络压缩传输约 ${formatBytes(all.gzipBytes)}；` +
          `本机已保存其中 ${saved} 个。`;
        if (saveAll && saved === all.files) this.#done(all.files);
        this.hidden = false;
        break;
      }
      case 'offline-progress':
        this.#progress.max = message.total;
        this.#progress.value = message.done;
        // Not in the live region: a count read out two hundred times would drown the reader; the end is announced.
        this.#count.textContent = `${message.done} / ${message.total} 个文件`;
        break;
      case 'offline-saved-all':
        this.#done(message.files);
        break;
      case 'offline-save-failed':
        this.#button.disabled = false;
        this.#progress.hidden = true;
        this.#count.hidden = true;
        this.#status.textContent = '保存没有完成（网络中断或存储空间不足）。已保存的部分不会丢失，联网后可以再试。';
        break;
    }
  };

  #done(files: number): void {
    this.#button.disabled = true;
    this.#progress.hidden = true;
    this.#count.hidden = true;
    this.#status.textContent = `已全部保存（${files} 个文件）。没有网络时也能阅读全部页面、搜索和下载图表；网站更新时，浏览器只下载改动过的文件。`;
  }
}

if (!customElements.get('offline-save-all')) customElements.define('offline-save-all', OfflineSaveAll);
