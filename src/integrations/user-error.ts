/**
 * An error about the user's own files or settings (content/, OUT_DIR), not about our code: Astro prints an
 * error's stack trace when it has one, which would only bury the message an editor needs.
 */
export function userError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
