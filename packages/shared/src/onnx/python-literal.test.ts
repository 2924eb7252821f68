import { describe, expect, it } from 'vitest';
import { parsePythonLiteral } from './python-literal';

describe('parsePythonLiteral', () => {
  it('reads an ultralytics names dict with int keys and quoted values', () => {
    expect(parsePythonLiteral("{0: 'acne', 1: \"papule\", 2: 'it\\'s'}")).toEqual({
      kind: 'dict',
      entries: [
        [0, 'acne'],
        [1, 'papule'],
        [2, "it's"],
      ],
    });
  });

  it('reads lists, tuples, floats, booleans and None', () => {
    expect(parsePythonLiteral('[640, 640]')).toEqual([640, 640]);
    expect(parsePythonLiteral('(320, 480,)')).toEqual([320, 480]);
    expect(parsePythonLiteral("{'half': False, 'conf': 0.25, 'x': None, 'y': True, 'e': -1e-3}")).toEqual({
      kind: 'dict',
      entries: [
        ['half', false],
        ['conf', 0.25],
        ['x', null],
        ['y', true],
        ['e', -0.001],
      ],
    });
  });

  it.each(["{0: 'acne'", "[640 640]", "{0 'a'}", "'unterminated", 'json_true', '[1,] extra', ''])('rejects malformed %j', (text) => {
    expect(() => parsePythonLiteral(text)).toThrow(/invalid Python literal/);
  });
});
