/**
 * Loads an enhancement when the reader first reaches for it, not with the
 * page: a phone pays a round trip per script, and most readers never open
 * the settings or a tooltip. The first touch is not lost: pointing or
 * focusing starts the load, and a click that comes before the code is held
 * and given again once it has loaded (with the pointer's kind, which the
 * tooltips read, and the focus and hover the code missed). Should the code
 * not load (offline, before it was kept), the click goes on as without
 * JavaScript: a link is followed.
 */
type State = 'idle' | 'loading' | 'loaded' | 'failed';

export function onDemand(selector: string, load: () => Promise<unknown>): void {
  let state: State = 'idle';
  let loading: Promise<void> | undefined;
  let hovered: Element | null = null;
  let pressed: { target: Element; pointerType: string } | null = null;
  const within = (target: EventTarget | null): Element | null => (target instanceof Element ? target.closest(selector) : null);

  const start = (): Promise<void> =>
    (loading ??= load().then(
      () => {
        state = 'loaded';
        stop();
        // What happened while the code was on its way, as the code would have seen it.
        const focused = document.activeElement;
        if (focused && within(focused)) focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        if (hovered?.matches(':hover')) hovered.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      },
      () => {
        state = 'failed';
        stop();
      },
    ));

  const onReach = (event: Event): void => {
    const target = within(event.target);
    if (!target) return;
    if (event.type === 'pointerover') hovered = event.target as Element;
    if (event.type === 'pointerdown') pressed = { target: event.target as Element, pointerType: (event as PointerEvent).pointerType };
    if (state === 'idle') {
      state = 'loading';
      void start();
    }
  };

  const onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    if (!within(target) || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (state === 'idle') state = 'loading';
    void start().then(() => {
      if (pressed?.target === target) target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: pressed.pointerType }));
      pressed = null;
      if (target instanceof HTMLElement) target.click();
      else target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
  };

  const reaching = ['pointerover', 'pointerdown', 'focusin', 'touchstart'] as const;
  function stop(): void {
    for (const type of reaching) document.removeEventListener(type, onReach, true);
    document.removeEventListener('click', onClick, true);
  }
  for (const type of reaching) document.addEventListener(type, onReach, { capture: true, passive: true });
  document.addEventListener('click', onClick, true);
}
