/**
 * Which slide a key leads to in projection mode. A presentation clicker
 * sends PageDown and PageUp (some send arrows, B or a full stop for a black
 * screen), so those move as the arrows do.
 */
export type SlideMove = { to: number } | { exit: true } | null;

export function slideForKey(key: string, current: number, count: number): SlideMove {
  const last = count - 1;
  const clamp = (n: number) => ({ to: Math.min(last, Math.max(0, n)) });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
    case 'n':
      return clamp(current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
      return clamp(current - 1);
    case 'Home':
      return clamp(0);
    case 'End':
      return clamp(last);
    case 'Escape':
      return { exit: true };
    default:
      return null;
  }
}

/** 第3张，共12张 */
export function slideLabel(index: number, count: number): string {
  return `第${index + 1}张，共${count}张`;
}
