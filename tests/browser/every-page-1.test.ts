/**
 * Every page in every reader state (tests/support/every-page.ts): the first
 * half of each edition's pages; every-page-2.test.ts has the other half, so
 * that Vitest's two workers share the work evenly.
 */
import { checkEveryPage } from '../support/every-page.ts';
import { halfOfEveryPage } from '../support/dist.ts';

checkEveryPage(halfOfEveryPage(0));
