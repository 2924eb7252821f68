/** The slice of the WebGPU API the app needs; TypeScript's DOM library does not declare it yet. */
interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'low-power' | 'high-performance' }): Promise<{ features?: { has(name: string): boolean } } | null>;
}

/** What this context's WebGPU adapter can do for the models. */
export interface WebGpuSupport {
  /** The adapter has `shader-f16`: onnxruntime-web then runs float16 graphs in float16 kernels. */
  float16: boolean;
}

/**
 * This context's WebGPU adapter, or null without one: a present `navigator.gpu` without an
 * adapter (blocklisted GPU, headless without --enable-unsafe-webgpu) counts as no WebGPU.
 */
export async function webGpuSupport(nav: Navigator | undefined = globalThis.navigator): Promise<WebGpuSupport | null> {
  const gpu = (nav as (Navigator & { gpu?: GpuLike }) | undefined)?.gpu;
  if (!gpu) return null;
  try {
    const adapter = await gpu.requestAdapter();
    return adapter ? { float16: adapter.features?.has('shader-f16') === true } : null;
  } catch {
    return null;
  }
}
