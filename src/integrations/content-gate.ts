/**
 * The content gate as part of Astro: `astro dev`, `astro build`, `npm run build` and any host
 * that runs Astro check every content file before Astro reads one, and stop with every problem
 * listed (the same lines `npm run check:content` prints). While `astro dev` runs, a changed
 * content file is checked again and its problems are logged; the renderer's guard
 * (src/markdown/content-guard.ts) refuses to compile an unsafe body in the meantime.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { editorText } from '../i18n/editor.ts';
import { siteNow } from '../lib/clock.ts';
import { checkContent } from '../lib/content-checks.ts';
import { countErrors, formatProblem } from '../lib/gate/report.ts';
import { stopWithMessage } from '../lib/gate/stop.ts';
import { contentDir } from '../lib/paths.ts';

async function runGate() {
  const { problems } = await checkContent(contentDir(), { now: siteNow() });
  return { lines: problems.map((p) => formatProblem(p)), ...countErrors(problems) };
}

export function contentGateIntegration(): AstroIntegration {
  return {
    name: 'doingoai-content-gate',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const { lines, errors, warnings } = await runGate();
        if (errors > 0) {
          stopWithMessage(
            `${editorText('gate.summary', { count: errors })}\n${lines.join('\n')}`,
            editorText('gate.hint'),
          );
        }
        if (warnings > 0) for (const line of lines) logger.warn(line);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentDir()) + sep;
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(root)) return;
          void runGate().then(({ lines, errors }) => {
            if (errors > 0) logger.error(`${editorText('gate.summary', { count: errors })}\n${lines.join('\n')}`);
          });
        });
      },
    },
  };
}
