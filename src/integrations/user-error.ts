/**
 * An error about the user's own files or settings (content/, OUT_DIR), not about our code: Astro prints an
 * error's stack trace when it has one, which would only bury the message an editor needs.
 */
export function userError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/**
 * Stops a build over the user's own files with only the message (and what the publish step says about the
 * previous site, on exit): an error thrown from a hook would first make Astro print the hook's name
 * ("An unhandled error occurred while running the astro:config:setup hook"), which means nothing to an editor.
 */
export function stopBuild(message: string): never {
  console.error(message);
  process.exit(1);
}
