/**
 * <slide-deck>: projection mode for a lesson's slides. Without JavaScript
 * the slides stand one after another as a readable page; the 放映 button
 * shows one at a time, full screen where the browser allows it, moved by the
 * keyboard, a clicker (PageDown/PageUp) or the on-screen buttons.
 */
import { slideForKey, slideLabel } from '../lib/teach/slide-keys.ts';

class SlideDeck extends HTMLElement {
  private slides: HTMLElement[] = [];
  private current = 0;
  private status!: HTMLElement;

  connectedCallback(): void {
    this.slides = [...this.querySelectorAll<HTMLElement>('.slide')];
    this.status = this.querySelector<HTMLElement>('[data-slide-status]')!;
    const start = this.querySelector<HTMLButtonElement>('[data-slide-start]')!;
    start.hidden = false;
    start.addEventListener('click', () => this.open());
    this.querySelector('[data-slide-prev]')!.addEventListener('click', () => this.go(this.current - 1));
    this.querySelector('[data-slide-next]')!.addEventListener('click', () => this.go(this.current + 1));
    this.querySelector('[data-slide-close]')!.addEventListener('click', () => this.close());
    this.addEventListener('keydown', (event) => {
      if (!this.classList.contains('is-projecting') || event.altKey || event.ctrlKey || event.metaKey) return;
      // A key on a button presses the button; only keys that buttons ignore move the slides there.
      if ((event.key === ' ' || event.key === 'Enter') && (event.target as Element).closest('button')) return;
      const move = slideForKey(event.key, this.current, this.slides.length);
      if (!move) return;
      event.preventDefault();
      if ('exit' in move) this.close();
      else this.go(move.to);
    });
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement && this.classList.contains('is-projecting')) this.close();
    });
    // Full screen, a turned phone or a resized window gives the slide another box to fit.
    window.addEventListener('resize', () => {
      if (this.classList.contains('is-projecting')) this.fit();
    });
  }

  private open(): void {
    this.classList.add('is-projecting');
    this.go(0);
    this.querySelector<HTMLElement>('.slide-stage')!.focus();
    // Full screen is a bonus: a phone or a framed page without it still projects in the window.
    this.requestFullscreen?.().catch(() => undefined);
  }

  private close(): void {
    this.classList.remove('is-projecting');
    for (const slide of this.slides) {
      slide.hidden = false;
      slide.style.fontSize = '';
    }
    if (document.fullscreenElement === this) document.exitFullscreen().catch(() => undefined);
    this.querySelector<HTMLButtonElement>('[data-slide-start]')!.focus();
  }

  private go(index: number): void {
    this.current = Math.min(this.slides.length - 1, Math.max(0, index));
    this.slides.forEach((slide, i) => (slide.hidden = i !== this.current));
    this.status.textContent = slideLabel(this.current, this.slides.length);
    this.fit();
  }

  /**
   * Shrinks the shown slide's text until its points fit the 16:9 box: a
   * projected slide that scrolls hides its last points from the room. The
   * slide's sizes are all in em, so one font size scales them together. Not
   * below seven eighths of the reader's own text size; past that the slide
   * scrolls (its overflow is auto), as before.
   */
  private fit(): void {
    const slide = this.slides[this.current];
    if (!slide) return;
    slide.style.fontSize = '';
    const smallest = 0.875 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    let size = parseFloat(getComputedStyle(slide).fontSize);
    for (let step = 0; step < 12 && slide.scrollHeight > slide.clientHeight + 1 && size > smallest; step += 1) {
      size = Math.max(smallest, size * Math.max(0.75, Math.sqrt(slide.clientHeight / slide.scrollHeight)));
      slide.style.fontSize = `${size}px`;
    }
  }
}

customElements.define('slide-deck', SlideDeck);
