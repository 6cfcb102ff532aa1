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
  kind: 'outcome';
  headers: { indicator: string; baseline: string; target: string; actual: string };
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
  kind: 'growth';
  headers: { indicator: string; base: string; target: string; attribute: string };
  id: string;
  label: string;
  caption: string;
  years: { base: number; target: number };
  indicators: GrowthIndicator[];
}

export type IndicatorTableData = OutcomeTableData | GrowthTableData;
