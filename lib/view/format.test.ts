import { describe, expect, it } from 'vitest';
import { formatStatus } from './format';

describe('formatStatus', () => {
  it('dates a continuing status by the last day its source covers', () => {
    expect(formatStatus('continuing', null, '2025')).toBe('continuing (not verified after 2024-12-31)');
    expect(formatStatus('continuing', null, '2025-03-01')).toBe('continuing (not verified after 2025-02-28)');
  });
  it('writes other statuses in words, with the intensity of a conflict', () => {
    expect(formatStatus('peace-agreement')).toBe('peace agreement');
    expect(formatStatus('signed-not-in-force')).toBe('signed, not in force');
    expect(formatStatus('active', 'war')).toBe('active (≥1,000 battle deaths/yr)');
  });
});
