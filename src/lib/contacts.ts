/**
 * The office's contact channels (content/contacts/*.yaml) as visitors see them: what is
 * confirmed, in the page's language, with `tel:`/`mailto:` links; the schema.org ContactPoints;
 * and the content check's findings. A placeholder (a reserved example value, or a whole channel
 * marked `placeholder: true`) is never shown: a visitor must not dial an example number. The
 * content check warns about each one until someone with a source replaces it. Pure.
 */
import { editorText } from '../i18n/editor.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import type { ContactData, ContactRole } from '../schemas/contacts.ts';
import type { Problem } from './content-files.ts';

export interface Contact {
  id: string;
  data: ContactData;
}

export interface ContactLink {
  label: string;
  href: string;
}
/** One channel in one language, confirmed values only. */
export interface ContactCard {
  id: string;
  role: ContactRole;
  name: string;
  purpose?: string | undefined;
  person?: { name: string; title: string } | undefined;
  address?: string | undefined;
  phone?: ContactLink | undefined;
  email?: ContactLink | undefined;
  url?: ContactLink | undefined;
}

/** Domains RFC 2606 / RFC 6761 reserve for examples: never a real mailbox or site. */
const RESERVED_HOST = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$/i;

const hostOf = (address: string): string | undefined => {
  try {
    return new URL(address).hostname;
  } catch {
    return undefined;
  }
};
export const isPlaceholderEmail = (email: string) => RESERVED_HOST.test(email.split('@').pop() ?? '');
export const isPlaceholderUrl = (url: string) => RESERVED_HOST.test(hostOf(url) ?? '');
/** `+84 000 …`: no Vietnamese number starts with 0 after the country code (a reserved example). */
export const isPlaceholderPhone = (phone: string) => /^\+84 ?0/.test(phone.trim());

/** The fields of a channel that hold placeholder values, with the value. */
export function placeholderValues(data: ContactData): { field: 'phone' | 'email' | 'url'; value: string }[] {
  const out: { field: 'phone' | 'email' | 'url'; value: string }[] = [];
  if (data.phone && isPlaceholderPhone(data.phone)) out.push({ field: 'phone', value: data.phone });
  if (data.email && isPlaceholderEmail(data.email)) out.push({ field: 'email', value: data.email });
  if (data.url && isPlaceholderUrl(data.url)) out.push({ field: 'url', value: data.url });
  return out;
}

/** Channels a visitor may see: not drafts, not unconfirmed, in their `order` (then id). */
export function publishedContacts(contacts: readonly Contact[]): Contact[] {
  return contacts
    .filter((c) => !c.data.draft && !c.data.placeholder)
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** `tel:` wants the digits only: `+84 24 0000 0000` → `tel:+842400000000`. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;

/** A channel in `locale`, without its placeholder values. */
export function contactCard(contact: Contact, locale: LocaleCode): ContactCard {
  const { data } = contact;
  const hidden = new Set(placeholderValues(data).map((p) => p.field));
  const keep = <T>(field: 'phone' | 'email' | 'url', value: T | undefined) => (hidden.has(field) ? undefined : value);
  const phone = keep('phone', data.phone);
  const email = keep('email', data.email);
  const url = keep('url', data.url);
  return {
    id: contact.id,
    role: data.role,
    name: data.name[locale]!,
    purpose: data.purpose?.[locale],
    person: data.person ? { name: data.person.name, title: data.person.title[locale]! } : undefined,
    address: data.address?.[locale],
    phone: phone ? { label: phone, href: telHref(phone) } : undefined,
    email: email ? { label: email, href: `mailto:${email}` } : undefined,
    url: url ? { label: (hostOf(url) ?? url).replace(/^www\./, ''), href: url } : undefined,
  };
}

/** A card with a way to reach the channel left once placeholders are hidden (not just a name). */
const reachable = (c: ContactCard) => !!(c.address || c.phone || c.email || c.url);

/** The channels a page shows (its slug is in their `pages`), as cards. */
export function pageContacts(contacts: readonly Contact[], pageSlug: string, locale: LocaleCode): ContactCard[] {
  return publishedContacts(contacts)
    .filter((c) => c.data.pages.includes(pageSlug))
    .map((c) => contactCard(c, locale))
    .filter(reachable);
}

/** The footer's channel: the first published one marked `footer: true` that can be reached. */
export function footerContact(contacts: readonly Contact[], locale: LocaleCode): ContactCard | undefined {
  return publishedContacts(contacts)
    .filter((c) => c.data.footer)
    .map((c) => contactCard(c, locale))
    .find(reachable);
}

/** schema.org `contactType` per role (free text in schema.org; these are the common values). */
const CONTACT_TYPE: Record<ContactRole, string> = {
  office: 'customer service',
  press: 'media relations',
  investment: 'investor relations',
  feedback: 'public feedback',
};

export interface LdContactPoint {
  '@type': 'ContactPoint';
  contactType: string;
  name: string;
  telephone?: string;
  email?: string;
  url?: string;
}

/** ContactPoints for the GovernmentOrganization: reachable channels only (a phone, e-mail or site). */
export function contactPoints(cards: readonly ContactCard[]): LdContactPoint[] {
  return cards
    .filter((c) => c.phone || c.email || c.url)
    .map((c) => ({
      '@type': 'ContactPoint' as const,
      contactType: CONTACT_TYPE[c.role],
      name: c.name,
      ...(c.phone ? { telephone: c.phone.href.slice('tel:'.length) } : {}),
      ...(c.email ? { email: c.email.label } : {}),
      ...(c.url ? { url: c.url.href } : {}),
    }));
}

/**
 * The content check's findings for one contact file: a warning per placeholder (the build goes
 * on, the value stays hidden), an error for a page slug that does not exist (a typo would make
 * the block silently disappear).
 */
export function contactProblems(file: string, data: ContactData, pageSlugs: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  if (data.draft) return problems;
  if (data.placeholder) problems.push({ file, severity: 'warning', message: editorText('check.contact-unconfirmed') });
  for (const { field, value } of placeholderValues(data)) {
    problems.push({
      file,
      field,
      severity: 'warning',
      message: editorText('check.contact-placeholder', { field, value }),
    });
  }
  for (const slug of data.pages.filter((s) => !pageSlugs.has(s))) {
    problems.push({ file, field: 'pages', severity: 'error', message: editorText('check.contact-page', { slug }) });
  }
  return problems;
}
