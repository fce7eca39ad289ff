/**
 * `npm run lock:complete`: run after every `npm install` that changes package-lock.json.
 *
 * The registry mirror this project is built against serves only the platform packages it
 * needs (linux-x64), so npm leaves the other platforms' optional binaries (darwin, win32,
 * wasm32…) out of package-lock.json, and `npm ci` then refuses the lock file ("Missing: … from
 * lock file"). This adds a minimal record (version, os, cpu, optional) for each; `npm ci` skips
 * them on a non-matching platform without fetching anything. On a machine with the full
 * registry, a plain `npm install` would write the same entries with their checksums.
 */
// Plain JavaScript on purpose: it must run on any Node, before the project's Node 24 is installed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ version?: string, optional?: boolean, dev?: boolean, os?: string[], cpu?: string[], optionalDependencies?: Record<string, string> }} LockEntry
 * @param {Record<string, LockEntry>} packages
 * @returns {[string, LockEntry][]}
 */
export function missingOptionalEntries(packages) {
  /** @type {[string, LockEntry][]} */
  const added = [];
  for (const entry of Object.values(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (packages[key] || added.some(([k]) => k === key)) continue;
      const tail = name.split('/').pop() ?? name;
      const os = /darwin/.test(tail)
        ? 'darwin'
        : /win32|windows/.test(tail)
          ? 'win32'
          : /freebsd/.test(tail)
            ? 'freebsd'
            : /android/.test(tail)
              ? 'android'
              : /linux/.test(tail)
                ? 'linux'
                : undefined;
      const cpu = /arm64/.test(tail)
        ? 'arm64'
        : /wasm32/.test(tail)
          ? 'wasm32'
          : /x64/.test(tail)
            ? 'x64'
            : /arm/.test(tail)
              ? 'arm'
              : undefined;
      added.push([
        key,
        {
          version,
          optional: true,
          ...(entry.dev ? { dev: true } : {}),
          ...(os ? { os: [os] } : {}),
          ...(cpu ? { cpu: [cpu] } : {}),
        },
      ]);
    }
  }
  return added;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const added = missingOptionalEntries(lock.packages);
  for (const [key, entry] of added) lock.packages[key] = entry;
  const sorted = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync('package-lock.json', JSON.stringify({ ...lock, packages: sorted }, null, 2) + '\n');
  console.log(`package-lock.json: ${added.length} platform entr${added.length === 1 ? 'y' : 'ies'} added.`);
}
