import { describe, expect, it } from 'vitest';
import { makeResult } from '../testing/result-factory';
import { formatResult } from './format-result';

const v2 = makeResult({ version: 2, pixels: { acne: 900 }, zones: { acne: { chin: 4, leftCheek: 2 } }, notices: ['LARGEST_FACE'] });

describe('formatResult', () => {
  it('prints the landmarks in whole pixels and the roll angle on the face line', () => {
    const [faceLine] = formatResult('me.jpg', v2).split('\n');
    expect(faceLine).toContain('face 0.93  landmarks (380, 620) (700, 620) (540, 800) (420, 960) (660, 960)  roll 1.5°');
  });

  it('prints each notice of the quality gate', () => {
    expect(formatResult('me.jpg', v2)).toContain('notice LARGEST_FACE: several faces were seen; the largest was analysed');
  });

  it('prints a zone × condition table with counts and coverage after the scores', () => {
    const lines = formatResult('me.jpg', v2).split('\n');
    const title = lines.findIndex((l) => l.startsWith('zones from detected landmarks'));
    expect(title).toBeGreaterThan(lines.findIndex((l) => l.startsWith('total')));
    expect(lines[title + 1]).toMatch(/^zone\s+Acne\s+Atopic dermatitis\s+Wrinkles$/);
    const chin = `${((v2.findings.acne.zones?.chin.coverage ?? 0) * 100).toFixed(1)}%`;
    expect(lines[title + 7]).toMatch(new RegExp(`^chin\\s+4\\s+${chin.replace('.', '\\.')}\\s+0\\s+0\\.0%\\s+0\\s+0\\.0%$`));
    expect(lines.find((l) => l.startsWith('left cheek'))).toMatch(/^left cheek\s+2\s+[\d.]+%/);
    expect(lines.filter((l) => /^(forehead|around the eyes|nose|left cheek|right cheek|chin)\s/.test(l))).toHaveLength(6);
  });

  it('prints no zones, landmarks or notices for a version 1 result', () => {
    const text = formatResult('me.jpg', makeResult({ pixels: { acne: 900 } }));
    expect(text).not.toMatch(/zones|landmarks|roll|notice/);
  });
});
