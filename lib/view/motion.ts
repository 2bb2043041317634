// Whether the canvas may animate: not when the user asked their system for reduced motion (WCAG 2.3.3), in which case
// layouts, focus arrangements and fits jump straight to their final picture.
export function motionAllowed(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' || !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
