'use client';
// The export dialog: publication images (PNG, JPG, SVG, PDF) of what is on screen, with a frame the user chooses and
// sizes people ask for; and the iframe snippet that embeds the current view in an article.
import type { Core } from 'cytoscape';
import { useEffect, useId, useState, type ReactNode } from 'react';
import {
  DEFAULT_IMAGE_OPTIONS,
  exportFileName,
  FORMAT_LABELS,
  IMAGE_FORMATS,
  SIZE_PRESET_IDS,
  SIZE_PRESETS,
  type ImageOptions,
  type SizePreset,
} from '@/lib/view/export-image';
import { embedSnippet } from '@/lib/view/embed';
import { download, renderImage, type ImageMeta } from './image-export';
import { useModalDialog } from '../dialogs/use-modal-dialog';

type Props = { open: boolean; onClose: () => void; cy: Core | null; meta: Omit<ImageMeta, 'url'>; children?: ReactNode };

const sizeValue = (o: ImageOptions) => (o.preset ? `preset:${o.preset}` : o.width ? 'width' : String(o.scale));

export function ExportDialog({ open, onClose, cy, meta, children }: Props) {
  const id = useId();
  const ref = useModalDialog(open);
  const [options, setOptions] = useState<ImageOptions>(DEFAULT_IMAGE_OPTIONS);
  const [progress, setProgress] = useState<string>('');
  const [embed, setEmbed] = useState({ width: 800, height: 520 });
  const [copied, setCopied] = useState('');
  const [location, setLocation] = useState<{ origin: string; search: string } | null>(null);
  const set = (change: Partial<ImageOptions>) => setOptions((o) => ({ ...o, ...change }));

  useEffect(() => {
    if (open) setLocation({ origin: window.location.origin, search: window.location.search });
    setCopied('');
  }, [open]);

  async function exportImage() {
    if (!cy) {
      setProgress('Switch to the graph view to export an image.');
      return;
    }
    setProgress(`Rendering ${options.format.toUpperCase()}…`);
    try {
      const blob = await renderImage(cy, options, { ...meta, url: window.location.href });
      const name = exportFileName(meta.subject, meta.day, options.format);
      download(blob, name);
      setProgress(`Saved ${name} (${Math.round(blob.size / 1024)} KiB).`);
    } catch (error) {
      setProgress(`The image could not be made: ${(error as Error).message}`);
    }
  }

  const snippet = location
    ? embedSnippet({
        origin: location.origin,
        search: location.search,
        width: embed.width,
        height: embed.height,
        title: `Entente: ${meta.subject} as of ${meta.day}`,
      })
    : '';

  async function copySnippet() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('Copied.');
    } catch {
      (document.getElementById(`${id}-snippet`) as HTMLTextAreaElement | null)?.select();
      setCopied('Selected: press Ctrl+C (⌘C) to copy.');
    }
  }

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Export</h2>
      <section aria-labelledby={`${id}-image`}>
        <h3 id={`${id}-image`}>Image of what is on screen</h3>
        <div className="form-grid">
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} value={options.format} onChange={(e) => set({ format: e.target.value as ImageOptions['format'] })}>
            {IMAGE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-scale`}>Size</label>
          <select
            id={`${id}-scale`}
            value={sizeValue(options)}
            onChange={(e) => {
              const v = e.target.value;
              if (v === 'width') set({ width: 2000, preset: null });
              else if (v.startsWith('preset:')) set({ preset: v.slice(7) as SizePreset, width: null });
              else set({ scale: Number(v), width: null, preset: null });
            }}
          >
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}× the screen
              </option>
            ))}
            <option value="width">Pixel width…</option>
            {SIZE_PRESET_IDS.map((p) => (
              <option key={p} value={`preset:${p}`}>
                {SIZE_PRESETS[p].label}
              </option>
            ))}
          </select>
          {options.width !== null && (
            <>
              <label htmlFor={`${id}-width`}>Width (px)</label>
              <input
                id={`${id}-width`}
                type="number"
                min={200}
                max={12000}
                step={100}
                value={options.width}
                onChange={(e) => set({ width: Math.min(12000, Math.max(200, Number(e.target.value) || 200)) })}
              />
            </>
          )}
          <label htmlFor={`${id}-area`}>Area</label>
          <select id={`${id}-area`} value={options.area} onChange={(e) => set({ area: e.target.value as ImageOptions['area'] })}>
            <option value="full">Whole graph</option>
            <option value="view">Current view</option>
          </select>
          <label htmlFor={`${id}-bg`}>Background</label>
          <select
            id={`${id}-bg`}
            value={options.format === 'jpg' ? 'white' : options.background}
            disabled={options.format === 'jpg'}
            onChange={(e) => set({ background: e.target.value as ImageOptions['background'] })}
          >
            <option value="white">White</option>
            <option value="transparent">Transparent</option>
          </select>
          <label htmlFor={`${id}-title-input`}>Title</label>
          <input id={`${id}-title-input`} type="text" value={options.title} placeholder="(none)" onChange={(e) => set({ title: e.target.value })} />
        </div>
        <div className="checks">
          <label className="check">
            <input type="checkbox" checked={options.legend} onChange={(e) => set({ legend: e.target.checked })} /> Legend
          </label>
          <label className="check">
            <input type="checkbox" checked={options.date} onChange={(e) => set({ date: e.target.checked })} /> Date
          </label>
          <label className="check">
            <input type="checkbox" checked={options.credit} onChange={(e) => set({ credit: e.target.checked })} /> Source credit line
          </label>
          <label className="check">
            <input type="checkbox" checked={options.caption} onChange={(e) => set({ caption: e.target.checked })} /> Caption (date, filters, link)
          </label>
        </div>
        <button type="button" onClick={exportImage} disabled={progress.startsWith('Rendering')}>
          Export image
        </button>
        <p role="status" className="small" data-testid="export-status">
          {progress}
        </p>
      </section>
      <section aria-labelledby={`${id}-embed`}>
        <h3 id={`${id}-embed`}>Embed</h3>
        <p className="small muted">A live view of this graph for an article: pan, zoom and click, with legend, date and sources.</p>
        <div className="form-grid">
          <label htmlFor={`${id}-embed-width`}>Width (px)</label>
          <input
            id={`${id}-embed-width`}
            type="number"
            min={300}
            max={3000}
            step={10}
            value={embed.width}
            onChange={(e) => setEmbed((s) => ({ ...s, width: Math.min(3000, Math.max(300, Number(e.target.value) || 300)) }))}
          />
          <label htmlFor={`${id}-embed-height`}>Height (px)</label>
          <input
            id={`${id}-embed-height`}
            type="number"
            min={240}
            max={3000}
            step={10}
            value={embed.height}
            onChange={(e) => setEmbed((s) => ({ ...s, height: Math.min(3000, Math.max(240, Number(e.target.value) || 240)) }))}
          />
        </div>
        <label htmlFor={`${id}-snippet`} className="small">
          Embed code
        </label>
        <textarea id={`${id}-snippet`} className="snippet" readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copySnippet()}>
          Copy embed code
        </button>{' '}
        <span role="status" className="small">
          {copied}
        </span>
      </section>
      {children}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
