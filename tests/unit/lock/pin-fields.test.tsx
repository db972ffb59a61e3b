// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PinForm } from '../../../components/lock/PinForm';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

it('the fields for a new PIN do not invite the browser to save it as a password', () => {
  act(() => render(<PinForm submitLabel="Set PIN" busyText="…" onPin={async () => []} />, root));
  const fields = [...root.querySelectorAll('input')];
  expect(fields).toHaveLength(2);
  for (const field of fields) {
    expect(field.type).toBe('password');
    // "new-password" asks for a generated password and a save offer; "one-time-code" says it is not a login.
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
  }
  expect(root.querySelector('form')!.getAttribute('autocomplete')).toBe('off');
});
