/**
 * The first module of each build worker (worker.ts): on Linux it lowers the priority of its own thread (Linux
 * keeps a nice value per thread; threads it starts, such as libvips', inherit it), then runs the worker's
 * module, whose URL is its first argument. Astro's own work on the main thread then comes first, and the
 * worker uses the time the main thread leaves (in the builds measured, its result was ready before it was
 * needed). Elsewhere the same call would lower the whole process, so the worker keeps the normal priority.
 */
import { setPriority } from 'node:os';

if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed here: the worker runs at the normal priority.
  }
}
await import(process.argv[2]!);
