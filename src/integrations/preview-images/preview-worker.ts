/** Worker thread of preview-images.ts: draws every preview image and sends the PNGs back. */
import { parentPort, workerData } from 'node:worker_threads';
import { imagePng } from './social-image.ts';
import type { PreviewJob } from './preview-images.ts';

const jobs = workerData as PreviewJob[];
const images = await Promise.all(jobs.map(async (job) => [job.path, new Uint8Array(await imagePng(job.text))] as const));
parentPort!.postMessage(images);
