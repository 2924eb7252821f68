import type { DiagnosisDetail, DiagnosisResult } from '@derma/shared';
import { describe, expect, it } from 'vitest';
import { makeResult } from '../../testing/result-factory';
import { describeFindings } from './advice-prompt';

function detailOf(result: DiagnosisResult): DiagnosisDetail {
  const scores = { acne: result.findings.acne.score, atopy: result.findings.atopy.score, wrinkle: result.findings.wrinkle.score };
  const lesionCounts = { acne: result.findings.acne.lesionCount, atopy: result.findings.atopy.lesionCount, wrinkle: result.findings.wrinkle.lesionCount };
  const head = { id: 'd1', createdAt: new Date(0).toISOString(), totalScore: result.totalScore, scores };
  return { ...head, clientId: 'c1', lesionCounts, location: 'device', result, hasPhoto: false, recent: [head] };
}

const zoned = makeResult({ version: 2, pixels: { acne: 900, wrinkle: 200 }, zones: { acne: { chin: 4, leftCheek: 2 }, wrinkle: { periocular: 2, forehead: 2, nose: 1 } } });

describe('describeFindings', () => {
  it('says in English where each condition’s findings are, most first', () => {
    const lines = describeFindings(detailOf(zoned), 'en').split('\n');
    expect(lines).toContain('  most acne on the chin (4 of 6 spots); also on the left cheek');
    expect(lines).toContain('  most wrinkles on the forehead and around the eyes (2 each of 5 lines); also on the nose');
  });

  it('says in Korean where each condition’s findings are, with the zone names of ZONE_LABELS', () => {
    const lines = describeFindings(detailOf(zoned), 'ko').split('\n');
    expect(lines).toContain('  여드름은 주로 턱에 있습니다 (6개 중 4개); 왼쪽 볼에도 있습니다');
    expect(lines).toContain('  주름은 주로 이마, 눈가에 있습니다 (5개 중 각 2개); 코에도 있습니다');
  });

  it('says "all" when one zone has every finding, and nothing for a condition without findings', () => {
    const text = describeFindings(detailOf(makeResult({ version: 2, pixels: { acne: 900 }, zones: { acne: { nose: 3 } } })), 'en');
    expect(text).toContain('  all acne on the nose (3 of 3 spots)');
    expect(text).not.toMatch(/atopic dermatitis (on|around)/);
  });

  it('says nothing about zones for a version 1 result', () => {
    const v1 = describeFindings(detailOf(makeResult({ pixels: { acne: 900 }, lesions: { acne: 6 } })), 'en');
    expect(v1.split('\n')).toHaveLength(5);
    expect(v1).not.toMatch(/chin|cheek|forehead|nose|eyes/);
  });
});
