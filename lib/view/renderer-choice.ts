// Which Cytoscape renderer draws a graph: WebGL for large graphs on a real GPU; the 2D canvas otherwise. A profile on a
// machine without a GPU (WebGL emulated in software, as in headless Chromium) showed the WebGL renderer spending 7–14 s
// of GPU-process time per frame on 5,000 nodes, far slower than the canvas renderer drawing plain shapes.
import type { CytoscapeOptions } from 'cytoscape';

/** Renderer names of WebGL implementations that run on the CPU. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE_GL.test(rendererName);
}

/** WebGL2 (which Cytoscape's WebGL renderer needs) on a hardware GPU, as far as the browser tells. */
function hardwareWebgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !isSoftwareRenderer(name);
  } catch {
    return false;
  }
}

export type RendererChoice = { renderer: 'webgl' | 'canvas'; options: Partial<CytoscapeOptions> };

/**
 * Large graphs: WebGL on a hardware GPU; otherwise the canvas renderer moving a snapshot of the drawing while the user
 * pans or zooms (textureOnViewport) and without motion blur. Small graphs: the canvas renderer as it is.
 */
export function chooseRenderer(large: boolean): RendererChoice {
  if (!large) return { renderer: 'canvas', options: {} };
  if (hardwareWebgl2()) return { renderer: 'webgl', options: { webgl: true } as Partial<CytoscapeOptions> };
  return { renderer: 'canvas', options: { textureOnViewport: true, hideEdgesOnViewport: false, motionBlur: false, pixelRatio: 1 } };
}
