/**
 * The content gate inside the renderer: before satteri turns an entry into HTML or into MDX
 * JavaScript, its body is judged by the same `scanBody` the content check uses, and any unsafe
 * construct stops the compile with the gate's message. So no MDX expression, import or raw HTML
 * that the gate would refuse can run or be published, whichever way the file reached Astro
 * (`astro dev`, `astro build`, a host's build command, a file changed while the server runs).
 */
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { editorText } from '../i18n/editor.ts';
import { scanBody } from '../lib/gate/body.ts';
import { contentComponents } from '../lib/gate/components.ts';
import { formatProblem } from '../lib/gate/report.ts';
import { stopWithMessage } from '../lib/gate/stop.ts';

export function contentGuard(factory: PluginFactoryContext) {
  const file = factory.fileURL ? fileURLToPath(factory.fileURL) : 'content';
  const { findings } = scanBody(factory.source, {
    mdx: factory.sourceFormat === 'mdx',
    file,
    components: contentComponents(),
  });
  // Alt texts and links are the content check's business; here only what is unsafe.
  const unsafe = findings.filter((f) => f.key !== 'body.image-alt');
  if (unsafe.length > 0) {
    stopWithMessage(
      unsafe
        .map((f) =>
          formatProblem({ file, line: f.line, field: 'body', severity: 'error', message: editorText(f.key, f.params) }),
        )
        .join('\n'),
      editorText('gate.hint'),
    );
  }
  return null;
}
