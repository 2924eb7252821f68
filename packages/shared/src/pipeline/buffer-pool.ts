/**
 * Float32 buffers handed back and forth between runs of one pipeline, so the large model inputs
 * (a 640² RGB tensor is 4.9 MB) are allocated once, not per diagnosis. A fresh buffer that large
 * is mapped fresh by the browser's allocator and faulted in page by page on first write: in
 * headless Chromium here that costs ~20 ms a 640² tensor, more than resampling into it
 * (bench/RESULTS.md, section 1). Each run takes its own buffers, so overlapping runs never share.
 */
export class BufferPool {
  private readonly free = new Map<number, Float32Array[]>();

  /** A buffer of `length` floats, holding whatever its last user left in it. */
  take(length: number): Float32Array {
    return this.free.get(length)?.pop() ?? new Float32Array(length);
  }

  /** Returns buffers taken from this pool; the caller must not touch them afterwards. */
  give(...buffers: readonly Float32Array[]): void {
    for (const buffer of buffers) {
      const list = this.free.get(buffer.length);
      if (list) list.push(buffer);
      else this.free.set(buffer.length, [buffer]);
    }
  }
}
