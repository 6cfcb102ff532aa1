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
].join('');

export interface ChartOptions {
  /** The id of the svg element; its title and desc take `${id}-title` and `${id}-desc`. */
  id: string;
  /** A file of its own: fixed colours and fonts, a white background, the source as a footnote. */
  standalone?: boolean;
}
