/**
 * The locality's language-neutral settings. Another province or district adopts the project
 * by editing this file, the `locality.*` strings in `src/i18n/ui/*.json`, the emblem in
 * `public/`, and the content.
 */
export const siteConfig = {
  /** Public address of the site; canonical URLs and hreflang links are built from it. */
  url: process.env.SITE_URL ?? 'https://thainguyen.example',
  /** Emblem shown in the header, in `public/`. An original mark, not the official emblem. */
  emblem: '/emblem.svg',
  /** The palette (light and dark schemes); both must keep WCAG 2.2 AA contrast on the page. */
  colors: {
    /** The strong national accent, used sparingly. */
    accent: '#a3201b',
    /** Tea green, the secondary colour. */
    tea: '#2d6a3e',
    dark: { accent: '#ff8a80', tea: '#8fd19e' },
  },
  /** Published contact channels. Leave a field out rather than print an unchecked one. */
  contact: {
    email: undefined as string | undefined,
    phone: undefined as string | undefined,
  },
  /**
   * The forge the editors' CMS (/admin/ on the preview host) saves to: every save becomes a branch
   * and a pull request there, merged after CI has run the content gate (docs/cms.md). `forgejo`
   * (Decap's Gitea backend has no pull-request workflow; its Forgejo one has), `gitlab` and `github`
   * take the same fields. `base_url` is the OAuth host.
   */
  cms: {
    backend: 'forgejo' as 'forgejo' | 'gitlab' | 'github',
    repo: process.env.CMS_REPO ?? 'thong-tin-doi-ngoai/website',
    branch: process.env.CMS_BRANCH ?? 'main',
    apiRoot: process.env.CMS_API_ROOT ?? 'https://git.thainguyen.example/api/v1',
    baseUrl: process.env.CMS_BASE_URL ?? 'https://git.thainguyen.example',
    /** The OAuth application's client id on the forge (docs/cms.md, "Connect the forge"). */
    appId: process.env.CMS_APP_ID ?? '',
  },
  /**
   * The home page. Counts fill whole rows of the desktop grids (four cards, or three beside the
   * newest article, which leads the page). `start`: where a visitor, an investor, a journalist
   * begins, labelled `home.<id>`; an entry not published in a language is left out there.
   */
  home: {
    upcoming: 4,
    heritage: 4,
    products: 4,
    articles: 3,
    start: [
      { id: 'visit', collection: 'articles', slug: 'du-lich-thai-nguyen-2026' },
      { id: 'invest', collection: 'articles', slug: 'dau-tu-thai-nguyen' },
      { id: 'press', collection: 'pages', slug: 'press-guide' },
      { id: 'about', collection: 'pages', slug: 'about' },
    ],
  },
} as const;
