import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer } from './renderer-choice';

describe('renderer choice', () => {
  it('recognises WebGL emulated on the CPU', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
  });
  it('keeps small graphs on the plain canvas renderer', () => {
    expect(chooseRenderer(false)).toEqual({ renderer: 'canvas', options: {} });
  });
});
