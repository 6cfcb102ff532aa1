/**
 * <toc-current>: marks, in a contents list, the section being read
 * (aria-current="location"), so a reader who comes back to the contents sees
 * where they were. The mark stays while the contents are in view at the top
 * of the page, which is exactly when it is looked at. By default the sections
 * are the top-level items of a part's own contents; `data-sections` names
 * other links (the side contents of the whole plan marks its in-page ones).
 */
class TocCurrent extends HTMLElement {
  #sections: Array<{ link: HTMLAnchorElement; heading: HTMLElement }> = [];
  #frame = 0;

  connectedCallback(): void {
    // Sections only: the top-level items of the list, not the columns and tables under them.
    const selector = this.dataset.sections ?? ':scope nav > ol > li > a[href^="#"]';
    for (const link of this.querySelectorAll<HTMLAnchorElement>(selector)) {
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
