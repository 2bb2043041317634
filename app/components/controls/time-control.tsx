'use client';
// The date control: a year slider from 1949 to today, a day-precise date field, previous/next change, and play.
import { useEffect, useId, useRef, useState } from 'react';
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
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // When the next year is due while playing: steps keep to the chosen speed however long a re-render takes, since the
  // clock runs from when each step was due, not from when the page got round to re-rendering.
  const nextStepAt = useRef<number | null>(null);

  useEffect(() => {
    if (!playing) {
      nextStepAt.current = null;
      return;
    }
    if (year >= lastYear) {
      setPlaying(false);
      return;
    }
    const now = performance.now();
    const due = Math.max(now, nextStepAt.current ?? now + speed);
    nextStepAt.current = due;
    const timer = setTimeout(() => {
      nextStepAt.current = due + speed;
      onChangeRef.current(inYear(day, year + 1, today), true);
    }, due - now);
    return () => clearTimeout(timer);
  }, [playing, day, year, lastYear, speed, today]);

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
        <button
          type="button"
          onClick={() => next && next <= today && onChange(next)}
          disabled={!next || next > today}
          title={next ? `Next change: ${next}` : undefined}
        >
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
        <select
          id={`${id}-speed`}
          value={speed}
          onChange={(event) => {
            nextStepAt.current = null;
            setSpeed(Number(event.target.value));
          }}
        >
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
