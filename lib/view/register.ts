// Registers every Cytoscape extension exactly once (cytoscape warns when an extension is registered twice): fcose for
// the page and the layout worker, cytoscape-svg on first use (it touches `window` when loaded).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

export function registerExtensions(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape;
}

let svgRegistered = false;

/** Loads and registers cytoscape-svg, in the browser, the first time an SVG is exported. */
export async function registerSvgExtension(): Promise<void> {
  if (svgRegistered) return;
  const { default: svg } = await import('cytoscape-svg');
  cytoscape.use(svg);
  svgRegistered = true;
}
