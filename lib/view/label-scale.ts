// How large a focus view's labels are drawn: never smaller on screen than MIN_LABEL_PX, so that a picture fitted to a
// phone (zoomed far out) still names the focus and its nearest nodes; label placement then drops the labels that no
// longer fit, least important first, and they come back as the user zooms in. Pure arithmetic, unit-tested.

/** The smallest label a focus view draws, in CSS pixels (about what a fitted desktop focus view shows). */
export const MIN_LABEL_PX = 7;
/** The focus's own label is never smaller than this on screen: the first name a reader looks for. */
export const FOCUS_LABEL_PX = 10;
/** Labels grow at most this much: beyond it a picture is better read by zooming in. */
export const MAX_LABEL_SCALE = 3;

/** How much a label of `fontSize` (model units) must grow to be `minPx` on screen at `zoom`; 1 when it already is. */
export function labelScale(fontSize: number, zoom: number, minPx = MIN_LABEL_PX): number {
  if (!(fontSize > 0) || !(zoom > 0)) return 1;
  return Math.min(MAX_LABEL_SCALE, Math.max(1, minPx / (fontSize * zoom)));
}

/** The part of the model a viewport shows: what label placement keeps labels inside. */
export function visibleModelBox(view: { zoom: number; pan: { x: number; y: number } }, size: { width: number; height: number }) {
  return {
    x1: -view.pan.x / view.zoom,
    y1: -view.pan.y / view.zoom,
    x2: (size.width - view.pan.x) / view.zoom,
    y2: (size.height - view.pan.y) / view.zoom,
  };
}
