import { browser } from 'wxt/browser';
import type { Message, RefusedResponse, ResponseFor } from '../messages';

/** Sends a message to the background and returns its typed answer; a refusal becomes an error. */
export async function sendToBackground<M extends Message>(message: M): Promise<ResponseFor<M>> {
  const answer = (await browser.runtime.sendMessage(message)) as ResponseFor<M> | RefusedResponse | undefined;
  if (answer === undefined) throw new Error(`No answer to "${message.type}"`);
  if (typeof answer === 'object' && answer !== null && 'refused' in answer) throw new Error(answer.refused);
  return answer as ResponseFor<M>;
}
