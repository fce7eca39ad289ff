/**
 * The parts of Decap CMS's browser API this project uses (the prebuilt `decap-cms` bundle puts
 * them on `window`), typed just enough, and the page's data the integration embeds.
 */
import type { CmsUiKey } from '../../i18n/cms-text.ts';

/** Decap's entries are Immutable.js maps; these are the methods used here. */
export interface ImmutableLike {
  get(key: string | number): unknown;
  getIn(path: (string | number)[]): unknown;
  deleteIn(path: (string | number)[]): ImmutableLike;
  setIn(path: (string | number)[], value: unknown): ImmutableLike;
  toJS(): unknown;
}

export type Element = unknown;
export type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

export interface WidgetProps {
  value: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  entry: ImmutableLike;
  field: ImmutableLike;
}

export interface PreviewProps {
  entry: ImmutableLike;
  collection: ImmutableLike;
  widgetFor: (name: string) => Element;
}

export interface ComponentSpec<P> {
  render(this: { props: P; state: Record<string, unknown>; setState(s: Record<string, unknown>): void }): Element;
  [method: string]: unknown;
}

export interface DecapCms {
  init(options: { config: unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(content: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string },
  ): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler(args: { entry: ImmutableLike }): Promise<ImmutableLike | undefined>;
  }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: H;
    createClass?: <P>(spec: ComponentSpec<P>) => unknown;
  }
}

/** What the admin page embeds as JSON (src/lib/admin-page.ts). */
export interface AdminPageData {
  config: { collections: { name: string; i18n?: boolean }[]; i18n: { locales: string[]; default_locale: string } };
  ui: Record<CmsUiKey, string>;
  decap: string;
  /** Where the dev server checks a save with the content gate; absent in a static build. */
  checkUrl: string;
  translationsUrl: string;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
