/**
 * <toc-current>: marks, in a part's contents list, the section being read
 * (aria-current="location"), so a reader who comes back to the contents sees
 * where they were. The mark stays while the contents are in view at the top
 * of the page, which is exactly when it is looked at.
 */
class TocCurrent extends HTMLElement {
  #sections: Array<{ link: HTMLAnchorElement; heading: HTMLElement }> = [];
  #frame = 0;

  connectedCallback(): void {
    // Sections only: the top-level items of the list, not the columns and tables under them.
    for (const link of this.querySelectorAll<HTMLAnchorElement>(':scope nav > ol > li > a[href^="#"]')) {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (heading) this.#sections.push({ link, heading });
    }
    window.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#update();
  }

  disconnectedCallback(): void {
    window.removeEventListener('scroll', this.#onScroll);
    cancelAnimationFrame(this.#frame);
  }

  #onScroll = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#update());
  };

  #update(): void {
    const line = window.innerHeight * 0.3;
    let current: HTMLAnchorElement | null = null;
    for (const { link, heading } of this.#sections) {
      if (heading.getBoundingClientRect().top <= line) current = link;
    }
    // Above the first section the last mark is kept: that is where the reader came from.
    if (!current) return;
    for (const { link } of this.#sections) {
      if (link === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }
}

if (!customElements.get('toc-current')) customElements.define('toc-current', TocCurrent);
