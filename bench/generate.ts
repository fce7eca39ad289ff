/**
 * Synthetic content for the build benchmark: N entries per language in the four languages, with
 * realistic text in each script, valid frontmatter for the project's schemas, the demo's
 * anniversaries and glossary, and a calendar that plans some of the entries. Deterministic.
 * The words avoid place names the name tables want written in full at first mention (定化, 바베…),
 * so the generated text passes the content gate as real content must.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS: Record<string, string[]> = {
  vi: 'tỉnh Thái Nguyên vùng chè đồi núi di tích lịch sử an toàn khu rừng hợp tác quốc tế sản phẩm OCOP đồng bào dân tộc Tày Nùng lễ hội truyền thống phát triển kinh tế du lịch cộng đồng hồ nước đầu tư hạ tầng giao thông người dân địa phương văn hóa bản sắc'.split(
    ' ',
  ),
  en: 'the province of Thai Nguyen tea hills heritage site resistance base international cooperation product rating ethnic communities festival tradition economic growth community tourism lake investment infrastructure local people culture identity visitors partners'.split(
    ' ',
  ),
  zh: '太原省 茶叶 茶区 历史遗迹 安全区 山区 国际合作 产品 少数民族 传统节日 经济发展 社区旅游 湖泊 投资 基础设施 当地居民 文化 特色 游客 合作伙伴'.split(
    ' ',
  ),
  ko: '타이응우옌성 녹차 차밭 역사 유적 안전지대 산간 국제 협력 특산품 소수민족 전통 축제 경제 발전 공동체 관광 호수 투자 기반 시설 지역 주민 문화'.split(
    ' ',
  ),
};
const JOIN: Record<string, string> = { vi: ' ', en: ' ', zh: '', ko: ' ' };
const END: Record<string, string> = { vi: '.', en: '.', zh: '。', ko: '.' };

/** A small deterministic PRNG (mulberry32): the same N gives the same content. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(lang: string, rnd: () => number, length: number): string {
  const words = WORDS[lang]!;
  const text = Array.from({ length }, () => words[Math.floor(rnd() * words.length)]!).join(JOIN[lang]);
  return text.charAt(0).toUpperCase() + text.slice(1) + END[lang];
}

const KINDS = ['articles', 'articles', 'articles', 'heritage', 'products', 'sovereignty'] as const;
const EXTRA: Record<(typeof KINDS)[number], string> = {
  articles: 'kind: news',
  heritage: 'type: relic\nlocation:\n  commune: Phú Đình',
  products: 'stars: 4\ncertifiedYear: 2024\ncategory: drinks\nproducer:\n  name: HTX chè\ncommune: Tân Cương',
  sovereignty: 'topic: sea-islands',
};

/** Writes `n` entries per language into `dir` (a fresh content folder). */
export function generateContent(dir: string, n: number): { entries: number } {
  let entries = 0;
  for (let i = 0; i < n; i++) {
    const collection = KINDS[i % KINDS.length]!;
    const slug = `bai-${String(i).padStart(5, '0')}`;
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10);
    for (const lang of ['vi', 'en', 'zh', 'ko']) {
      const rnd = random(i * 7 + lang.length);
      const folder = join(dir, collection, lang);
      mkdirSync(folder, { recursive: true });
      const paragraphs = Array.from({ length: 5 }, () =>
        Array.from({ length: 4 }, () => sentence(lang, rnd, 14)).join(' '),
      );
      const body = `## ${sentence(lang, rnd, 4)}\n\n${paragraphs.slice(0, 3).join('\n\n')}\n\n## ${sentence(lang, rnd, 3)}\n\n${paragraphs.slice(3).join('\n\n')}\n`;
      writeFileSync(
        join(folder, `${slug}.md`),
        `---\ntitle: "${sentence(lang, rnd, 8).replace(/"/g, '')}"\ndescription: "${sentence(lang, rnd, 20).replace(/"/g, '')}"\npublishAt: ${day}T08:00:00+07:00\ntags: [${WORDS[lang]![i % 10]}]\n${EXTRA[collection]}\n---\n\n${body}`,
      );
      entries++;
    }
  }
  cpSync('content/anniversaries', join(dir, 'anniversaries'), { recursive: true });
  cpSync('content/glossary', join(dir, 'glossary'), { recursive: true });
  mkdirSync(join(dir, 'calendar'), { recursive: true });
  const items = Array.from({ length: Math.min(50, Math.ceil(n / KINDS.length)) }, (_, i) => {
    const slug = `bai-${String(i * KINDS.length).padStart(5, '0')}`;
    const day = new Date(Date.UTC(2025, 0, 1) + ((i * KINDS.length) % 365) * 86_400_000).toISOString().slice(0, 10);
    return `  - id: viec-${i}\n    title: Việc ${i}\n    date: ${day}\n    entries: [articles/${slug}]\n    lead: Sở Văn hóa, Thể thao và Du lịch\n    channels: [website]\n    status: done\n`;
  });
  writeFileSync(join(dir, 'calendar', '2025.yaml'), `year: 2025\nitems:\n${items.join('')}`);
  return { entries };
}
