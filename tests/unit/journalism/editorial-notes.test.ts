import { describe, expect, it } from 'vitest';
import { editorialNotes, noteBrief, NOTE_DEFINITIONS } from '../../../src/lib/journalism/editorial-notes.ts';
import { CheckError } from '../../../src/lib/journalism/evidence.ts';

const definition = (id: string) => NOTE_DEFINITIONS.find((d) => d.id === id)!;

describe('the words beside a paragraph for an editorial note', () => {
  it('are the note itself, or its brief where the note quotes other places', () => {
    expect(noteBrief(definition('note-houzhi'))).toBe('“厚纸”疑为“厚植”之误。');
    expect(noteBrief(definition('note-huludao-name'))).toBe('同一机构在规划中有两种写法。');
  });

  it('must be given for a note made from quotes, and the error says where', () => {
    const { brief: _, ...unbriefed } = definition('note-dalian-name');
    expect(() => noteBrief(unbriefed)).toThrow(CheckError);
    expect(() => noteBrief(unbriefed)).toThrow('src/lib/journalism/editorial-notes.ts: note-dalian-name needs a brief: its note is made from quotes');
  });
});

describe('editorialNotes', () => {
  it('makes a note from its quotes as the paragraphs hold them, full-width where they are', () => {
    const texts = new Map<string, string>();
    for (const { places } of NOTE_DEFINITIONS) {
      for (const [block, text] of places) texts.set(block, `${texts.get(block) ?? ''}${text.replace('(', '（').replace(')', '）')}。`);
    }
    const huludao = editorialNotes(texts).find((n) => n.id === 'note-huludao-name')!;
    expect(huludao.quotes.map((q) => q.text)).toEqual(['中国（葫芦岛）泳装快速维权中心', '中国（葫芦岛）泳装快速维权中心', '中国（葫芦岛）泳装知识产权快速维权中心']);
    expect(huludao.note).toBe('同一机构在三（三）第3段和专栏3写作“中国（葫芦岛）泳装快速维权中心”，在五（一）第1段写作“中国（葫芦岛）泳装知识产权快速维权中心”，名称不同。');
    // A source only where the note has one.
    const notes = editorialNotes(texts);
    expect(notes.find((n) => n.id === 'note-national-plan-title')!.source!.url).toBe('http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2021-10/28/content_5647335.htm');
    expect('source' in notes.find((n) => n.id === 'note-houzhi')!).toBe(false);
  });

  it('fails on a block the text does not have, naming the block and the words', () => {
    expect(() => editorialNotes(new Map())).toThrow('src/lib/journalism/checks.ts or editorial-notes.ts: no block s0-p1 for the quote “制定辽宁省“十四五"知识产权保护和运用规划”');
  });
});
