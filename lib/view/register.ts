// Registers every Cytoscape extension exactly once (cytoscape warns when an extension is registered twice). The force
// layout (fcose, ~40 kB) loads on first use: the bundled dataset is drawn from precomputed positions without it;
// cytoscape-svg loads on the first SVG export (it touches `window` when loaded).
import cytoscape from 'cytoscape';

let forceLayout: Promise<void> | undefined;
let forceLayoutLoaded = false;

export function registerExtensions(): typeof cytoscape {
  return cytoscape;
}

/** Whether fcose is registered (then force layouts can run synchronously). */
export function isForceLayoutLoaded(): boolean {
  return forceLayoutLoaded;
}

/** Loads and registers fcose once. */
export function loadForceLayout(): Promise<void> {
  forceLayout ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
    forceLayoutLoaded = true;
  });
  return forceLayout;
}

let svgExtension: Promise<void> | undefined;

/** Loads and registers cytoscape-svg, in the browser, the first time an SVG is exported. */
export function registerSvgExtension(): Promise<void> {
  svgExtension ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return svgExtension;
}
