/** The self-check's marking and the projection's keys, as the browser code uses them. */
import { describe, expect, it } from 'vitest';
import { isCorrect, normaliseFill, scoreLine } from '../../../src/lib/teach/quiz-score.ts';
import { slideForKey, slideLabel } from '../../../src/lib/teach/slide-keys.ts';

describe('marking', () => {
  it('takes one choice for 单选, exactly the set for 多选', () => {
    expect(isCorrect({ type: 'single', answer: '十五年' }, ['十五年'])).toBe(true);
    expect(isCorrect({ type: 'single', answer: '十五年' }, ['十年'])).toBe(false);
    expect(isCorrect({ type: 'multiple', answer: ['专利', '商标'] }, ['商标', '专利'])).toBe(true);
    expect(isCorrect({ type: 'multiple', answer: ['专利', '商标'] }, ['专利'])).toBe(false);
    expect(isCorrect({ type: 'multiple', answer: ['专利', '商标'] }, ['专利', '商标', '天气'])).toBe(false);
  });

  it('reads 判断 as true or false, and nothing given as wrong', () => {
    expect(isCorrect({ type: 'judge', answer: false }, ['false'])).toBe(true);
    expect(isCorrect({ type: 'judge', answer: false }, ['true'])).toBe(false);
    expect(isCorrect({ type: 'judge', answer: true }, [])).toBe(false);
  });

  it('forgives spaces and full-width digits in 填空, never another word', () => {
    expect(normaliseFill(' １５ ')).toBe('15');
    expect(isCorrect({ type: 'fill', answer: ['十五', '15'] }, ['１５'])).toBe(true);
    expect(isCorrect({ type: 'fill', answer: ['十五', '15'] }, [' 十五 '])).toBe(true);
    expect(isCorrect({ type: 'fill', answer: '地理标志' }, ['商标'])).toBe(false);
  });

  it('says the score in words', () => {
    expect(scoreLine(7, 10)).toBe('得分：7 / 10（答对7题，共10题）');
  });
});

describe('projection keys', () => {
  it('moves with arrows and a clicker\'s PageDown/PageUp, and stops at either end', () => {
    expect(slideForKey('PageDown', 0, 3)).toEqual({ to: 1 });
    expect(slideForKey('ArrowRight', 2, 3)).toEqual({ to: 2 });
    expect(slideForKey('PageUp', 0, 3)).toEqual({ to: 0 });
    expect(slideForKey('End', 0, 3)).toEqual({ to: 2 });
    expect(slideForKey('Home', 2, 3)).toEqual({ to: 0 });
    expect(slideForKey('Escape', 1, 3)).toEqual({ exit: true });
    expect(slideForKey('x', 1, 3)).toBeNull();
    expect(slideLabel(2, 12)).toBe('第3张，共12张');
  });
});
