'use client';
// The date control: a year slider from 1949 to today, a day-precise date field, previous/next change, and play.
import { useEffect, useId, useState } from 'react';
import { adjacentChange } from '@/lib/graph/change-dates';

export const FIRST_YEAR = 1949;
const SPEEDS = [
  { label: '0.5 s per year', ms: 500 },
  { label: '1 s per year', ms: 1000 },
  { label: '2 s per year', ms: 2000 },
];

type Props = { day: string; today: string; changes: readonly string[]; onChange: (day: string, replace?: boolean) => void };

/** The same month and day in another year, clamped to today and to real dates (29 February). */
function inYear(day: string, year: number, today: string): string {
  const [, month, date] = day.split('-');
  const candidate = new Date(Date.UTC(year, Number(month) - 1, Number(date)));
  const iso = (candidate.getUTCMonth() + 1 === Number(month) ? candidate : new Date(Date.UTC(year, Number(month), 0))).toISOString().slice(0, 10);
  return iso > today ? today : iso;
}

export function TimeControl({ day, today, changes, onChange }: Props) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1000);
  const year = Number(day.slice(0, 4));
  const lastYear = Number(today.slice(0, 4));

  useEffect(() => {
    if (!playing) return;
    if (year >= lastYear) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onChange(inYear(day, year + 1, today), true), speed);
    return () => clearTimeout(timer);
  }, [playing, day, year, lastYear, speed, today, onChange]);

  const previous = adjacentChange(changes, day, -1);
  const next = adjacentChange(changes, day, 1);

  return (
    <fieldset className="panel time-control">
      <legend>Date</legend>
      <label htmlFor={`${id}-year`}>
        Year <output htmlFor={`${id}-year`}>{year}</output>
      </label>
      <input
        id={`${id}-year`}
        type="range"
        min={FIRST_YEAR}
        max={lastYear}
        step={1}
        value={year}
        aria-valuetext={`${year}`}
        onChange={(event) => onChange(inYear(day, Number(event.target.value), today))}
      />
      <div className="row">
        <label htmlFor={`${id}-day`} className="visually-hidden">
          Exact date
        </label>
        <input
          id={`${id}-day`}
          type="date"
          min={`${FIRST_YEAR}-01-01`}
          max={today}
          value={day}
          onChange={(event) => event.target.value && onChange(event.target.value <= today ? event.target.value : today)}
        />
        <button type="button" onClick={() => onChange(today)} disabled={day === today}>
          Today
        </button>
      </div>
      <div className="row">
        <button type="button" onClick={() => previous && onChange(previous)} disabled={!previous} title={previous ? `Previous change: ${previous}` : undefined}>
          ◀ Change
        </button>
        <button type="button" onClick={() => next && next <= today && onChange(next)} disabled={!next || next > today} title={next ? `Next change: ${next}` : undefined}>
          Change ▶
        </button>
      </div>
      <div className="row">
        <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing} data-shortcut="play">
          {playing ? 'Pause' : 'Play'}
        </button>
        <label htmlFor={`${id}-speed`} className="visually-hidden">
          Speed
        </label>
        <select id={`${id}-speed`} value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s.ms} value={s.ms}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
