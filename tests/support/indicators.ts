/** 表1 and 表2 as the content collection holds them, for unit tests of src/lib/. */
import { readFileSync } from 'node:fs';
import type { GrowthTableData, OutcomeTableData } from '../../src/lib/plan/indicator-data.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../src/content/indicators/${name}.json`, import.meta.url), 'utf8'));

export const t1 = (): OutcomeTableData => read('t1');
export const t2 = (): GrowthTableData => read('t2');
