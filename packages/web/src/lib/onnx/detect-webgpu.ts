/** The slice of the WebGPU API the app needs; TypeScript's DOM library does not declare it yet. */
interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'low-power' | 'high-performance' }): Promise<object | null>;
}

/**
 * Whether this context exposes a WebGPU adapter. A present `navigator.gpu` without an adapter
 * (blocklisted GPU, headless without --enable-unsafe-webgpu) counts as no WebGPU.
 */
export async function hasWebGpuAdapter(nav: Navigator | undefined = globalThis.navigator): Promise<boolean> {
  const gpu = (nav as (Navigator & { gpu?: GpuLike }) | undefined)?.gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}
