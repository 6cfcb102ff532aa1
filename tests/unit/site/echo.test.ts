import { describe, expect, it } from 'vitest';
import { ECHO_LENGTH, echoInput } from '../../../src/lib/site/echo.ts';

describe('echoInput: the reader’s input quoted in a message', () => {
  it('quotes short input as typed', () => {
    expect(echoInput('0x190')).toBe('0x190');
    expect(echoInput('专利保险费率')).toBe('专利保险费率');
    expect(echoInput('')).toBe('');
  });

  it('cuts long input after ECHO_LENGTH characters and says so with …', () => {
    expect(echoInput('1'.repeat(ECHO_LENGTH))).toBe('1'.repeat(ECHO_LENGTH));
    expect(echoInput('1'.repeat(ECHO_LENGTH + 1))).toBe(`${'1'.repeat(ECHO_LENGTH)}…`);
    expect(echoInput('知识产权保护和运用规划', 4)).toBe('知识产权…');
  });

  it('never splits a surrogate pair: 𝟒 is one character, not two UTF-16 units', () => {
    expect(echoInput('1'.repeat(19) + '𝟒𝟎𝟎')).toBe(`${'1'.repeat(19)}𝟒…`);
    expect(echoInput('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁…');
    expect(echoInput('𝟒𝟎𝟎')).toBe('𝟒𝟎𝟎');
  });

  it('never splits an emoji sequence or a letter from its accent', () => {
    const family = '👨‍👩‍👧‍👦';
    const coder = '👩🏽‍💻';
    const flag = '🇨🇳';
    const scotland = '🏴󠁧󠁢󠁳󠁣󠁴󠁿';
    expect(echoInput(`${family}${coder}${flag}${scotland}x`, 4)).toBe(`${family}${coder}${flag}${scotland}…`);
    expect(echoInput(`ab${family}`, 3)).toBe(`ab${family}`);
    expect(echoInput('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301e\u0301…');
    expect(echoInput('❤️❤️', 1)).toBe('❤️…');
  });

  it('shows control and bidirectional characters as U+ codes instead of letting them act on the message', () => {
    expect(echoInput('400\u202e005')).toBe('400〈U+202E〉005');
    expect(echoInput('\u2066abc\u2069')).toBe('〈U+2066〉abc〈U+2069〉');
    expect(echoInput('a\u200eb\u200fc\u061c')).toBe('a〈U+200E〉b〈U+200F〉c〈U+061C〉');
    expect(echoInput('\u202a\u202b\u202c\u202d')).toBe('〈U+202A〉〈U+202B〉〈U+202C〉〈U+202D〉');
    expect(echoInput('1\u00002\u00073\n4\t5\u007f6\u00857\u009b')).toBe('1〈U+0000〉2〈U+0007〉3〈U+000A〉4〈U+0009〉5〈U+007F〉6〈U+0085〉7〈U+009B〉');
    expect(echoInput('\ufeff400\u2028\u2029')).toBe('〈U+FEFF〉400〈U+2028〉〈U+2029〉');
  });

  it('escapes a joiner or tag that joins nothing, but keeps one inside a character', () => {
    expect(echoInput('\u200d400')).toBe('〈U+200D〉400');
    expect(echoInput('\u{e0067}')).toBe('〈U+E0067〉');
    expect(echoInput('a\u200db')).toBe('a\u200db');
  });

  it('counts an escaped control as one character', () => {
    expect(echoInput('\u202e'.repeat(3), 2)).toBe('〈U+202E〉〈U+202E〉…');
  });

  it('reads no further than it shows: a runaway value is cut, not segmented whole', () => {
    const long = '规'.repeat(2_000_000);
    expect(echoInput(long)).toBe(`${'规'.repeat(ECHO_LENGTH)}…`);
  });
});
