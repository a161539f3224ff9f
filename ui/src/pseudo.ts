/**
 * The pseudo-locale `en-XA`: `en-US` with every letter accented and every piece of text at least
 * 40% longer, each message in brackets. Applied to Fluent's text elements only, so variables
 * (codes, names) stay as they are. Text on a screen that is not accented did not come through
 * Fluent; a clipped bracket shows a layout that cannot grow. Same function as
 * `crates/latchkey-i18n/src/pseudo.rs`, pinned by the same example in both tests.
 */
export const PSEUDO_LOCALE = 'en-XA';

const FROM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const TO = [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];

export function pseudo(text: string): string {
  let out = '';
  let added = 0;
  let length = 0;
  for (const c of text) {
    length += 1;
    const i = FROM.indexOf(c);
    const a = i >= 0 ? TO[i]! : c;
    out += a;
    if ('aeiouyAEIOUY'.includes(c)) {
      out += a;
      added += 1;
    }
  }
  const wanted = Math.ceil((length * 2) / 5);
  return out + '~'.repeat(Math.max(0, wanted - added));
}
