/** Every page of the 繁體中文 edition in every reader state: tests/support/every-page.ts. */
import { checkEveryPage } from '../support/every-page.ts';
import { listEditionPages } from '../support/dist.ts';

checkEveryPage(listEditionPages().filter((route) => route.startsWith('/zh-hant/')));
