/**
 * Astro's command line (npm run dev, build, preview), the same on Windows, macOS and Linux: npm scripts run
 * in cmd.exe on Windows, where `VAR=value astro build` is no command. No telemetry (no request to another
 * host) and no update check, whose advice (`npx @astrojs/upgrade`) is not for the people who run this.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
// Astro's own launcher reads the command from process.argv, which is this script's: `node scripts/astro.ts build`.
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
