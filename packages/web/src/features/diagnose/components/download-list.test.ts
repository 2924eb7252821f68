import { describe, expect, it } from 'vitest';
import { transferText } from './download-list';

describe('transferText', () => {
  it('shows a file of tens of KB in KB, not as 0.0 MB', () => {
    expect(transferText(15_000, 30_000)).toBe('15 / 29 KB');
  });

  it('shows a file of several MB in MB with one decimal', () => {
    expect(transferText(1_048_576, 6_291_456)).toBe('1.0 / 6.0 MB');
  });
});
