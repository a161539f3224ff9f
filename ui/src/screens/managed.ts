import { h } from '../dom';
import { t } from '../i18n';
import type { Bootstrap } from '../api/types';

/** True when the machine policy sets `key` (IT manages it; the person cannot change it here). */
export function isManaged(boot: Bootstrap, key: string): boolean {
  return (boot.managed ?? []).includes(key);
}

/** The lock and "Set by your organization" shown beside a setting the machine policy fixes. */
export function managedNote(): HTMLElement {
  return h(
    'span',
    { class: 'managed', 'data-testid': 'managed' },
    h('span', { class: 'managed-lock', 'aria-hidden': 'true' }),
    ' ',
    t('managed-by-organization'),
  );
}
