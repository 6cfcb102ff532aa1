/** Copying a link, the system share sheet, and a short spoken notice of what happened. */
import { shareAddress } from '../lib/reader/share-address.ts';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and pages without clipboard permission.
    const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

export const canShare = (): boolean => typeof navigator.share === 'function';

/** Opens the system share sheet; a reader who closes it is not an error. */
export async function systemShare(title: string, url: string): Promise<void> {
  try {
    await navigator.share({ title, url });
  } catch {
    /* dismissed */
  }
}

/**
 * The address of this page, or of one place on it, to copy or share: the
 * page's canonical address (each edition has its own), not location.href,
 * which may be /talent/index.html, //talent/ or carry a query.
 */
export const pageAddress = (id?: string): string =>
  shareAddress(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href, location, id);
