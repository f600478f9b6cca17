/**
 * The first module of each build worker (worker.ts): it lowers the priority of its own thread (Linux sets a
 * nice value per thread; threads it starts, such as libvips', inherit it), then runs the worker's module,
 * whose URL is its first argument. Astro's own work on the main thread then comes first, and the worker
 * uses the time the main thread leaves; it is done long before its result is needed.
 */
import { setPriority } from 'node:os';

try {
  setPriority(19);
} catch {
  // Not allowed on this system: the worker runs at the normal priority.
}
await import(process.argv[2]!);
