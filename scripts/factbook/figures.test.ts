import { describe, expect, it } from 'vitest';
import { latest, parseActivePersonnel, parseCount, parseMoney, parsePercentOfGdp } from './figures';

describe('Factbook figures', () => {
  it('reads money with its scale and year', () => {
    expect(parseMoney('$2.174 trillion (2024 est.)')).toEqual({ value: 2_174_000_000_000, year: 2024 });
    expect(parseMoney('$25.787 billion (2024 est.)')).toEqual({ value: 25_787_000_000, year: 2024 });
    expect(parseMoney('NA')).toBeUndefined();
  });
  it('reads counts and shares of GDP', () => {
    expect(parseCount('2,963,837 (2025 est.)')).toEqual({ value: 2_963_837, year: 2025 });
    expect(parsePercentOfGdp('5.5% of GDP (2024 est.)')).toEqual({ value: 5.5, year: 2024 });
  });
  it('picks the latest year', () => {
    expect(latest([{ value: 1, year: 2022 }, undefined, { value: 2, year: 2024 }])).toEqual({ value: 2, year: 2024 });
  });
});

describe('parseActivePersonnel', () => {
  it('reads single figures, ranges with shared thousands, and millions', () => {
    expect(parseActivePersonnel('approximately 100,000 active duty Armed Forces (2025)')).toEqual({ value: 100_000, year: 2025 });
    expect(parseActivePersonnel('estimated 10-12,000 active duty Armed Forces (2025)')).toEqual({ value: 11_000, year: 2025 });
    expect(parseActivePersonnel('estimated 150,000-200,000 active Defense Forces (2025)')).toEqual({ value: 175_000, year: 2025 });
    expect(parseActivePersonnel('estimated 1.1-1.2 million active Armed Forces; estimated 350,000 Guard (2025)')).toEqual({ value: 1_150_000, year: 2025 });
    expect(parseActivePersonnel('estimated 600 Defense Force (2023)')).toBeUndefined();
  });
});
