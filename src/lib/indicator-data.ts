/**
 * The shape of 表1 and 表2 as src/content.config.ts validates them, for code
 * in src/lib/ that must not import Astro. The collection's own types satisfy
 * these, so a change to the schema shows up here as a type error.
 */

export interface OutcomeIndicator {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  actual: number;
}

export interface OutcomeTableData {
  id: string;
  label: string;
  caption: string;
  years: { baseline: number; target: number; actual: number };
  indicators: OutcomeIndicator[];
}

export interface GrowthIndicator {
  name: string;
  unit: string;
  base: number;
  annualGrowthPercent: number;
  attribute: '预期性' | '约束性';
}

export interface GrowthTableData {
  id: string;
  label: string;
  caption: string;
  years: { base: number; target: number };
  indicators: GrowthIndicator[];
}
