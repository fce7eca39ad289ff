import { describe, expect, it } from 'vitest';
import {
  foldedDWords,
  foldVietnamese,
  normalizeText,
  prepareQuery,
  scriptOf,
  stripKoreanParticle,
  vietnameseVariants,
} from '../../src/lib/search-text.ts';

describe('Vietnamese normalisation', () => {
  it('brings NFD input and old tone placement to one NFC form', () => {
    expect(normalizeText('Ho\u0300a')).toBe('Hòa');
    expect(normalizeText('Định Hoá')).toBe('Định Hóa');
    expect(normalizeText('thuỷ   lợi')).toBe('thủy lợi');
    expect(normalizeText('hoàng hoè quý khuya')).toBe('hoàng hòe quý khuya');
  });
  it('folds every diacritic, đ included', () => {
    expect(foldVietnamese('Định Hóa, Đền Đuổm, chè Tân Cương')).toBe('Dinh Hoa, Den Duom, che Tan Cuong');
  });
  it('lists the folded words that contain đ, once each', () => {
    expect(foldedDWords('Đền Đuổm ở Định Hóa; đền và Đền')).toBe('den dinh duom');
  });
});

describe('Korean particles', () => {
  it.each([
    ['녹차를', '녹차'],
    ['녹차는', '녹차'],
    ['녹차의', '녹차'],
    ['하노이에서', '하노이'],
    ['타이응우옌성으로', '타이응우옌성'],
  ])('%s → %s', (word, stem) => expect(stripKoreanParticle(word)).toBe(stem));
  it('keeps at least two syllables and leaves other scripts alone', () => {
    expect(stripKoreanParticle('차를')).toBe('차를');
    expect(stripKoreanParticle('고도')).toBe('고도');
    expect(stripKoreanParticle('tea')).toBe('tea');
  });
  it('prepares a Korean query word by word', () => {
    expect(prepareQuery('녹차를  하노이에서', 'ko')).toBe('녹차 하노이');
    expect(prepareQuery('녹차를', 'zh-Hans')).toBe('녹차를');
  });
});

describe('script of a query', () => {
  it('tells Hangul, Han and Latin apart', () => {
    expect(scriptOf('녹차')).toBe('hangul');
    expect(scriptOf('太原绿茶')).toBe('han');
    expect(scriptOf('dinh hoa')).toBe('latin');
    expect(scriptOf('Định Hóa')).toBe('latin');
    expect(scriptOf('1945')).toBe('other');
  });
});

describe('Vietnamese "đ" variants of a query', () => {
  it('adds every way the d-words could be written with đ', () => {
    expect(vietnameseVariants('dinh hoa')).toEqual(['dinh hoa', 'đinh hoa']);
    expect(vietnameseVariants('den duom')).toEqual(['den duom', 'đen duom', 'den đuom', 'đen đuom']);
    expect(vietnameseVariants('che tan cuong')).toEqual(['che tan cuong']);
    expect(vietnameseVariants('Đền Đuổm')).toEqual(['Đền Đuổm']);
  });
  it('stays small for long queries', () => {
    expect(vietnameseVariants('dan dan dan dan dan').length).toBe(8);
  });
});
