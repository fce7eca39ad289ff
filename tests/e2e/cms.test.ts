/**
 * The editor at /admin/ for real: Decap CMS in Chromium, in Vietnamese, against the dev server's
 * local file proxy (decap-server) writing into a throwaway copy of a fixture. An article is
 * written in Vietnamese and English, scheduled, given a cover image with alt text and saved; the
 * files on disk pass the content gate, and builds of that copy show the page in both languages
 * after the publish moment and not before. A plan item's status and due date edited in the CMS
 * show on the staff calendar page; an unsafe body is refused with the gate's message.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkContent } from '../../src/lib/content-checks.ts';
import { parseVnDateTime } from '../../src/lib/dates.ts';
import { buildSite } from '../build/support/build.ts';
import { CmsPage } from './pages/cms-page.ts';
import { launchChromium } from './support/browser.ts';
import { startDevServer, type DevServer } from './support/dev-server.ts';

const FIXTURE = 'tests/fixtures/content-cms';
const SLUG = 'le-hoi-tra-thai-nguyen-2027';
const PUBLISH = '2027-01-15T08:00';

let repo: string;
let server: DevServer;
let browser: Browser;
let close: () => Promise<void>;
let page: Page;
let cms: CmsPage;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'cms-repo-'));
  cpSync(FIXTURE, join(repo, 'content'), { recursive: true });
  server = await startDevServer(repo);
  ({ browser, close } = await launchChromium());
  // An editor abroad: the form must still read and write Vietnam time.
  page = await browser.newPage({
    viewport: { width: 1400, height: 1000 },
    timezoneId: 'Europe/Paris',
    locale: 'vi-VN',
  });
  cms = new CmsPage(page, server.origin);
  await cms.open();
}, 150_000);

afterAll(async () => {
  await close?.();
  await server?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the editor at /admin/', () => {
  it('opens in Vietnamese with every collection of the schemas', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    for (const name of ['Bài viết, tin tức', 'Di sản', 'Sản phẩm OCOP', 'Ngày kỷ niệm', 'Kế hoạch năm (lịch nội dung)'])
      await page.getByRole('link', { name }).first().waitFor();
    await cms.screenshot('collections');
  });

  it('writes an article in two languages, scheduled, with an image, into real files that pass the gate', async () => {
    const image = join(repo, 'upload.png');
    await sharp({ create: { width: 640, height: 360, channels: 3, background: '#2d6a3e' } })
      .png()
      .toFile(image);
    await cms.newEntry('articles');
    await cms.fill('Tiêu đề', 'Lễ hội trà Thái Nguyên 2027');
    await cms.fill(/^Tóm tắt/, 'Lễ hội trà của tỉnh mở cửa đón du khách trong và ngoài nước.');
    await cms.fill('Thời điểm đăng', PUBLISH);
    // The moment is shown in Vietnam time, and as help in Seoul and Beijing time.
    await page.getByText('Seoul').first().waitFor();
    expect(await page.locator('[data-moment-help]').first().textContent()).toContain('10:00, 15/01/2027 ở Seoul');
    await cms.choose('Loại bài', 'Tin tức');
    await cms.uploadImage(image);
    await cms.fill(/^Mô tả ảnh/, 'Đồi chè xanh dưới nắng sớm');
    await cms.body('Lễ hội trà năm 2027 diễn ra ở thành phố Thái Nguyên.');
    await cms.fill('Tiêu đề', 'Thai Nguyen Tea Festival 2027', 1);
    await cms.fill(/^Tóm tắt/, 'The province opens its tea festival to visitors from home and abroad.', 1);
    await cms.fill('Thời điểm đăng', PUBLISH, 1);
    await cms.choose('Loại bài', 'Tin tức', 1);
    await cms.body('The 2027 tea festival takes place in Thai Nguyen city.', 1);
    await cms.field('Thời điểm đăng').scrollIntoViewIfNeeded();
    await cms.screenshot('article-two-languages');
    await cms.publish();
    await cms.notification('Mục đã được lưu').waitFor({ timeout: 20_000 });

    const content = join(repo, 'content');
    const vi = readFileSync(join(content, 'articles/vi', `${SLUG}.md`), 'utf8');
    const en = readFileSync(join(content, 'articles/en', `${SLUG}.md`), 'utf8');
    expect(vi).toContain('title: Lễ hội trà Thái Nguyên 2027');
    expect(vi).toContain('alt: Đồi chè xanh dưới nắng sớm');
    expect(vi).toContain('src: ../../images/upload.png');
    expect(en).toContain('title: Thai Nguyen Tea Festival 2027');
    const moment = /publishAt: (\S+)/.exec(vi)?.[1] ?? '';
    const parsed = parseVnDateTime(moment);
    expect(parsed.ok && parsed.date.toISOString()).toBe('2027-01-15T01:00:00.000Z');
    expect(existsSync(join(content, 'images/upload.png'))).toBe(true);
    // Nobody wrote the Chinese and Korean versions: no file for them.
    expect(existsSync(join(content, 'articles/zh', `${SLUG}.md`))).toBe(false);
    const { problems } = await checkContent(content, { now: new Date('2027-01-20T00:00:00Z') });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);

    // The preview pane: the gate's verdict and the translation status, while editing. In a
    // browser profile of its own: Decap keeps the pane's state in the page's storage.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN' });
    const other = new CmsPage(await context.newPage(), server.origin);
    await other.open();
    await other.openEntry('articles', 'Lễ hội trà Thái Nguyên 2027');
    await other.page.getByTitle('Toggle preview').click();
    const pane = other.page.frameLocator('iframe').first();
    await pane.locator('[data-gate-check="ok"]').waitFor({ timeout: 20_000 });
    const translations = await pane.locator('[data-translations]').textContent();
    expect(translations).toContain('✓ en: đã cập nhật');
    expect(translations).toContain('✗ zh: thiếu');
    await other.screenshot('status-pane');
    expect(other.problems).toEqual([]);
    await context.close();
  }, 150_000);

  it('a build after the publish moment has the page in both languages, a build before has neither', () => {
    const out = (name: string) => join(repo, name);
    buildSite({ contentDir: join(repo, 'content'), outDir: out('before'), siteNow: '2027-01-15T07:59:00+07:00' });
    buildSite({ contentDir: join(repo, 'content'), outDir: out('after'), siteNow: '2027-01-15T08:01:00+07:00' });
    for (const prefix of ['', 'en/']) {
      const file = `${prefix}articles/${SLUG}/index.html`;
      expect(existsSync(join(out('before'), file)), file).toBe(false);
      expect(existsSync(join(out('after'), file)), file).toBe(true);
    }
    // The fixture's blank Chinese file (what Decap writes on a forge for an untranslated language)
    // is no page: the loader skipped it.
    expect(existsSync(join(out('after'), 'zh/articles/gioi-thieu/index.html'))).toBe(false);
    const html = load(readFileSync(join(out('after'), 'en/articles', SLUG, 'index.html'), 'utf8'));
    expect(html('h1').text()).toContain('Thai Nguyen Tea Festival 2027');
  }, 240_000);

  it('edits a plan item: its status and due date show on the staff calendar page', async () => {
    await cms.openEntry('calendar', '2027');
    await cms.field(/^Năm/).waitFor();
    // A plan item opens with the arrow before its summary.
    await page
      .getByText('Thông tin đối ngoại dịp Quốc khánh 2/9')
      .first()
      .locator('xpath=..')
      .getByRole('button')
      .first()
      .click();
    await cms.field('Trạng thái').waitFor();
    await cms.choose('Trạng thái', 'Đang thực hiện');
    await cms.fill(/^Hạn hoàn thành/, '2027-08-20');
    await cms.field('Trạng thái').scrollIntoViewIfNeeded();
    await cms.screenshot('calendar-item');
    await cms.publish();
    await cms.notification('Mục đã được lưu').waitFor({ timeout: 20_000 });
    const yaml = readFileSync(join(repo, 'content/calendar/2027.yaml'), 'utf8');
    expect(yaml).toMatch(/status: in-progress/);
    expect(yaml).toMatch(/due: "?2027-08-20"?/);
    const staff = await browser.newPage();
    await staff.goto(`${server.origin}/staff/calendar/2027/`);
    const item = staff.locator('[data-item="quoc-khanh-2027"]');
    expect(await item.getAttribute('data-status')).toBe('in-progress');
    expect(await item.textContent()).toContain('20/08/2027');
    await staff.screenshot({ path: 'test-output/screenshots/cms-staff-calendar.png', fullPage: true });
    await staff.close();
  }, 90_000);

  it('had no console error and no CSP violation while editing', () => {
    expect(cms.problems).toEqual([]);
  });

  it('refuses a body the gate forbids, with the gate message, and writes nothing', async () => {
    await cms.newEntry('articles');
    await cms.fill('Tiêu đề', 'Bài có mã độc');
    await cms.fill(/^Tóm tắt/, 'Thử một nội dung bị cấm.');
    await cms.fill('Thời điểm đăng', '2027-02-01T08:00');
    await cms.choose('Loại bài', 'Tin tức');
    await cms.body('Xin chào <iframe src="https://example.com/"></iframe>');
    await cms.publish();
    const refused = cms.notification('Chưa lưu');
    await refused.waitFor({ timeout: 20_000 });
    // The notice slides in; the picture for the editors' guide waits until it has.
    await page.waitForTimeout(800);
    await cms.screenshot('refused');
    expect(await refused.textContent()).toMatch(/content\/articles\/vi\/bai-co-ma-doc\.md/);
    expect(existsSync(join(repo, 'content/articles/vi/bai-co-ma-doc.md'))).toBe(false);
  }, 90_000);

  it('refuses an upload from the media page that the gate refuses, with its message', async () => {
    await page.goto(`${server.origin}/admin/#/collections/articles`);
    await page.getByText('Tập tin', { exact: true }).first().click();
    await page.getByRole('button', { name: 'Tải lên' }).waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'gia-mao.png', mimeType: 'image/png', buffer: Buffer.from('<html>not a picture</html>') });
    const refused = cms.notification('content/images/gia-mao.png');
    await refused.waitFor({ timeout: 20_000 });
    expect(existsSync(join(repo, 'content/images/gia-mao.png'))).toBe(false);
  }, 60_000);

  it('speaks another of Decap’s languages when asked, for a translator', async () => {
    const korean = await browser.newPage();
    await korean.goto(`${server.origin}/admin/?ui=ko`);
    await korean.getByRole('button', { name: '로그인' }).waitFor();
    await korean.close();
  });
});
