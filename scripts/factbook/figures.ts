// Parses the Factbook's numeric texts: "$2.174 trillion (2024 est.)", "140,134,279 (2025 est.)", "7% of GDP (2024 est.)".

export type Figure = { value: number; year: number };

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

function yearOf(text: string): number | undefined {
  const year = /\((\d{4})(?: est\.)?\)/.exec(text)?.[1];
  return year ? Number(year) : undefined;
}

/** "$25.787 billion (2024 est.)" → {value: 25_787_000_000, year: 2024}. */
export function parseMoney(text: string): Figure | undefined {
  const match = /^\$([\d,]+(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?/.exec(text.trim());
  const year = yearOf(text);
  if (!match || year === undefined) return undefined;
  return { value: Math.round(Number(match[1]!.replace(/,/g, '')) * (SCALE[match[2] ?? ''] ?? 1)), year };
}

/** "140,134,279 (2025 est.)" → {value: 140134279, year: 2025}. */
export function parseCount(text: string): Figure | undefined {
  const match = /^([\d,]+)\s*\(/.exec(text.trim());
  const year = yearOf(text);
  if (!match || year === undefined) return undefined;
  return { value: Number(match[1]!.replace(/,/g, '')), year };
}

/** "7% of GDP (2024 est.)" → {value: 7, year: 2024}. */
export function parsePercentOfGdp(text: string): Figure | undefined {
  const match = /^([\d.]+)% of GDP/.exec(text.trim());
  const year = yearOf(text);
  if (!match || year === undefined) return undefined;
  return { value: Number(match[1]), year };
}

/** The figure for the latest year among several. */
export function latest(figures: (Figure | undefined)[]): Figure | undefined {
  return figures.filter((f): f is Figure => f !== undefined).sort((a, b) => b.year - a.year)[0];
}

const NUMBER = '([\\d][\\d.,]*)';

/**
 * Active military personnel from the Factbook's free text: "estimated 10-12,000 active duty Armed Forces (2025)" →
 * 11,000 (the midpoint of a range; "10-12,000" means 10,000–12,000), "1.1-1.2 million active" → 1,150,000.
 */
export function parseActivePersonnel(text: string): Figure | undefined {
  const match = new RegExp(`${NUMBER}(?:\\s*-\\s*${NUMBER})?(?:\\s+(million|thousand))?\\s+active`).exec(text);
  const year = yearOf(text);
  if (!match || year === undefined) return undefined;
  const scale = SCALE[match[3] ?? ''] ?? 1;
  const read = (raw: string) => Number(raw.replace(/,/g, '')) * scale;
  const high = match[2] === undefined ? undefined : read(match[2]);
  let low = read(match[1]!);
  // "10-12,000": the lower bound leaves out the thousands the upper bound spells out
  if (high !== undefined && low < 1000 && high >= 1000 && scale === 1) low *= 1000;
  const value = high === undefined ? low : (low + high) / 2;
  return Number.isFinite(value) && value > 0 ? { value: Math.round(value), year } : undefined;
}
