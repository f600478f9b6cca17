/** A load made once per key, and again after it failed (offline, a file missing): the next query retries it. */
export function once<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loading = new Map<string, Promise<T>>();
  return (key) => {
    let promise = loading.get(key);
    if (!promise) {
      loading.set(key, (promise = load(key)));
      promise.catch(() => loading.delete(key));
    }
    return promise;
  };
}
