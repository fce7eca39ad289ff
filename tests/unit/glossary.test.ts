/** The glossary rules on an entry's texts: what each kind of rule reports, and where. */
import { describe, expect, it } from 'vitest';
import { applyGlossary } from '../../src/lib/glossary.ts';
import type { GlossaryRule } from '../../src/schemas/glossary.ts';

const source = { note: 'Official name', source: 'Decree 1/2020' };
const forbid: GlossaryRule = {
  id: 'bien-dong',
  ...source,
  forbidden: 'South China Sea',
  unless: ['East Sea \\(South China Sea\\)'],
  preferred: 'East Sea',
};
const require: GlossaryRule = {
  id: 'hoang-sa',
  ...source,
  when: 'Paracel',
  requires: 'Hoang Sa',
  preferred: 'Hoang Sa (Paracel) archipelago',
};
const hits = (text: string, rules: GlossaryRule[], field = 'body') => applyGlossary([{ field, text }], rules);

describe('a forbidden name', () => {
  it('is reported at each place it appears, with the preferred name, the note, the source and the rule', () => {
    const text = 'South China Sea tensions; the South China Sea again.';
    const found = hits(text, [forbid]);
    expect(found.map((h) => [h.field, h.index])).toEqual([
      ['body', 0],
      ['body', text.lastIndexOf('South China Sea')],
    ]);
    for (const h of found) {
      expect(h.message).toContain('"East Sea"');
      expect(h.message).toContain('"South China Sea"');
      expect(h.message).toContain('Official name');
      expect(h.message).toContain('Decree 1/2020');
      expect(h.message).toContain('bien-dong');
    }
  });
  it('is allowed inside an `unless` gloss, and only there', () => {
    expect(hits('The East Sea (South China Sea) is…', [forbid])).toEqual([]);
    // The negative case: the gloss elsewhere in the text does not excuse a bare use.
    const text = 'The East Sea (South China Sea) — not the South China Sea.';
    expect(hits(text, [forbid]).map((h) => h.index)).toEqual([text.lastIndexOf('South China Sea')]);
  });
  it('is checked in every field, each hit naming its field', () => {
    const found = applyGlossary(
      [
        { field: 'title', text: 'South China Sea' },
        { field: 'description', text: 'Nothing to see' },
        { field: 'tags.0', text: 'South China Sea' },
      ],
      [forbid],
    );
    expect(found.map((h) => h.field)).toEqual(['title', 'tags.0']);
  });
});

describe('a required name (`when` … `requires`)', () => {
  it('fires when the trigger appears without the required name, once per field, at the first trigger', () => {
    const text = 'Fishing near the Paracel islands; the Paracel waters.';
    const found = hits(text, [require], 'description');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ field: 'description', index: text.indexOf('Paracel') });
    expect(found[0]!.message).toContain('"Paracel"');
    expect(found[0]!.message).toContain('"Hoang Sa (Paracel) archipelago"');
    expect(found[0]!.message).toContain('hoang-sa');
  });
  it('is satisfied by the required name anywhere in the same text, not in another field', () => {
    expect(hits('Hoang Sa lies east; the Paracel name is foreign.', [require])).toEqual([]);
    expect(
      applyGlossary(
        [
          { field: 'title', text: 'Hoang Sa' },
          { field: 'body', text: 'The Paracel islands' },
        ],
        [require],
      ).map((h) => h.field),
    ).toEqual(['body']);
  });
  it('stays silent when the trigger does not appear', () => {
    expect(hits('Tea from Tan Cuong.', [require, forbid])).toEqual([]);
  });
});

describe('patterns', () => {
  it('are Unicode regular expressions, matched in full text', () => {
    const rule: GlossaryRule = { id: 'xisha', ...source, forbidden: '西沙', unless: [], preferred: '黄沙群岛' };
    expect(hits('越南西沙群岛', [rule]).map((h) => h.index)).toEqual([2]);
    const spaced: GlossaryRule = { ...forbid, forbidden: 'South\\s+China\\s+Sea', unless: [] };
    expect(hits('the South  China\nSea', [spaced])).toHaveLength(1);
  });
});
