/**
 * Work a build does beside Astro's own, on the machine's other core: a worker thread runs one module with
 * `workerData` and posts one message back, the result. The thread runs at the lowest priority
 * (background.ts): on a machine with two cores, two workers at the normal priority slowed Astro's bundling
 * and rendering by more than the work they took off it (clean builds, six each in turn: 4.45 s median at
 * the normal priority, 4.11 s at the lowest). A failure is kept for whoever awaits the result
 * (the integration's build:done hook), so it cannot end the process before then.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerRun<T> {
  result: Promise<T>;
  /** Wall-clock time from the start to the result, in ms (set once the result is there). */
  ms(): number;
}

export function runInWorker<T>(module: URL, data: unknown): WorkerRun<T> {
  const started = performance.now();
  let ended: number | undefined;
  const result = new Promise<T>((resolve, reject) => {
    // background.ts lowers the thread's priority first, then runs the module.
    const worker = new Worker(new URL('./background.ts', import.meta.url), { workerData: data, argv: [module.href] });
    worker.once('message', (message: T) => {
      ended = performance.now();
      resolve(message);
    });
    worker.once('error', reject);
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`the worker ${module.pathname.split('/').pop()} stopped with code ${code}`)),
    );
  });
  result.catch(() => undefined);
  return { result, ms: () => (ended ?? performance.now()) - started };
}
