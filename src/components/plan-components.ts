/** The components a chapter's MDX may use, for a part's own page and for the full text. */
import Column from './Column.astro';
import IndicatorTable from './IndicatorTable.astro';
import IndicatorTableText from './IndicatorTableText.astro';
import NestedColumn from './NestedColumn.astro';
import NestedSectionHeading from './NestedSectionHeading.astro';

export const partPageComponents = { Column, IndicatorTable };
export const fullTextComponents = { Column: NestedColumn, IndicatorTable: IndicatorTableText, h2: NestedSectionHeading };
