/** Every page in every reader state: the other half (see every-page-1.test.ts). */
import { checkEveryPage } from '../support/every-page.ts';
import { halfOfEveryPage } from '../support/dist.ts';

checkEveryPage(halfOfEveryPage(1));
