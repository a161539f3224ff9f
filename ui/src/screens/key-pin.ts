import { h, uid } from '../dom';
import { t } from '../i18n';
import { field } from './password-field';

export const PIN_REQUIRED = 'security_key.pin_required';
export const PIN_INVALID = 'security_key.pin_invalid';

/** Refusals after which the key's PIN has to be typed (again) before the next attempt. */
export function asksForPin(code: string): boolean {
  return code === PIN_REQUIRED || code === PIN_INVALID;
}

/**
 * A labeled field for a security key's PIN, with show/hide. Any characters: a PIN may contain
 * letters, so no numeric keyboard. Hidden and never offered for saving or autofill; the screens
 * clear it as soon as an attempt starts, so the PIN is not kept anywhere.
 */
export function pinField(testid: string): { input: HTMLInputElement; element: HTMLElement } {
  const input = h('input', {
    type: 'password',
    id: uid(testid),
    'data-testid': testid,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    required: true,
  });
  const hintId = uid(`${testid}-hint`);
  input.setAttribute('aria-describedby', hintId);
  const element = field(t('security-key-pin-label'), input, testid);
  element.append(h('p', { id: hintId, class: 'hint' }, t('security-key-pin-hint')));
  return { input, element };
}
