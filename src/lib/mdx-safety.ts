/**
 * MDX is code: it runs at build time with the builder's rights. Editors' files may use
 * Markdown, and in `.mdx` only the project's content components; this finds everything else.
 * Parsing is Astro's own Markdown/MDX parser (satteri), so code blocks and prose are never
 * mistaken for code.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { defineMdastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import { say } from './messages.ts';

export interface SafetyProblem {
  line?: number | undefined;
  message: string;
}

const DANGEROUS_HTML = /<\s*(script|iframe|object|embed|style|form|base|meta|link)\b/i;
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;
const JS_URL = /^\s*(javascript|vbscript|data:text\/html)/i;
const BLOCKED_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form', 'base', 'meta', 'link']);

/** An expression is allowed only when it is a literal: strings, numbers, arrays and objects of them. */
export function isLiteralExpression(code: string): boolean {
  const withoutStrings = code.replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
  const words = withoutStrings.match(/[A-Za-z_$][\w$]*/g) ?? [];
  return !/`/.test(code) && words.every((w) => ['true', 'false', 'null'].includes(w)) && !/\.\.\./.test(withoutStrings);
}

function lineOf(source: string, needle: string): number | undefined {
  const at = source.indexOf(needle.split('\n')[0] ?? needle);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
}

export function scanBody(options: {
  source: string;
  file: string;
  mdx: boolean;
  componentsDir: string;
}): SafetyProblem[] {
  const { source, file, mdx, componentsDir } = options;
  const problems: SafetyProblem[] = [];
  const add = (needle: string, message: string) => problems.push({ line: lineOf(source, needle), message });
  const urlCheck = (url: string | undefined) => {
    if (url && JS_URL.test(url))
      add(
        url,
        say(
          `Liên kết "${url.slice(0, 40)}" chạy mã: chỉ dùng địa chỉ http(s) hoặc đường dẫn trong trang.`,
          `The link "${url.slice(0, 40)}" runs code: use an http(s) address or a site path.`,
        ),
      );
  };
  const htmlCheck = (html: string) => {
    if (DANGEROUS_HTML.test(html))
      add(
        html,
        say(
          `Không được chèn thẻ HTML "${DANGEROUS_HTML.exec(html)![1]}" vào nội dung.`,
          `The HTML tag "${DANGEROUS_HTML.exec(html)![1]}" is not allowed in content.`,
        ),
      );
    if (EVENT_HANDLER.test(html))
      add(
        html,
        say(
          'Không được dùng thuộc tính on…= (mã JavaScript) trong nội dung.',
          'on…= attributes (JavaScript) are not allowed in content.',
        ),
      );
    const href = /\b(?:href|src)\s*=\s*["']?\s*(javascript:|vbscript:|data:text\/html)/i.exec(html);
    if (href) add(html, say('Liên kết "javascript:" không được phép.', '"javascript:" links are not allowed.'));
  };
  const imported = new Set<string>();
  const collector = defineMdastPlugin({
    name: 'content-safety',
    html(node) {
      htmlCheck(String((node as { value?: string }).value ?? ''));
    },
    link(node) {
      urlCheck((node as { url?: string }).url);
    },
    definition(node) {
      urlCheck((node as { url?: string }).url);
    },
    mdxjsEsm(node) {
      const code = String((node as { value?: string }).value ?? '');
      for (const statement of code.split(/\n(?=\s*(?:import|export)\b)/)) {
        const m = /^\s*import\s+(?:(\w+)|\{([^}]*)\})?\s*(?:from\s*)?["']([^"']+)["'];?\s*$/.exec(statement);
        if (!m) {
          add(
            statement,
            say(
              'Trong MDX chỉ được phép dòng "import … from" thành phần nội dung; không dùng export hay mã khác.',
              'MDX may only import content components; no export or other code.',
            ),
          );
          continue;
        }
        const target = resolve(dirname(file), m[3]!);
        const inside = !relative(componentsDir, target).startsWith('..') && target.startsWith(componentsDir + sep);
        if (m[3]!.startsWith('node:') || !inside) {
          add(
            statement,
            say(
              `Chỉ được import từ src/components/content/, không phải "${m[3]}".`,
              `Import only from src/components/content/, not "${m[3]}".`,
            ),
          );
        } else if (!existsSync(target)) {
          add(statement, say(`Không có thành phần ${m[3]}.`, `There is no component ${m[3]}.`));
        }
        for (const name of [
          m[1],
          ...(m[2]?.split(',').map((s) =>
            s
              .trim()
              .split(/\s+as\s+/)
              .pop(),
          ) ?? []),
        ])
          if (name) imported.add(name);
      }
    },
    mdxFlowExpression(node) {
      expression(String((node as { value?: string }).value ?? ''));
    },
    mdxTextExpression(node) {
      expression(String((node as { value?: string }).value ?? ''));
    },
    mdxJsxFlowElement(node) {
      element(node as JsxNode);
    },
    mdxJsxTextElement(node) {
      element(node as JsxNode);
    },
  });
  type JsxNode = { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] };
  function expression(code: string) {
    if (!isLiteralExpression(code)) {
      add(
        code,
        say(
          `Biểu thức {${code.slice(0, 40)}} chạy mã khi dựng trang: chỉ dùng giá trị cố định (chữ, số).`,
          `The expression {${code.slice(0, 40)}} runs code at build time: use plain values only.`,
        ),
      );
    }
  }
  function element(node: JsxNode) {
    const name = node.name ?? '';
    if (BLOCKED_ELEMENTS.has(name.toLowerCase()))
      add(`<${name}`, say(`Không được dùng thẻ <${name}> trong nội dung.`, `<${name}> is not allowed in content.`));
    else if (/^[A-Z]/.test(name) && !imported.has(name.split('.')[0]!))
      add(
        `<${name}`,
        say(
          `Thành phần <${name}> chưa được import từ src/components/content/.`,
          `<${name}> is not imported from src/components/content/.`,
        ),
      );
    for (const a of node.attributes ?? []) {
      if (a.type === 'mdxJsxExpressionAttribute') expression(String(a.value ?? ''));
      else if (a.name && /^on/i.test(a.name))
        add(
          a.name,
          say(
            `Thuộc tính ${a.name} (mã JavaScript) không được phép.`,
            `The ${a.name} attribute (JavaScript) is not allowed.`,
          ),
        );
      else if (typeof a.value === 'object' && a.value) expression(String((a.value as { value?: unknown }).value ?? ''));
      else if (typeof a.value === 'string') urlCheck(a.value);
    }
  }
  try {
    if (mdx) mdxToJs(source, { mdastPlugins: [collector] });
    else markdownToHtml(source, { mdastPlugins: [collector] });
  } catch (error) {
    problems.push({
      message: say(
        `Không đọc được nội dung MDX: ${(error as Error).message}`,
        `The MDX could not be parsed: ${(error as Error).message}`,
      ),
    });
  }
  return problems;
}
