import type { Transport } from '../api/transport';
import type { PasswordCheck, PasswordEvaluateRequest, PasswordPolicy, PasswordVerdict, WireError } from '../api/types';
import { h, uid } from '../dom';
import { errorText, has, t } from '../i18n';

export interface NewPasswordOptions {
  transport: Transport;
  policy: PasswordPolicy | null;
  /** `policy` is the user's own (not the tenant's): evaluate with it. */
  own?: boolean;
  /** The user ID typed so far, so "doesn't contain your name" can be checked live. */
  username: () => string;
  evaluateDelayMs: number;
}

/**
 * The new-password step shared by reset and change: new + confirm fields with show/hide, the
 * policy as a live checklist (verdicts come from the same code the server uses), a strength meter
 * and the plain-word reasons a password is refused.
 */
export class NewPasswordField {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  readonly confirm: HTMLInputElement;
  private readonly checklist: HTMLUListElement;
  private readonly meter: HTMLElement;
  private readonly meterLabel: HTMLElement;
  private readonly problems: HTMLUListElement;
  private readonly mismatchHint: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every change; an answer for an older value is dropped. */
  private seq = 0;
  private verdict: { password: string; value: PasswordVerdict } | null = null;

  constructor(private readonly opts: NewPasswordOptions) {
    this.input = passwordInput('new-password', 'new-password');
    this.confirm = passwordInput('confirm-password', 'new-password');
    this.checklist = h('ul', { class: 'checklist', 'data-testid': 'password-checklist' });
    this.meter = h('div', { class: 'meter-bar', 'aria-hidden': 'true' }, [0, 1, 2, 3].map(() => h('span')));
    this.meterLabel = h('span', { class: 'meter-label' });
    this.problems = h('ul', { class: 'problems', 'data-testid': 'password-problems', 'aria-live': 'polite' });
    this.mismatchHint = h('p', { class: 'inline-error', 'data-testid': 'mismatch', 'aria-live': 'polite', hidden: true });

    const checklistTitle = uid('rules');
    this.element = h(
      'div',
      { class: 'new-password' },
      field(t('change-new-password'), this.input, 'new-password'),
      h(
        'div',
        { class: 'strength', 'data-testid': 'strength-meter', 'data-score': '0' },
        this.meter,
        this.meterLabel,
      ),
      h('p', { id: checklistTitle, class: 'checklist-title' }, t('password-rule-heading')),
      this.checklist,
      this.problems,
      field(t('change-confirm-password'), this.confirm, 'confirm-password'),
      this.mismatchHint,
    );
    this.checklist.id = uid('rules-list');
    this.checklist.setAttribute('aria-labelledby', checklistTitle);
    this.input.setAttribute('aria-describedby', `${checklistTitle} ${this.checklist.id}`);

    this.input.addEventListener('input', () => {
      this.schedule();
      this.updateMismatch(false);
    });
    this.confirm.addEventListener('input', () => this.updateMismatch(false));
    this.confirm.addEventListener('blur', () => this.updateMismatch(true));
    this.reset();
  }

  /** Re-evaluates soon, e.g. because the user ID changed. */
  schedule(): void {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    const password = this.input.value;
    if (!password) {
      this.reset();
      return;
    }
    this.timer = setTimeout(() => void this.evaluate(seq, password), this.opts.evaluateDelayMs);
  }

  private async evaluate(seq: number, password: string): Promise<void> {
    const username = this.opts.username().trim();
    try {
      const req: PasswordEvaluateRequest = username ? { password, username } : { password };
      if (this.opts.own && this.opts.policy) req.policy = this.opts.policy;
      const verdict = await this.opts.transport.evaluatePassword(req);
      if (seq !== this.seq) return;
      this.verdict = { password, value: verdict };
      this.render(verdict);
    } catch (e) {
      // Live feedback is a help, not a gate: the server checks again on submit.
      if (seq === this.seq) console.warn('password_evaluate failed', e);
    }
  }

  /** The verdict for the value now in the field, if it has arrived. */
  currentVerdict(): PasswordVerdict | null {
    return this.verdict && this.verdict.password === this.input.value ? this.verdict.value : null;
  }

  mismatch(): boolean {
    return this.input.value !== this.confirm.value;
  }

  /** Shows the refusal reasons under the checklist. */
  private showProblems(problems: WireError[]): void {
    this.problems.replaceChildren(...problems.map((p) => h('li', { 'data-code': p.code }, errorText(p))));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.seq++;
    this.input.value = '';
    this.confirm.value = '';
  }

  private reset(): void {
    this.verdict = null;
    this.renderChecks(initialChecks(this.opts.policy), true);
    this.renderScore(null);
    this.showProblems([]);
  }

  private render(verdict: PasswordVerdict): void {
    this.renderChecks(verdict.checks, false);
    this.renderScore(verdict.score);
    this.showProblems(verdict.problems);
  }

  private renderChecks(checks: PasswordCheck[], pending: boolean): void {
    this.checklist.replaceChildren(
      ...checks.map((check) => {
        const state = check.ok ? 'met' : pending ? 'pending' : 'unmet';
        return h(
          'li',
          { class: state, 'data-testid': `rule-${check.rule}`, 'data-ok': String(check.ok) },
          h('span', { class: 'mark', 'aria-hidden': 'true' }, { met: '✓', unmet: '✗', pending: '•' }[state]),
          h('span', { class: 'sr-only' }, state === 'met' ? t('common-rule-met') : t('common-rule-unmet')),
          ' ',
          h('span', {}, ruleText(check)),
        );
      }),
    );
  }

  private renderScore(score: number | null): void {
    const s = score === null ? 0 : Math.max(0, Math.min(4, Math.round(score)));
    const meter = this.meter.parentElement!;
    meter.dataset.score = String(s);
    meter.classList.toggle('empty', score === null);
    this.meterLabel.textContent = t('password-strength-label', { level: score === null ? t('password-strength-none') : strengthName(s) });
  }

  private updateMismatch(onBlur: boolean): void {
    const typed = this.confirm.value;
    // While typing, only complain once the confirmation can no longer become equal.
    const show = typed !== '' && this.mismatch() && (onBlur || !this.input.value.startsWith(typed));
    this.mismatchHint.hidden = !show;
    this.mismatchHint.textContent = show ? errorText({ code: 'password.mismatch' }) : '';
    this.confirm.setAttribute('aria-invalid', String(show));
  }
}

function passwordInput(testid: string, autocomplete: string): HTMLInputElement {
  return h('input', {
    type: 'password',
    id: uid(testid),
    'data-testid': testid,
    autocomplete,
    autocapitalize: 'off',
    spellcheck: 'false',
    required: true,
  });
}

/** A labeled password input with a show/hide toggle. */
export function field(label: string, input: HTMLInputElement, testid: string): HTMLElement {
  const toggle = h('button', { type: 'button', class: 'toggle', 'data-testid': `toggle-${testid}`, 'aria-controls': input.id }, t('common-show-password'));
  toggle.addEventListener('click', () => {
    const show = input.type === 'password';
    input.type = show ? 'text' : 'password';
    toggle.textContent = show ? t('common-hide-password') : t('common-show-password');
    input.focus();
  });
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), h('div', { class: 'with-toggle' }, input, toggle));
}

export function strengthName(score: number): string {
  return [
    () => t('password-strength-0'),
    () => t('password-strength-1'),
    () => t('password-strength-2'),
    () => t('password-strength-3'),
    () => t('password-strength-4'),
  ][Math.max(0, Math.min(4, score))]!();
}

export function ruleText(check: PasswordCheck): string {
  const id = 'password-rule-' + check.rule.replace(/_/g, '-');
  if (!has(id)) return t('password-rule-unknown', { rule: check.rule });
  const args = { ...check.args };
  if (check.rule === 'strength' && typeof args.min === 'number') args.level = strengthName(args.min);
  return t(id, args);
}

/** The checklist before anything is typed, from the tenant's policy (all not met yet). */
export function initialChecks(policy: PasswordPolicy | null): PasswordCheck[] {
  if (!policy) return [];
  const checks: PasswordCheck[] = [{ rule: 'length', ok: false, args: { min: policy.min_length, max: policy.max_length } }];
  if (policy.banned_check) checks.push({ rule: 'not_banned', ok: false });
  if (policy.breached_check) checks.push({ rule: 'not_breached', ok: false });
  if (policy.min_strength > 0) checks.push({ rule: 'strength', ok: false, args: { min: policy.min_strength } });
  if (policy.user_info_check) checks.push({ rule: 'no_user_info', ok: false });
  return checks;
}
