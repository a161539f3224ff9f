import enUs from '../../locales/en-US/app.ftl?raw';
import type { LocaleBundle } from './api/types';

/**
 * The English messages built into the UI, used only when the Rust side could not send any
 * (the bridge itself failed), so even that failure is explained in words.
 */
export const builtinLocale: LocaleBundle = {
  locale: 'en-US',
  ftl: [{ locale: 'en-US', source: enUs }],
};
