/**
 * The search page's script: reads the form, asks this language's Pagefind index, renders the
 * results (title, type, date, image, highlighted excerpt), and on no result says something
 * useful, including "this looks like Korean: search the Korean pages" instead of ever
 * searching another language's index behind the reader's back.
 */
import { prepareQuery, scriptOf, vietnameseVariants, type SearchClientConfig as Config } from '../lib/search-text.ts';
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o: Record<string, unknown>): Promise<{ results: Result[] }>;
}
interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

const PAGE = 10;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** The plural form of the result count's template for `count` ("1 result", "2 results"). */
export function resultsTemplate(forms: Config['results'], rules: Intl.PluralRules, count: number): string {
  return forms[rules.select(count)] ?? forms.other;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const help = document.getElementById('search-help');
  if (!form || !status || !list || !help) return;
  const config = JSON.parse(form.dataset.search ?? '{}') as Config;
  const lang = document.documentElement.lang;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=type]')];
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  const chosen = params.getAll('type');
  for (const box of boxes) box.checked = chosen.includes(box.value);

  async function search(): Promise<void> {
    const mine = ++run;
    const query = input.value.trim();
    const types = boxes.filter((b) => b.checked).map((b) => b.value);
    const url = new URL(location.href);
    url.search = new URLSearchParams([
      ['q', query],
      ...types.map((t) => ['type', t]),
      ...(sort.value ? [['sort', sort.value]] : []),
    ]).toString();
    history.replaceState(null, '', url);
    list!.replaceChildren();
    help!.hidden = true;
    if (!query) {
      status!.textContent = '';
      return;
    }
    status!.textContent = config.loading;
    // The index lives at /pagefind/ next to the site; Vite must not try to bundle it.
    const path = '/pagefind/pagefind.js';
    pagefind ??= import(/* @vite-ignore */ path).then(
      async (p: Pagefind) => (await p.options({ excerptLength: 24 }), p),
    );
    const pf = await pagefind;
    const options = {
      filters: types.length ? { type: { any: types } } : {},
      ...(sort.value === 'date' ? { sort: { date: 'desc' } } : {}),
    };
    const prepared = prepareQuery(query, lang);
    const queries = lang.startsWith('vi') ? vietnameseVariants(prepared) : [prepared];
    const found = await Promise.all(queries.map((q) => pf.search(q, options)));
    if (mine !== run) return;
    // One list: each page once, with its best score (or in date order when sorting by date).
    const best = new Map<string, Result>();
    for (const r of found.flatMap((f) => f.results)) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
    const results = [...best.values()];
    if (sort.value !== 'date') results.sort((a, b) => b.score - a.score);
    await showMore(results, 0, mine);
    if (mine !== run) return;
    // The status comes last: it tells assistive technology (and tests) that the results are there.
    status!.textContent = results.length
      ? fill(resultsTemplate(config.results, plurals, results.length), { count: numbers.format(results.length), query })
      : fill(config.none, { query });
    if (!results.length) {
      help!.hidden = false;
      const other = config.otherScripts[scriptOf(query)];
      help!.querySelector('.search-other')?.remove();
      if (other) {
        const link = element(
          'a',
          { href: `${other.url}?q=${encodeURIComponent(query)}` },
          fill(config.otherLanguage, { language: other.label }),
        );
        help!.prepend(element('p', { className: 'search-other' }, link));
      }
    }
  }

  /** Renders the next page of results (Pagefind loads each result's data on demand). */
  async function showMore(results: Result[], from: number, mine: number): Promise<void> {
    const data = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    if (mine !== run) return;
    list!.querySelector('.search-more')?.remove();
    for (const d of data) list!.append(renderResult(d));
    if (results.length > from + PAGE) {
      const button = element('button', { type: 'button' }, config.more);
      button.addEventListener('click', () => void showMore(results, from + PAGE, mine));
      list!.append(element('li', { className: 'search-more' }, button));
    }
  }

  function renderResult(d: ResultData): HTMLLIElement {
    const meta = [
      config.types[d.meta.type ?? ''] ?? '',
      d.meta.date ? dates.format(new Date(`${d.meta.date}T00:00:00Z`)) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const excerpt = element('p');
    // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
    excerpt.innerHTML = d.excerpt;
    const item = element('li', { className: 'search-result' });
    if (d.meta.image)
      item.append(
        element('img', { src: d.meta.image, alt: d.meta.image_alt ?? '', width: 96, height: 54, loading: 'lazy' }),
      );
    item.append(
      element('h2', {}, element('a', { href: d.url }, d.meta.title ?? d.url)),
      element('p', { className: 'meta' }, meta),
      excerpt,
    );
    return item;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  form.addEventListener('change', () => void search());
  if (input.value) void search();
}
