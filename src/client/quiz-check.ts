/**
 * <quiz-check>: the quiz as a self-check. Without JavaScript every question
 * has its answer under 看答案; with it, a pupil answers, presses 交卷 and
 * sees each question marked in words (not colour alone) and the score;
 * 重来 clears it all. Nothing is sent or stored anywhere.
 */
import { isCorrect, scoreLine, type Marking } from '../lib/teach/quiz-score.ts';

class QuizCheck extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-answer]')];
    const score = this.querySelector<HTMLElement>('[data-quiz-score]')!;
    this.querySelector<HTMLElement>('[data-quiz-actions]')!.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      let right = 0;
      for (const q of questions) {
        const marking: Marking = { type: q.dataset.type as Marking['type'], answer: JSON.parse(q.dataset.answer!) };
        const given = [...q.querySelectorAll<HTMLInputElement>('input')]
          .filter((input) => (input.type === 'text' ? input.value.trim() !== '' : input.checked))
          .map((input) => input.value);
        const ok = isCorrect(marking, given);
        if (ok) right += 1;
        const result = q.querySelector<HTMLElement>('[data-quiz-result]')!;
        result.textContent = ok ? '✓ 答对了' : given.length === 0 ? '✗ 没有作答' : '✗ 答错了';
        result.dataset.result = ok ? 'right' : 'wrong';
        // A wrong answer opens its explanation, so the pupil learns why at once.
        q.querySelector('details')!.open = !ok;
      }
      score.textContent = scoreLine(right, questions.length);
      score.focus();
    });

    form.addEventListener('reset', () => {
      for (const q of questions) {
        const result = q.querySelector<HTMLElement>('[data-quiz-result]')!;
        result.textContent = '';
        delete result.dataset.result;
        q.querySelector('details')!.open = false;
      }
      score.textContent = '';
    });
  }
}

customElements.define('quiz-check', QuizCheck);
