/**
 * Wraps an async task so overlapping calls share the run in progress instead of starting another
 * (an alarm can fire while the previous cycle is still polling in the same worker).
 * Example: `const poll = singleFlight(() => runPollCycle(deps)); await Promise.all([poll(), poll()])` runs one cycle.
 */
export function singleFlight<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => {
    if (!running) {
      running = task().finally(() => {
        running = undefined;
      });
    }
    return running;
  };
}
