/** The refusals with their messages, file and line are tested through the plugin in remark-plan-addresses.test.ts. */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { forbiddenContent } from '../../../src/lib/plan/forbidden-content.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);

describe('forbiddenContent', () => {
  it('finds nothing in a chapter of text, outside links and links within the site', () => {
    expect(forbiddenContent(parse('## （一）甲\n\n见[官网](https://zscq.ln.gov.cn/)、[全文](/full/)和[本段](#s1-1-p1)。\n\n<Column n={1} title="甲">\n\n甲。\n\n</Column>'))).toBeNull();
  });

  it('gives the first thing refused, with the node where it stands', () => {
    const found = forbiddenContent(parse('## （一）甲\n\n第一段。\n\n[x](vbscript:msgbox) 与 ![](https://outside.example/a.png)'));
    expect(found?.problem).toBe('link to "vbscript:msgbox": a vbscript: link is not allowed in a chapter; use an http(s) address');
    expect(found?.node.type).toBe('link');
    expect(found?.node.position?.start).toMatchObject({ line: 5, column: 1 });
  });
});
