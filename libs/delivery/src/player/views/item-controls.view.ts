import type { ItemResponse } from '@markpoint/grading';
import type { LearnerItemView } from '../../domain/learner-item-view';
import { fieldName, isAnswered } from '../domain/item-fields';
import { html, when, type SafeHtml } from './html';

type Of<T extends ItemResponse['type']> = Extract<ItemResponse, { type: T }>;

function responseOf<T extends ItemResponse['type']>(view: LearnerItemView, type: T): Of<T> | null {
  return view.response?.type === type ? (view.response as Of<T>) : null;
}

const marks = (n: number) => `${n} ${n === 1 ? 'mark' : 'marks'}`;

function choices(
  view: LearnerItemView,
  kind: 'radio' | 'checkbox',
  options: { value: string; text: string; checked: boolean }[],
): SafeHtml {
  const p = view.position;
  return html`${options.map(
    (o, i) =>
      html`<div class="choice">
        <input
          type="${kind}"
          id="q${p}-o${i + 1}"
          name="${fieldName(p)}"
          value="${o.value}"
          ${when(o.checked, 'checked')}
        />
        <label for="q${p}-o${i + 1}">${o.text}</label>
      </div>`,
  )}`;
}

function legend(view: LearnerItemView, hint: string): SafeHtml {
  return html`<legend>
    <span class="stem">${view.stem}</span> <span class="hint">${hint} (${marks(view.maxScore)})</span>
  </legend>`;
}

function textField(view: LearnerItemView, control: SafeHtml, hint?: string): SafeHtml {
  const p = view.position;
  return html`<p class="stem" id="q${p}-stem">${view.stem}</p>
    <div class="field">
      <label for="q${p}-answer">Your answer${view.unit ? ` (${view.unit})` : ''}</label>
      ${hint && html`<p class="hint" id="q${p}-hint">${hint}</p>`} ${control}
    </div>`;
}

function controls(view: LearnerItemView): SafeHtml {
  const p = view.position;
  const describedBy = (hint: boolean) => `q${p}-stem${hint ? ` q${p}-hint` : ''}`;
  switch (view.type) {
    case 'SINGLE_CHOICE': {
      const chosen = responseOf(view, 'SINGLE_CHOICE')?.optionId;
      const options = (view.options ?? []).map((o) => ({
        value: o.id,
        text: o.text,
        checked: o.id === chosen,
      }));
      return html`<fieldset>
        ${legend(view, 'Choose one answer.')}${choices(view, 'radio', options)}
      </fieldset>`;
    }
    case 'TRUE_FALSE': {
      const value = responseOf(view, 'TRUE_FALSE')?.value;
      const options = [
        { value: 'true', text: 'True', checked: value === true },
        { value: 'false', text: 'False', checked: value === false },
      ];
      return html`<fieldset>
        ${legend(view, 'Is this statement true or false?')}${choices(view, 'radio', options)}
      </fieldset>`;
    }
    case 'MULTIPLE_RESPONSE': {
      const chosen = new Set(responseOf(view, 'MULTIPLE_RESPONSE')?.optionIds ?? []);
      const options = (view.options ?? []).map((o) => ({
        value: o.id,
        text: o.text,
        checked: chosen.has(o.id),
      }));
      return html`<fieldset>
        ${legend(view, 'Choose all answers that apply.')}${choices(view, 'checkbox', options)}
      </fieldset>`;
    }
    case 'ORDERING': {
      const steps = view.steps ?? [];
      const saved = responseOf(view, 'ORDERING')?.stepIds ?? [];
      const rows = steps.map((s, i) => {
        const at = saved.indexOf(s.id) + 1;
        const positions = steps.map(
          (_, n) =>
            html`<option value="${n + 1}" ${when(at === n + 1, 'selected')}>Position ${n + 1}</option>`,
        );
        return html`<div class="field">
          <label for="q${p}-s${i + 1}">${s.text}</label>
          <select id="q${p}-s${i + 1}" name="${fieldName(p, `-s${i + 1}`)}" data-step="${s.id}">
            <option value="">Choose a position</option>
            ${positions}
          </select>
        </div>`;
      });
      return html`<fieldset>
        ${legend(view, `Give each step its position in the sequence, from 1 (first) to ${steps.length} (last).`)}${rows}
      </fieldset>`;
    }
    case 'MATCHING': {
      const saved = responseOf(view, 'MATCHING')?.matches ?? {};
      const rows = (view.prompts ?? []).map((prompt, i) => {
        const options = (view.answers ?? []).map(
          (a) => html`<option value="${a}" ${when(saved[prompt.id] === a, 'selected')}>${a}</option>`,
        );
        return html`<div class="field">
          <label for="q${p}-m${i + 1}">${prompt.prompt}</label>
          <select id="q${p}-m${i + 1}" name="${fieldName(p, `-m${i + 1}`)}" data-prompt="${prompt.id}">
            <option value="">Choose an answer</option>
            ${options}
          </select>
        </div>`;
      });
      return html`<fieldset>${legend(view, 'Choose the answer that matches each item.')}${rows}</fieldset>`;
    }
    case 'NUMERIC': {
      const value = responseOf(view, 'NUMERIC')?.value;
      const hint =
        view.decimals !== undefined
          ? `Give your answer to ${view.decimals} decimal places. ${marks(view.maxScore)}.`
          : '';
      return textField(
        view,
        html`<div class="with-unit">
          <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            id="q${p}-answer"
            name="${fieldName(p)}"
            value="${value ?? ''}"
            aria-describedby="${describedBy(true)}"
          />${view.unit && html`<span aria-hidden="true">${view.unit}</span>`}
        </div>`,
        hint || marks(view.maxScore),
      );
    }
    case 'SHORT_ANSWER': {
      const text = responseOf(view, 'SHORT_ANSWER')?.text ?? '';
      return textField(
        view,
        html`<input
          type="text"
          autocomplete="off"
          spellcheck="true"
          id="q${p}-answer"
          name="${fieldName(p)}"
          value="${text}"
          aria-describedby="${describedBy(true)}"
        />`,
        `A word or short phrase. ${marks(view.maxScore)}.`,
      );
    }
    case 'EXTENDED_RESPONSE': {
      const text = responseOf(view, 'EXTENDED_RESPONSE')?.text ?? '';
      const criteria = (view.criteria ?? []).map((c) => html`<li>${c.description} (${marks(c.marks)})</li>`);
      return textField(
        view,
        html`<textarea
            id="q${p}-answer"
            name="${fieldName(p)}"
            rows="10"
            spellcheck="true"
            aria-describedby="${describedBy(true)}"
          >
${text}</textarea>
          <details>
            <summary>How this answer is marked</summary>
            <ul>
              ${criteria}
            </ul>
          </details>`,
        `Write your answer in full sentences. ${marks(view.maxScore)}, marked by your teacher.`,
      );
    }
    default:
      return view.type satisfies never;
  }
}

/** One item's controls; its wrapper carries what the autosave script needs (position, type, state). */
export function itemControls(view: LearnerItemView): SafeHtml {
  return html`<div
    class="item"
    data-position="${view.position}"
    data-type="${view.type}"
    data-answered="${String(isAnswered(view.response))}"
  >
    ${controls(view)}
  </div>`;
}
