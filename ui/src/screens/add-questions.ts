import { toApiError } from '../api/error';
import type { QuestionCatalog, WireError } from '../api/types';
import { h, uid } from '../dom';
import { errorText, t } from '../i18n';
import type { AppContext, Screen } from './context';
import { brandHeader, busyNote, errorBox, heading, page, type Problem } from './layout';
import { field } from './password-field';
import { signedInErrorBox } from './signed-in';

export const ANSWER_MIN_CHARS = 3;
export const ANSWER_MAX_CHARS = 40;

/**
 * The comparable form of an answer, as the server computes it: NFKC, lowercase, whitespace runs
 * collapsed, trimmed, trailing sentence punctuation dropped. Used here only to catch duplicates and
 * lengths before sending; the server decides.
 */
export function normalizeAnswer(answer: string): string {
  return answer
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.,!?;:。、，！？；：؟،۔।]+$/u, '');
}

/** What is wrong with the answers, numbering answers from 1 as the person sees them. */
export function answersProblem(answers: string[]): { error: WireError; index: number } | null {
  const seen: string[] = [];
  for (const [i, answer] of answers.entries()) {
    const normal = normalizeAnswer(answer);
    const chars = [...normal].length;
    if (chars < ANSWER_MIN_CHARS) return { error: { code: 'questions.answer_too_short', args: { index: i + 1, min: ANSWER_MIN_CHARS } }, index: i };
    if (chars > ANSWER_MAX_CHARS) return { error: { code: 'questions.answer_too_long', args: { index: i + 1, max: ANSWER_MAX_CHARS } }, index: i };
    if (seen.includes(normal)) return { error: { code: 'questions.duplicate_answer', args: { index: i + 1 } }, index: i };
    seen.push(normal);
  }
  return null;
}

/**
 * Security questions: pick the required number from the tenant's (localized) list, no question
 * twice, and answer each. Answers are hidden by default, like passwords.
 */
export function renderAddQuestions(ctx: AppContext): Screen {
  const { boot, flow } = ctx;
  const helpdesk = boot.branding?.helpdesk;
  const errorSlot = h('div', { class: 'error-slot' });
  const content = h('div', { class: 'add-questions-content' });
  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => ctx.go('security-info') }, t('common-cancel'));
  const title = heading(t('questions-title'));
  let disposed = false;
  let answers: HTMLInputElement[] = [];

  function showError(problem: Problem, focus: HTMLElement | null) {
    const box = errorBox(problem, helpdesk);
    errorSlot.replaceChildren(box);
    focus?.setAttribute('aria-invalid', 'true');
    (focus ?? box).focus();
  }

  async function load() {
    content.replaceChildren(busyNote(t('questions-loading'), 'questions-loading'));
    errorSlot.replaceChildren();
    let catalog: QuestionCatalog;
    try {
      catalog = await ctx.transport.questionsList();
    } catch (thrown) {
      if (disposed) return;
      const retry = h('button', { type: 'button', class: 'primary', 'data-testid': 'retry', onclick: () => void load() }, t('common-retry'));
      content.replaceChildren(h('div', { class: 'actions' }, retry));
      const { box } = signedInErrorBox(ctx, thrown);
      errorSlot.replaceChildren(box);
      box.focus();
      return;
    }
    if (disposed) return;
    render(catalog);
  }

  function render({ questions, required }: QuestionCatalog) {
    const count = Math.min(required, questions.length);
    const selects = Array.from({ length: count }, (_, i) =>
      h(
        'select',
        { id: uid(`question-select-${i}`), 'data-testid': `question-select-${i}`, required: true },
        h('option', { value: '' }, t('questions-choose')),
        questions.map((q) => h('option', { value: q.id }, q.text)),
      ),
    );
    answers = selects.map((_, i) =>
      h('input', {
        type: 'password',
        id: uid(`question-answer-${i}`),
        'data-testid': `question-answer-${i}`,
        autocomplete: 'off',
        autocapitalize: 'off',
        spellcheck: 'false',
        maxlength: 200,
        required: true,
      }),
    );

    /** A question picked in one row is not offered in the others. */
    function syncChoices() {
      const taken = selects.map((s) => s.value);
      for (const [i, select] of selects.entries()) {
        for (const option of select.options) {
          option.disabled = option.value !== '' && taken.some((v, j) => j !== i && v === option.value);
        }
      }
    }
    for (const select of selects) {
      select.addEventListener('change', () => {
        select.removeAttribute('aria-invalid');
        syncChoices();
      });
    }

    const rows = selects.map((select, i) =>
      h(
        'fieldset',
        { class: 'question-row', 'data-testid': `question-row-${i}` },
        h('legend', {}, t('questions-number', { number: i + 1, total: count })),
        h('div', { class: 'field' }, h('label', { for: select.id }, t('questions-question-label')), select),
        field(t('questions-answer-label'), answers[i]!, `question-answer-${i}`),
      ),
    );

    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'questions-submit' }, t('questions-submit'));
    const form = h('form', { class: 'questions-form', novalidate: true }, rows, h('div', { class: 'actions' }, submit));
    let busy = false;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (busy) return;
      for (const el of [...selects, ...answers]) el.removeAttribute('aria-invalid');
      const unpicked = selects.findIndex((s) => !s.value);
      if (unpicked >= 0) return showError({ message: t('questions-choose-required', { number: unpicked + 1 }) }, selects[unpicked]!);
      const problem = answersProblem(answers.map((a) => a.value));
      if (problem) return showError({ message: errorText(problem.error) }, answers[problem.index]!);
      busy = true;
      submit.disabled = true;
      back.disabled = true;
      submit.textContent = t('questions-saving');
      errorSlot.replaceChildren();
      try {
        await ctx.transport.questionsSave({
          answers: selects.map((s, i) => ({ question_id: s.value, answer: answers[i]!.value })),
        });
        flow.notice = () => t('questions-added');
        ctx.go('security-info');
      } catch (thrown) {
        if (disposed) return;
        busy = false;
        submit.disabled = false;
        back.disabled = false;
        submit.textContent = t('questions-submit');
        const error = toApiError(thrown);
        // The server counts answers from 0 (as the Rust core does); people count from 1.
        const index = typeof error.args.index === 'number' ? error.args.index : null;
        if (index !== null && answers[index]) {
          showError({ message: errorText({ code: error.code, args: { ...error.args, index: index + 1 } }), code: error.code }, answers[index]);
        } else {
          const { box } = signedInErrorBox(ctx, error);
          errorSlot.replaceChildren(box);
          box.focus();
        }
      }
    });

    content.replaceChildren(
      h('p', {}, t('questions-intro', { count })),
      h('p', { class: 'hint' }, t('questions-rules', { min: ANSWER_MIN_CHARS, max: ANSWER_MAX_CHARS })),
      form,
    );
  }

  const card = h(
    'main',
    { class: 'card add-questions' },
    brandHeader(boot.branding, false),
    title,
    errorSlot,
    content,
    h('div', { class: 'actions' }, back),
  );
  void load();
  return {
    element: page(ctx, card),
    initialFocus: title,
    dispose: () => {
      disposed = true;
      for (const answer of answers) answer.value = '';
    },
  };
}
