/**
 * The form's own parts, written with Decap's `h` and `createClass` (React, inside its bundle):
 * the Vietnam-time date-time field, and the side panel that shows the gate's verdict, the
 * entry's state and its translations while the editor writes.
 */
import { formState, fromVnInput, momentHelp, momentOf, vnInputValue } from '../../lib/cms-moments.ts';
import type { TranslationState } from '../../lib/translation-status.ts';
import { checkEntry } from './save-check.ts';
import {
  fill,
  type AdminPageData,
  type ComponentSpec,
  type H,
  type ImmutableLike,
  type PreviewProps,
  type WidgetProps,
} from './decap.ts';

/** A date-time typed in Vietnam time, stored with +07:00, shown in Seoul and Beijing time too. */
export function vnDateTime(h: H, page: AdminPageData): ComponentSpec<WidgetProps> {
  const ui = page.ui;
  return {
    render() {
      const { value, onChange, forID, classNameWrapper, entry, field } = this.props;
      const date = momentOf(value);
      const help = date ? momentHelp(date) : undefined;
      const data = (entry.get('data') as { toJS(): Record<string, unknown> } | undefined)?.toJS() ?? {};
      const isPublishAt = field.get('name') === 'publishAt';
      const state = isPublishAt && date ? formState(data, new Date()) : undefined;
      return h(
        'div',
        { className: classNameWrapper },
        h('input', {
          type: 'datetime-local',
          id: forID,
          value: vnInputValue(date),
          onChange: (e: { target: { value: string } }) => onChange(fromVnInput(e.target.value)),
          'aria-describedby': `${forID}-help`,
        }),
        h(
          'p',
          { id: `${forID}-help`, 'data-moment-help': '' },
          ui['vn-time'],
          help ? `: ${help.vietnam}. ${fill(ui['other-zones'], { seoul: help.seoul, beijing: help.beijing })}` : '',
          state ? ` ${fill(ui[`state-${state}`], { moment: help?.vietnam ?? '' })}` : '',
        ),
      );
    },
  };
}

interface Translations {
  rows: { entry: string; states: Record<string, TranslationState> }[];
}

/** Decap's `widgetFor` throws for a field the collection does not have (the calendar has no title). */
function hasField(collection: ImmutableLike, name: string): boolean {
  const fields = (collection.get('fields') as ImmutableLike | undefined)?.toJS();
  return Array.isArray(fields) && fields.some((f) => (f as { name?: string }).name === name);
}

const MARK: Record<TranslationState, string> = { source: '·', missing: '✗', outdated: '⚠', 'up-to-date': '✓' };

/**
 * The preview pane: the gate's verdict on the entry as it stands (checked again a second after the
 * editor stops typing), its translation status, then its text.
 */
export function statusPreview(h: H, page: AdminPageData): ComponentSpec<PreviewProps> {
  const ui = page.ui;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let translations: Promise<Translations | undefined> | undefined;
  return {
    getInitialState: () => ({}),
    componentDidMount(this: { props: PreviewProps; setState(s: Record<string, unknown>): void }) {
      translations ??= fetch(page.translationsUrl)
        .then((r) => (r.ok ? (r.json() as Promise<Translations>) : undefined))
        .catch(() => undefined);
      void translations.then((t) => this.setState({ translations: t }));
      void checkEntry(this.props.entry, page).then((check) => this.setState({ check, checked: true }));
    },
    componentDidUpdate(
      this: { props: PreviewProps; setState(s: Record<string, unknown>): void },
      before: PreviewProps,
    ) {
      if (before.entry === this.props.entry) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        void checkEntry(this.props.entry, page).then((check) => this.setState({ check, checked: true }));
      }, 1000);
    },
    render() {
      const { entry, collection, widgetFor } = this.props;
      const check = this.state['check'] as { errors: string[]; warnings: string[] } | undefined;
      const key = `${collection.get('name') as string}/${(entry.get('slug') as string | undefined) ?? ''}`;
      const row = (this.state['translations'] as Translations | undefined)?.rows.find((r) => r.entry === key);
      const lines = check ? [...check.errors, ...check.warnings] : [];
      return h(
        'div',
        null,
        h('h2', null, ui['check-heading']),
        h(
          'div',
          { 'data-gate-check': check ? (check.errors.length > 0 ? 'errors' : 'ok') : 'unavailable' },
          this.state['checked'] === true && !check ? ui['check-unavailable'] : null,
          check && lines.length === 0 ? ui['check-ok'] : null,
          ...lines.map((line) => h('p', null, line)),
        ),
        row
          ? h(
              'div',
              { 'data-translations': '' },
              h('h2', null, ui['translations-heading']),
              ...Object.entries(row.states).map(([locale, state]) =>
                h('p', null, `${MARK[state]} ${locale}: ${ui[`translation-${state}`]}`),
              ),
            )
          : null,
        h('hr'),
        ...['title', 'description', 'body']
          .filter((name) => hasField(collection, name))
          .map((name) => (name === 'title' ? h('h1', null, widgetFor(name)) : widgetFor(name))),
      );
    },
  };
}
