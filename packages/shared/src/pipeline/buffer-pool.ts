/** Capacity classes: powers of two, so the scratch of photos of every size shares a few buffers. */
function capacityOf(length: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, length)));
}

/**
 * Float32 buffers handed back and forth between runs of one pipeline, so the large model inputs
 * (a 640² RGB tensor is 4.9 MB) and resampling scratch are allocated once, not per diagnosis. A
 * fresh buffer that large is mapped fresh by the browser's allocator and faulted in page by page
 * on first write: in headless Chromium here that costs ~20 ms a 640² tensor, more than
 * resampling into it (bench/RESULTS.md, section 1); a capacity beyond what is used is never
 * touched, so it costs address space, not memory. Each run takes its own buffers, so overlapping
 * runs never share.
 */
export class BufferPool {
  private readonly free = new Map<number, ArrayBuffer[]>();

  constructor(private readonly keep = 2) {}

  /** A buffer of `length` floats, holding whatever its last user left in it. */
  take(length: number): Float32Array {
    const capacity = capacityOf(length);
    const buffer = this.free.get(capacity)?.pop() ?? new ArrayBuffer(4 * capacity);
    return new Float32Array(buffer, 0, length);
  }

  /**
   * Returns buffers taken from this pool; the caller must not touch them afterwards. At most
   * `keep` of a capacity are kept, so a burst of overlapping runs (live camera checks) does not
   * hold its peak of buffers for the pipeline's lifetime.
   */
  give(...views: readonly Float32Array[]): void {
    for (const view of views) {
      const buffer = view.buffer as ArrayBuffer;
      const list = this.free.get(buffer.byteLength / 4) ?? [];
      if (list.length < this.keep && !list.includes(buffer)) list.push(buffer);
      this.free.set(buffer.byteLength / 4, list);
    }
  }
}
