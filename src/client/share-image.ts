/**
 * The 分享图 drawn in the browser: a PNG card of one block (layout and
 * wrapping: src/lib/reader/share-image-layout.ts), in the page's own fonts, with a QR
 * code to the block's address from qrcode-generator. Loaded only when a reader
 * asks for an image (a dynamic import from CitationMenu.astro), so a page's
 * first load carries none of it. The card is light in every reader theme:
 * it is read in a chat or on paper, not on this page.
 */
import qrcode from 'qrcode-generator';
import { BODY_WIDTH, CARD, cardLayout, FOOTER_WIDTH, shareImageName, wrapLines } from '../lib/reader/share-image-layout.ts';
import { OFFICIAL_URL, PLAN_PUBLISHER } from '../lib/site/site.ts';

export interface ShareImage {
  /** The block's text, as the plan has it. */
  text: string;
  place: string;
  title: string;
  /** 来源：辽宁省知识产权局, and the address of the source. */
  source: string[];
  /** The block's canonical address: what the code opens. */
  url: string;
  /** The page's font stack (getComputedStyle), so the card reads like the page. */
  fontFamily: string;
}

/** The PNG, as a file to share and as a data: address to show and save (the site's CSP allows images from data:, not blob:). */
export interface DrawnImage {
  blob: Blob;
  src: string;
}

export async function drawShareImage(card: ShareImage): Promise<DrawnImage> {
  // The page's fonts may still be loading: measured before they are, the lines would be wrapped for another face.
  await document.fonts?.ready;
  const canvas = document.createElement('canvas');
  let context = canvas.getContext('2d')!;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${card.fontFamily}`;
  const wrap = (text: string, size: number, width: number, weight = 400) => {
    context.font = font(size, weight);
    return wrapLines(text, width, (s) => context.measureText(s).width);
  };
  const lines = {
    body: wrap(card.text, CARD.body.size, BODY_WIDTH),
    title: wrap(card.title, CARD.title.size, FOOTER_WIDTH, 700),
    source: card.source.flatMap((line) => wrap(line, CARD.source.size, FOOTER_WIDTH)),
  };
  const layout = cardLayout(lines);
  canvas.width = layout.width;
  canvas.height = layout.height;
  // Resizing a canvas resets its state.
  context = canvas.getContext('2d')!;
  const { colours, padding } = CARD;
  context.fillStyle = colours.background;
  context.fillRect(0, 0, layout.width, layout.height);
  context.fillStyle = colours.accent;
  context.fillRect(0, 0, layout.width, CARD.rule);
  context.textBaseline = 'top';

  const draw = (texts: string[], ys: number[], size: number, colour: string, weight = 400) => {
    context.font = font(size, weight);
    context.fillStyle = colour;
    texts.forEach((text, i) => context.fillText(text, padding, ys[i]!));
  };
  draw([card.place], [layout.place], CARD.place.size, colours.accent, 700);
  draw(lines.body, layout.body, CARD.body.size, colours.text);
  context.fillStyle = colours.line;
  context.fillRect(padding, layout.divider, layout.width - padding * 2, 2);
  draw(lines.title, layout.title, CARD.title.size, colours.text, 700);
  draw(lines.source, layout.source, CARD.source.size, colours.muted);

  // Level M, as the build's codes (src/lib/site/qr-svg.ts); whole pixels a module, so a camera sees sharp edges.
  const code = qrcode(0, 'M');
  code.addData(card.url, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const module = Math.floor(layout.qr.size / (count + 8));
  const offset = Math.floor((layout.qr.size - module * count) / 2);
  context.fillStyle = '#fff';
  context.fillRect(layout.qr.x, layout.qr.y, layout.qr.size, layout.qr.size);
  context.fillStyle = '#000';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (code.isDark(row, col)) context.fillRect(layout.qr.x + offset + col * module, layout.qr.y + offset + row * module, module, module);
    }
  }
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('canvas gave no PNG'))), 'image/png'));
  const src = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsDataURL(blob);
  });
  return { blob, src };
}

/**
 * Draws the card into `figure` (in the anchor's menu): the image, 保存图片 (a
 * download named 规划-三（二）第3段.png) and, where the system can share a
 * file, 分享图片. Its look is set here, not in the page's CSS, which every
 * page would load. Returns the file name, for the spoken notice.
 */
export async function showShareImage(figure: HTMLElement, given: Pick<ShareImage, 'text' | 'place' | 'title' | 'url'> & { block: Element }): Promise<string> {
  // The source as the official page names it, with its address; the page's own font stack (the edition's).
  const card = { ...given, source: [`来源：${PLAN_PUBLISHER}`, OFFICIAL_URL], fontFamily: getComputedStyle(given.block).fontFamily };
  const { blob, src } = await drawShareImage(card);
  const name = shareImageName(card.place);
  const image = Object.assign(document.createElement('img'), { src, alt: `分享图：${card.place}的文字、规划标题、来源和本处地址的二维码` });
  // The card is light in every theme: a thin edge keeps it apart from a dark menu.
  Object.assign(image.style, { display: 'block', width: '100%', maxWidth: '16rem', height: 'auto', border: '1px solid var(--line)' });
  const save = Object.assign(document.createElement('a'), { href: src, download: name, textContent: '保存图片' });
  const caption = document.createElement('figcaption');
  Object.assign(caption.style, { display: 'flex', flexWrap: 'wrap', gap: '0.3rem', marginTop: '0.3rem' });
  caption.append(save);
  const file = new File([blob], name, { type: 'image/png' });
  if (navigator.canShare?.({ files: [file] })) {
    const share = Object.assign(document.createElement('button'), { type: 'button', textContent: '分享图片' });
    share.addEventListener('click', () => navigator.share({ files: [file], title: card.place }).catch(() => {}));
    caption.append(share);
  }
  for (const control of caption.children) Object.assign((control as HTMLElement).style, { display: 'inline-flex', alignItems: 'center', minHeight: '44px' });
  figure.style.margin = '0';
  figure.append(image, caption);
  figure.scrollIntoView({ block: 'nearest' });
  return name;
}
