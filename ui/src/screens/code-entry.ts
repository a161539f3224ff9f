import { h, uid } from '../dom';
import { t } from '../i18n';

/** Email and SMS codes live 5 minutes (requirements); used when the answer doesn't say. */
export const CODE_LIFETIME_SECS = 300;

/**
 * A one-time code field. Digits-only codes get the numeric keyboard and the platform's
 * "code from messages" autofill; backup codes may contain letters.
 */
export function codeInput(testid: string, kind: 'digits' | 'text' = 'digits'): HTMLInputElement {
  return h('input', {
    type: 'text',
    id: uid(testid),
    'data-testid': testid,
    inputmode: kind === 'digits' ? 'numeric' : 'text',
    autocomplete: kind === 'digits' ? 'one-time-code' : 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    maxlength: kind === 'digits' ? 12 : 32,
    dir: 'ltr',
    class: 'code-input',
    required: true,
  });
}

/** What was typed, without the spaces and dashes people copy along ("123 456", "abcd-efgh"). */
export function typedCode(input: HTMLInputElement): string {
  return input.value.replace(/[\s-]+/g, '');
}

/** "The code is valid for 5 minutes." */
export function lifetimeText(secs: number | undefined): string {
  const minutes = Math.max(1, Math.round((secs ?? CODE_LIFETIME_SECS) / 60));
  return t('code-lifetime', { minutes });
}

/**
 * "Send a new code": disabled for a while after each send so nobody hammers the code path
 * (the server limits sends too), then enabled with its plain label.
 */
export class ResendTimer {
  readonly button: HTMLButtonElement;
  private left = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(testid: string, private readonly secs: number, onResend: () => void) {
    this.button = h('button', { type: 'button', class: 'secondary', 'data-testid': testid }, t('code-resend'));
    this.button.addEventListener('click', () => {
      if (this.left <= 0) onResend();
    });
  }

  /** A code was just sent: wait before offering another. */
  start(): void {
    this.stop();
    this.left = this.secs;
    this.render();
    if (this.left <= 0) return;
    this.timer = setInterval(() => {
      this.left -= 1;
      if (this.left <= 0) this.stop();
      this.render();
    }, 1000);
  }

  /** Offer a new code right away (e.g. the last one expired or could not be sent). */
  ready(): void {
    this.stop();
    this.left = 0;
    this.render();
  }

  /** While a send is in flight. */
  busy(): void {
    this.stop();
    this.button.disabled = true;
    this.button.textContent = t('code-sending');
  }

  dispose(): void {
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private render(): void {
    this.button.disabled = this.left > 0;
    this.button.textContent = this.left > 0 ? t('code-resend-wait', { seconds: this.left }) : t('code-resend');
  }
}
