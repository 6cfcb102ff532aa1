/** <back-to-top>: the link to the part's top scrolls smoothly (unless the reader asks for less motion) and moves focus there. */
class BackToTop extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('a')?.addEventListener('click', (event) => {
      const link = event.currentTarget as HTMLAnchorElement;
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!target || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
      event.preventDefault();
      target.scrollIntoView({ behavior: 'smooth', block: 'start' });
      history.pushState(null, '', link.hash);
      // As following the link would: the next Tab starts from the top.
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    });
  }
}
if (!customElements.get('back-to-top')) customElements.define('back-to-top', BackToTop);
