/**
 * <term-tips>: a link's short note as a tooltip, on hover, keyboard focus or a
 * first tap (a second tap follows the link). The glossary's terms
 * (`a.term[data-term-id]`) get one, and the 《…》 titles linked to 关联文件
 * (`a.term[data-doc-id]`), which name their own last line in `data-tip-hint`.
 * The notes come from one file per edition (`data-tips`, src/data/term-tips.ts),
 * fetched on the first tooltip; without it (offline, not yet kept) the tooltip
 * still names the term and where the link goes. It meets WCAG 1.4.13:
 * the pointer can move onto the tooltip, it stays until the pointer or focus
 * leaves, and Esc dismisses it without moving focus.
 */
const HIDE_DELAY_MS = 250;

interface TermTipsFile {
  terms: Record<string, string>;
  documents: Record<string, string>;
}

export class TermTips extends HTMLElement {
  #tip: HTMLElement | null = null;
  #current: HTMLAnchorElement | null = null;
  #hideTimer: number | undefined;
  #lastPointer = '';
  #notes: Promise<TermTipsFile | null> | undefined;
  /** The link a tooltip was last asked for, which may still be waiting for the notes. */
  #wanted: HTMLAnchorElement | null = null;

  connectedCallback(): void {
    document.addEventListener('focusin', this.#onFocusIn);
    document.addEventListener('focusout', this.#onFocusOut);
    document.addEventListener('mouseover', this.#onMouseOver);
    document.addEventListener('mouseout', this.#onMouseOut);
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    document.addEventListener('click', this.#onClick);
    document.addEventListener('keydown', this.#onKeyDown);
  }

  disconnectedCallback(): void {
    document.removeEventListener('focusin', this.#onFocusIn);
    document.removeEventListener('focusout', this.#onFocusOut);
    document.removeEventListener('mouseover', this.#onMouseOver);
    document.removeEventListener('mouseout', this.#onMouseOut);
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    document.removeEventListener('click', this.#onClick);
    document.removeEventListener('keydown', this.#onKeyDown);
    this.#tip?.remove();
  }

  #termOf(target: EventTarget | null): HTMLAnchorElement | null {
    return target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term-id], a.term[data-doc-id]') : null;
  }

  #inTip(target: EventTarget | null): boolean {
    return !!this.#tip && target instanceof Node && this.#tip.contains(target);
  }

  #tooltip(): HTMLElement {
    if (!this.#tip) {
      const tip = document.createElement('div');
      tip.id = 'term-tip';
      tip.className = 'term-tip';
      tip.setAttribute('role', 'tooltip');
      tip.hidden = true;
      tip.addEventListener('mouseenter', () => window.clearTimeout(this.#hideTimer));
      tip.addEventListener('mouseleave', () => this.#scheduleHide());
      document.body.append(tip);
      this.#tip = tip;
    }
    return this.#tip;
  }

  #loadNotes(): Promise<TermTipsFile | null> {
    this.#notes ??= fetch(this.dataset.tips ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<TermTipsFile>) : null))
      .catch(() => null);
    return this.#notes;
  }

  #noteOf(link: HTMLAnchorElement, notes: TermTipsFile | null): string {
    const { termId, docId } = link.dataset;
    return (termId ? notes?.terms[termId] : docId ? notes?.documents[docId] : undefined) ?? '';
  }

  #show(link: HTMLAnchorElement): void {
    window.clearTimeout(this.#hideTimer);
    if (this.#current === link && !this.#tip?.hidden) return;
    this.#wanted = link;
    void this.#loadNotes().then((notes) => {
      if (this.#wanted === link) this.#open(link, this.#noteOf(link, notes));
    });
  }

  #open(link: HTMLAnchorElement, note: string): void {
    if (this.#current === link && !this.#tip?.hidden) return;
    this.#hide();
    this.#wanted = link;
    const tip = this.#tooltip();
    const term = document.createElement('span');
    term.className = 'term-tip__term';
    term.textContent = `${link.textContent ?? ''}：`;
    const hint = document.createElement('span');
    hint.className = 'term-tip__hint';
    hint.textContent = link.dataset.tipHint ?? '详见术语表（本站解释）';
    tip.replaceChildren(term, note, hint);
    tip.dataset.state = 'opening';
    tip.hidden = false;
    this.#place(tip, link);
    link.setAttribute('aria-describedby', tip.id);
    this.#current = link;
    requestAnimationFrame(() => delete tip.dataset.state);
  }

  /** Below the term, or above it when there is no room below; never wider than the page. */
  #place(tip: HTMLElement, link: HTMLAnchorElement): void {
    const rects = link.getClientRects();
    const rect = rects[0] ?? link.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? rect;
    const page = document.documentElement.clientWidth;
    tip.style.left = '0px';
    tip.style.top = '0px';
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(8, Math.min(rect.left, page - width - 8));
    const below = last.bottom + 6;
    const top = below + height > window.innerHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  }

  #hide(): void {
    window.clearTimeout(this.#hideTimer);
    this.#wanted = null;
    if (this.#tip) this.#tip.hidden = true;
    this.#current?.removeAttribute('aria-describedby');
    this.#current = null;
  }

  #scheduleHide(): void {
    window.clearTimeout(this.#hideTimer);
    this.#hideTimer = window.setTimeout(() => this.#hide(), HIDE_DELAY_MS);
  }

  #onFocusIn = (event: FocusEvent): void => {
    const link = this.#termOf(event.target);
    if (link) this.#show(link);
  };

  #onFocusOut = (event: FocusEvent): void => {
    const link = this.#termOf(event.target);
    if (link && (link === this.#current || link === this.#wanted)) this.#hide();
  };

  #onMouseOver = (event: MouseEvent): void => {
    const link = this.#termOf(event.target);
    if (link) this.#show(link);
    else if (this.#inTip(event.target)) window.clearTimeout(this.#hideTimer);
  };

  #onMouseOut = (event: MouseEvent): void => {
    const link = this.#termOf(event.target);
    if (link && (link === this.#current || link === this.#wanted) && !link.contains(event.relatedTarget as Node | null) && !this.#inTip(event.relatedTarget)) {
      this.#scheduleHide();
    }
  };

  #onPointerDown = (event: PointerEvent): void => {
    this.#lastPointer = event.pointerType;
    if (!this.#termOf(event.target) && !this.#inTip(event.target)) this.#hide();
  };

  /** A first tap shows the definition; a second tap on the same term follows the link. */
  #onClick = (event: MouseEvent): void => {
    const link = this.#termOf(event.target);
    if (!link || this.#lastPointer !== 'touch') return;
    this.#lastPointer = '';
    if (link.dataset.tipShown === 'yes') return;
    event.preventDefault();
    for (const other of document.querySelectorAll<HTMLElement>('a.term[data-tip-shown]')) delete other.dataset.tipShown;
    link.dataset.tipShown = 'yes';
    this.#show(link);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#tip && !this.#tip.hidden) {
      this.#hide();
      event.stopPropagation();
    }
  };
}

if (!customElements.get('term-tips')) customElements.define('term-tips', TermTips);
