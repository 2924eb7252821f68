/**
 * Runs async tasks one at a time, in the order they were queued; a failed task does not stop
 * the ones after it. The worker's diagnoses and live checks share the ONNX sessions this way.
 */
export class RunQueue {
  private last: Promise<unknown> = Promise.resolve();

  /** Queues `task` behind the others and settles as it does. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.last.then(task, task);
    this.last = next.catch(() => undefined);
    return next;
  }
}
