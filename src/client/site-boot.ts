/**
 * The one script every page loads as it opens (BaseLayout.astro). It holds
 * what must run at once and is small: the sticky header's height and 菜单,
 * the search link and its keys,
 * the contents' current-section mark, the back-to-top link, the edition
 * switch, the offline worker, and the 朗读 button shown where the browser has
 * a Chinese voice. The rest loads when
 * the reader first reaches for it (on-demand.ts): the header's tools, the
 * anchors' menus and the term tooltips. Each script file was a request of its
 * own, and part 三 made 21 on its first load; a page's own scripts (charts,
 * explorer, slides) still load where they are used.
 */
import './back-to-top.ts';
import './offline-support.ts';
import './site-header.ts';
import './site-search.ts';
import './toc-current.ts';
import { onChineseVoice } from './chinese-voice.ts';
import { attachEditionSwitch } from './edition-switch.ts';
import { onDemand } from './on-demand.ts';

attachEditionSwitch();

onChineseVoice(() => {
  for (const button of document.querySelectorAll<HTMLButtonElement>('reader-tools [data-read-page]')) button.hidden = false;
});

onDemand('reader-tools', () => import('./reader-tools.ts'));
// The anchors' menus get their share and 朗读 buttons from the tools' code (cite-menu:open), so an anchor loads it too.
onDemand('a.anchor', () => Promise.all([import('./citation-menu.ts'), import('./reader-tools.ts')]));
onDemand('a.term', () => import('./glossary-tips.ts'));
