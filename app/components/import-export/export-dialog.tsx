'use client';
// The export dialog: publication images (PNG, JPG, SVG) of exactly what is on screen, with a frame the user chooses.
import type { Core } from 'cytoscape';
import { useId, useState } from 'react';
import { DEFAULT_IMAGE_OPTIONS, exportFileName, IMAGE_FORMATS, type ImageOptions } from '@/lib/view/export-image';
import { download, renderRaster, renderSvg, type ImageMeta } from './image-export';
import { useModalDialog } from '../dialogs/use-modal-dialog';
import type { ReactNode } from 'react';

type Props = { open: boolean; onClose: () => void; cy: Core | null; meta: ImageMeta; children?: ReactNode };

export function ExportDialog({ open, onClose, cy, meta, children }: Props) {
  const id = useId();
  const ref = useModalDialog(open);
  const [options, setOptions] = useState<ImageOptions>(DEFAULT_IMAGE_OPTIONS);
  const [progress, setProgress] = useState<string>('');
  const set = (change: Partial<ImageOptions>) => setOptions((o) => ({ ...o, ...change }));


  async function exportImage() {
    if (!cy) {
      setProgress('Switch to the graph view to export an image.');
      return;
    }
    setProgress(`Rendering ${options.format.toUpperCase()}…`);
    try {
      const blob = options.format === 'svg' ? await renderSvg(cy, options, meta) : await renderRaster(cy, options, meta);
      download(blob, exportFileName(meta.subject, meta.day, options.format));
      setProgress(`Saved ${exportFileName(meta.subject, meta.day, options.format)} (${Math.round(blob.size / 1024)} KiB).`);
    } catch (error) {
      setProgress(`The image could not be made: ${(error as Error).message}`);
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
                {f === 'svg' ? 'SVG (vector)' : f.toUpperCase()}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-scale`}>Scale</label>
          <select id={`${id}-scale`} value={options.width ? 'width' : String(options.scale)} onChange={(e) => (e.target.value === 'width' ? set({ width: 2000 }) : set({ scale: Number(e.target.value), width: null }))}>
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
            <option value="width">Pixel width…</option>
          </select>
          {options.width !== null && (
            <>
              <label htmlFor={`${id}-width`}>Width (px)</label>
              <input id={`${id}-width`} type="number" min={200} max={12000} step={100} value={options.width} onChange={(e) => set({ width: Math.min(12000, Math.max(200, Number(e.target.value) || 200)) })} />
            </>
          )}
          <label htmlFor={`${id}-area`}>Area</label>
          <select id={`${id}-area`} value={options.area} onChange={(e) => set({ area: e.target.value as ImageOptions['area'] })}>
            <option value="full">Whole graph</option>
            <option value="view">Current view</option>
          </select>
          <label htmlFor={`${id}-bg`}>Background</label>
          <select id={`${id}-bg`} value={options.format === 'jpg' ? 'white' : options.background} disabled={options.format === 'jpg'} onChange={(e) => set({ background: e.target.value as ImageOptions['background'] })}>
            <option value="white">White</option>
            <option value="transparent">Transparent</option>
          </select>
          <label htmlFor={`${id}-title-input`}>Title</label>
          <input id={`${id}-title-input`} type="text" value={options.title} placeholder="(none)" onChange={(e) => set({ title: e.target.value })} />
        </div>
        <label className="check">
          <input type="checkbox" checked={options.legend} onChange={(e) => set({ legend: e.target.checked })} /> Legend
        </label>
        <label className="check">
          <input type="checkbox" checked={options.date} onChange={(e) => set({ date: e.target.checked })} /> Date
        </label>
        <label className="check">
          <input type="checkbox" checked={options.credit} onChange={(e) => set({ credit: e.target.checked })} /> Source credit line
        </label>
        <button type="button" onClick={exportImage} disabled={progress.startsWith('Rendering')}>
          Export image
        </button>
        <p role="status" className="small" data-testid="export-status">
          {progress}
        </p>
      </section>
      {children}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
