/**
 * The plan's blocks read straight from the chapter files, for what runs
 * before Astro's content layer can answer: a remark plugin on one chapter
 * that needs the text of every chapter (the 核算 marks, whose checks quote
 * several parts). Each file goes through remarkPlanAddresses, the plugin the
 * pages' own parse uses, so the addresses and texts are the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { GrowthTableData, OutcomeTableData } from './indicator-data.ts';
import { remarkPlanAddresses, type PlanAddressOptions, type PlanBlock } from './remark-plan-addresses.ts';

/** Every block of every chapter, in file order. */
export function readPlanBlocks(options: PlanAddressOptions): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  for (const name of readdirSync(options.chaptersDir).filter((n) => n.endsWith('.mdx')).sort()) {
    const path = join(options.chaptersDir, name);
    const source = readFileSync(path, 'utf8');
    const head = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
    const order = head ? /^order:\s*(\d+)\s*$/m.exec(head[1]!) : null;
    if (!head || !order) throw new Error(`${path}: no frontmatter with an order`);
    // The frontmatter becomes blank lines, so that the parser's line numbers stay the file's.
    const body = head[0].replace(/[^\n]/g, '') + source.slice(head[0].length);
    const frontmatter: Record<string, unknown> = { order: Number(order[1]) };
    const file = new VFile({ path, value: body, data: { astro: { frontmatter } } });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlanAddresses, options);
    processor.runSync(processor.parse(file) as Root, file);
    blocks.push(...((frontmatter.planBlocks as PlanBlock[] | undefined) ?? []));
  }
  return blocks;
}

/** 表1 and 表2 from their JSON files; the content schema (src/content.config.ts) validates the same files for the pages. */
export function readIndicatorTables(tablesDir: string): { t1: OutcomeTableData; t2: GrowthTableData } {
  const read = (id: string) => JSON.parse(readFileSync(join(tablesDir, `${id}.json`), 'utf8')) as { kind: string };
  const t1 = read('t1');
  const t2 = read('t2');
  if (t1.kind !== 'outcome' || t2.kind !== 'growth') throw new Error(`${tablesDir}: t1 must be an outcome table and t2 a growth table`);
  return { t1: t1 as OutcomeTableData, t2: t2 as GrowthTableData };
}
