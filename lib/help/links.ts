import type { HelpEntry, Phone, TextContact } from './schema.ts';

/**
 * `tel:` link for a number (or an entry's first number). `#` must be percent-encoded in a
 * URI (RFC 3966 §5.1.5), otherwise "#8008" would become a fragment and dial nothing.
 */
export function telHref(target: Phone | HelpEntry): string | undefined {
  const phone = 'tel' in target ? target : target.phones?.[0];
  if (phone === undefined) return undefined;
  return `tel:${phone.tel.replace(/#/g, '%23')}`;
}

/**
 * `sms:` link with the keyword as the message body where the service asks for one.
 * We write `sms:741741?&body=HOME`: RFC 5724's form is `?body=`, but older iOS Messages
 * reads only `&body=`; the leading `?&` is understood by both iOS and Android (an empty
 * first parameter is ignored). The keyword is also shown next to the link, so a survivor
 * whose messaging app ignores the body can type it.
 */
export function smsHref(target: TextContact | HelpEntry): string | undefined {
  const text = 'number' in target ? target : target.text;
  if (text === undefined) return undefined;
  const body = text.keyword === undefined ? '' : `?&body=${encodeURIComponent(text.keyword)}`;
  return `sms:${text.number}${body}`;
}
