/**
 * What a chart looks like outside the page (the SVG and PNG downloads): black
 * on white, the system Chinese fonts, so it prints and projects as it shows.
 * In the page, the same classes take the site's colours from the chart
 * component's stylesheet, dark scheme included.
 */
export const CHART_FONTS = "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

export const STANDALONE_STYLE = [
  `text{font-family:${CHART_FONTS};fill:#1c1b19}`,
  '.c-muted{fill:#57534b}',
  '.c-grid{stroke:#d9d3c7;fill:none}',
  '.c-axis{stroke:#57534b;fill:none}',
  '.c-data{stroke:#1a4f9c;fill:none}',
  '.c-data-fill{fill:#1a4f9c;stroke:#1a4f9c}',
  '.c-hollow{fill:#fff;stroke:#1c1b19}',
  '.c-ink{stroke:#1c1b19;fill:none}',
  '.c-bg{fill:#fff}',
  '.c-reported{fill:#fff;stroke:#8f1d1d}',
].join('');

export interface ChartOptions {
  /** The id of the svg element; its title and desc take `${id}-title` and `${id}-desc`. */
  id: string;
  /** A file of its own: fixed colours and fonts, a white background, the source as a footnote. */
  standalone?: boolean;
  /** The address of the chart on its page, printed at a standalone chart's foot. */
  pageUrl?: string;
}

/**
 * A value someone other than the plan published (国家知识产权局's yearbook),
 * drawn beside the plan's figures in a style of its own: never the plan's
 * marks, never the site's computed paths.
 */
export interface ReportedPoint {
  /** The table row it stands beside, 1-based. */
  row: number;
  year: number;
  value: number;
  /** The value as written, with its unit: 337件. */
  shown: string;
  /** Who published it, shown with the value and on hover: 2023知识产权统计年报，表6-4 (the yearbook’s own title). */
  source: string;
  /** Why it may not compare with the plan's figure; shown on hover. */
  comparability?: string;
}

export const REPORTED_LABEL = '公开数据（非规划数字）';
