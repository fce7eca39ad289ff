/**
 * The files `npm run new -- <collection> <slug>` creates: every required field with a value that
 * passes the checks, `draft: true`, `publishAt` tomorrow 08:00 Vietnam time, and a comment
 * explaining each field. Pure: returns paths and texts.
 */
import { LOCALES } from '../i18n/locales.ts';
import type { EntryCollection } from '../schemas/collections.ts';
import { isoDay, vnCalendarDay } from './dates.ts';

const PLACEHOLDER: Record<string, { title: string; description: string; body: string }> = {
  vi: {
    title: 'Tiêu đề (viết lại)',
    description: 'Một hoặc hai câu tóm tắt, hiện trong danh sách và kết quả tìm kiếm.',
    body: 'Viết nội dung ở đây. Dùng ## cho tiêu đề mục.',
  },
  en: {
    title: 'Title (replace me)',
    description: 'One or two sentences shown in lists and search results.',
    body: 'Write the text here. Use ## for section headings.',
  },
  zh: {
    title: '标题（请修改）',
    description: '一两句话的摘要，显示在列表和搜索结果中。',
    body: '在此撰写正文。小标题请用 ##。',
  },
  ko: {
    title: '제목 (수정하세요)',
    description: '목록과 검색 결과에 보이는 한두 문장의 요약입니다.',
    body: '여기에 본문을 쓰세요. 소제목은 ## 를 사용합니다.',
  },
};

/** Fields of each collection, with a comment in Vietnamese and English. */
const fields = (year: number): Record<EntryCollection, string> => ({
  articles: `kind: news # news | feature | press-release | rebuttal — loại bài / kind of article
# anniversary: quoc-khanh # ngày kỷ niệm bài này gắn với (tên tệp trong content/anniversaries/) / the anniversary it marks
# partner: gyeongsangbuk-do # địa phương hợp tác liên quan (content/partners/) / the partner region it is about
# claim: # bắt buộc với bài phản bác (kind: rebuttal) / required for a rebuttal
#   statement: "Thông tin sai, nêu rõ" / the false claim
#   verdict: "Kết luận và bằng chứng" / the verdict`,
  heritage: `type: relic # relic | intangible | scenic — di tích, di sản phi vật thể, danh thắng
# ranking: # xếp hạng chính thức (chỉ ghi khi có quyết định) / official ranking, only with a decision
#   level: national # special-national | national | provincial
#   year: 1993
#   decision: "Quyết định số …"
location:
  commune: "Tên xã, phường" # xã/phường hiện nay / the commune or ward
  # area: "Huyện … cũ" # địa danh cũ, nếu cần / the former district
# visiting:
#   notes: "Thông tin tham quan đã kiểm chứng" / checked visiting information`,
  products: `stars: 3 # 3 | 4 | 5 — hạng sao OCOP / OCOP star rating
certifiedYear: ${year} # năm có quyết định công nhận / year of the rating decision
# validUntil: 2028-01-16 # hết hiệu lực (36 tháng sau quyết định) / last day of validity
category: food # food | drinks | herbs | handicrafts | ornamental | tourism
producer:
  name: "Tên chủ thể" # hợp tác xã, công ty, hộ sản xuất / the producer
  # phone / email / website: chỉ ghi thông tin đã kiểm chứng / only checked contacts
commune: "Tên xã, phường"
# packaging: "Quy cách đóng gói"
shops: [] # - { platform: voso, url: "https://…" } — voso | postmart | lazada | tiktok-shop | shopee | zalo | website`,
  sovereignty: `topic: sea-islands # sea-islands | land-border | sea-economy
evidence: [] # - { title: "Luật Biển Việt Nam số 18/2012/QH13", date: "2012-06-21" } — văn bản, bằng chứng / documents cited`,
  partners: `country: KR # mã quốc gia ISO hai chữ cái / two-letter ISO country code
region: "Tên địa phương" # viết theo ngôn ngữ của tệp / in the language of this file
relationship: exploring # friendship-agreement | memorandum | letter-of-intent | exploring
# since: 2005 # năm thiết lập quan hệ / year ties began
agreements: [] # - { year: 2019, title: "Bản ghi nhớ …" }`,
  pages: `order: 100 # vị trí ở chân trang / position in the footer menu`,
});

export function scaffoldEntry(collection: EntryCollection, slug: string, now: Date): { path: string; text: string }[] {
  const tomorrow = vnCalendarDay(new Date(now.getTime() + 24 * 3600_000));
  return LOCALES.map((l) => {
    const p = PLACEHOLDER[l.code] ?? PLACEHOLDER.en!;
    const text = `---
# ${collection}/${l.code}/${slug} — hướng dẫn: docs/editor-guide.vi.md · guide: docs/editor-guide.en.md
title: "${p.title}" # tiêu đề, tối đa 160 ký tự / title, at most 160 characters
description: "${p.description}" # tối đa 320 ký tự / at most 320 characters
draft: true # true = không bao giờ đăng; xóa dòng này khi đã sẵn sàng / never published while true
publishAt: ${isoDay(tomorrow)}T08:00:00+07:00 # đăng từ thời điểm này (giờ Việt Nam) / published from this moment
# expiresAt: 2030-01-01T00:00:00+07:00 # gỡ xuống từ thời điểm này / withdrawn from this moment
# updatedAt: 2025-06-01T08:00:00+07:00 # lần cập nhật nội dung / when the content last changed
tags: [] # từ khóa, viết bằng ngôn ngữ của tệp / keywords, in this file's language
# cover: # ảnh đại diện, đặt cạnh tệp này / cover image, kept next to this file
#   src: ./${slug}.jpg
#   alt: "Mô tả ảnh cho người không xem được ảnh" / what the image shows
${fields(tomorrow.year)[collection]}
---

${p.body}
`;
    return { path: `${collection}/${l.code}/${slug}.md`, text };
  });
}

export function scaffoldAnniversary(id: string): { path: string; text: string } {
  const names = LOCALES.map((l) => `  ${l.code}: "${PLACEHOLDER[l.code]?.title ?? id}"`).join('\n');
  return {
    path: `anniversaries/${id}.yaml`,
    text: `# Ghi nguồn của ngày tháng ở đây / cite the source of the date here.
date: 1945-09-02 # ngày gốc (dương lịch), năm dùng để tính số năm kỷ niệm / founding date
# lunar: { month: 3, day: 10 } # thay cho date nếu theo âm lịch / instead of date, for lunar events
category: national # national | local | diplomatic | international-day | festival
draft: true # xóa khi đã kiểm tra / remove when checked
name: # tên bằng mọi ngôn ngữ / a name in every language
${names}
`,
  };
}
