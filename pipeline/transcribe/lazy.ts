/**
 * A shared, lazily started promise that is retried after failure.
 *
 * kuromojin shares one tokenizer load across callers but keeps a failed load forever; here a
 * rejection clears the slot, so the next caller starts a fresh attempt.
 */

/** Lazy loader: `get()` starts `load` on first use and shares its promise; `reset()` forgets it. */
export interface Lazy<T> {
  get(): Promise<T>;
  /** Forget the current value or pending load (tests; freeing memory). */
  reset(): void;
}

/** Wrap `load` so it runs at most once at a time and once in total after it succeeds. */
export function lazyRetry<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  return {
    get() {
      if (!pending) {
        // new Promise turns a synchronous throw in `load` into a rejection like any other.
        const attempt = new Promise<T>((resolve) => resolve(load()));
        pending = attempt;
        // Clear only our own attempt: a reset() and a newer load may have replaced it.
        attempt.catch(() => {
          if (pending === attempt) pending = undefined;
        });
      }
      return pending;
    },
    reset() {
      pending = undefined;
    },
  };
}
