/**
 * The edition switch carries the paragraph address the reader is at (the
 * URL's fragment, set by the contents, the anchors and search results) to
 * the other edition, where the same id holds the same paragraph. The link
 * itself is written without it, as the page does not know it at build time.
 */
export function attachEditionSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-edition-switch]')) {
    const follow = () => {
      const target = new URL(link.href);
      target.hash = location.hash;
      link.href = target.href;
    };
    // On pointer down and focus as well as click, so a middle click or a copied link carries it too.
    for (const event of ['click', 'pointerdown', 'focus']) link.addEventListener(event, follow);
  }
}
