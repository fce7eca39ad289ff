/**
 * The editor at /admin/: Decap CMS from the project's own copy (no CDN), started by hand so the
 * generated configuration, the Vietnam-time field, the status pane and the gate's check before
 * every save are in place before the first screen.
 */
import { fill, type AdminPageData, type ImmutableLike } from './decap.ts';
import { ENTRY_FORMAT, entryFormat } from './formats.ts';
import { checkEntry, withoutEmpty } from './save-check.ts';
import { statusPreview, vnDateTime } from './widgets.ts';

const page = JSON.parse(document.getElementById('cms-data')?.textContent ?? '{}') as AdminPageData;

/**
 * The CMS's own words in another of the languages Decap ships (`/admin/?ui=ko` for a Korean
 * translator, `zh_Hans`, `en`…); the form's labels stay in the editor language.
 */
function uiLocale(): string {
  const asked = new URLSearchParams(location.search).get('ui');
  return asked && /^[a-z]{2}(?:_[A-Za-z]{2,4})?$/.test(asked)
    ? asked
    : ((page.config as { locale?: string }).locale ?? 'vi');
}

function start(): void {
  const { CMS, h, createClass } = window;
  if (!CMS || !h || !createClass) return;
  CMS.registerCustomFormat(ENTRY_FORMAT, 'md', entryFormat);
  CMS.registerWidget('vn-datetime', createClass(vnDateTime(h, page)));
  const preview = createClass(statusPreview(h, page));
  for (const c of page.config.collections) CMS.registerPreviewTemplate(c.name, preview);
  CMS.registerEventListener({
    name: 'preSave',
    async handler({ entry }) {
      const cleaned = withoutEmpty(entry, page.config.i18n.locales);
      const check = await checkEntry(cleaned, page);
      if (check && check.errors.length > 0)
        throw new Error(fill(page.ui.refused, { messages: check.errors.join('\n') }));
      // Decap takes back the default language's fields only (it sets them as the entry's data).
      return cleaned.get('data') as ImmutableLike;
    },
  });
  // The configuration is generated and embedded in the page; there is no config.yml to fetch.
  CMS.init({ config: { ...page.config, locale: uiLocale(), load_config_file: false } });
}

// Decap starts itself as soon as its script runs unless told not to.
window.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = page.decap;
script.addEventListener('load', start);
document.head.append(script);
