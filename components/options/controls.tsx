import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/schema';
import { saveChange } from './settings-hooks';

export interface Message {
  kind: 'error' | 'note' | 'done';
  text: string;
}

/**
 * Messages after an action, read out by screen readers. Errors use the same calm
 * colours as everything else: red is kept for the exit button.
 */
export function Messages({ messages, id }: { messages: Message[]; id?: string }) {
  return (
    <div class="messages" id={id} role="status" aria-live="polite">
      {messages.length === 1 ? (
        <p class={`message message--${messages[0]!.kind}`}>{messages[0]!.text}</p>
      ) : messages.length > 1 ? (
        <ul class={`message message--${messages[0]!.kind}`}>
          {messages.map((m) => (
            <li key={m.text}>{m.text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export const errors = (texts: string[]): Message[] => texts.map((text) => ({ kind: 'error', text }));

/** A switch that is saved the moment it changes; a refusal is shown beside it. */
export function Toggle(props: {
  label: string;
  hint?: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  change: (value: boolean) => (current: Settings) => Settings;
  /** Runs after the change was saved. */
  onSaved?: (value: boolean) => void;
}) {
  const id = useId();
  const [messages, setMessages] = useState<Message[]>([]);
  const onChange = async (input: HTMLInputElement) => {
    const value = input.checked;
    const problems = await saveChange(props.change(value));
    setMessages(errors(problems));
    // Refused: the box shows what is really saved, not what was clicked.
    if (problems.length) input.checked = !value;
    else props.onSaved?.(value);
  };
  return (
    <div class="field field--toggle">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => void onChange(e.currentTarget)}
      />
      <div>
        <label for={id}>{props.label}</label>
        {props.hint && (
          <p class="hint" id={`${id}-hint`}>
            {props.hint}
          </p>
        )}
        <Messages messages={messages} />
      </div>
    </div>
  );
}

/**
 * An inline question before something that cannot be undone. The calm choice ("Keep")
 * takes the focus, so that a stray Enter never removes anything.
 */
export function Confirm(props: {
  question: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-label={props.confirmLabel}>
      <p>{props.question}</p>
      <div class="buttons">
        <button type="button" ref={cancel} onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
        <button type="button" class="button--primary" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </div>
  );
}

/** A section of the page, with the heading that its table-of-contents link targets. */
export function Section(props: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} tabIndex={-1}>
        {props.title}
      </h2>
      {props.intro && <p class="section__intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

export function VisuallyHidden({ children }: { children: ComponentChildren }) {
  return <span class="visually-hidden">{children}</span>;
}
