// Typed messaging between extension contexts. Every message is validated on receipt and every
// response on return (zod/mini keeps the content-script bundle small). This file, storage.ts and
// settings.ts are the only places that touch browser APIs.
import browser, { type Runtime } from 'webextension-polyfill';
import type * as z from 'zod/mini';

export type Sender = Runtime.MessageSender;

/** A message or a response did not have the agreed shape. The text says which and where. */
export class MessageError extends Error {
  override name = 'MessageError';
}

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function typeOf(message: unknown): string {
  return typeof message === 'object' && message !== null && 'type' in message ? String((message as { type: unknown }).type) : '?';
}

function checked<S extends z.ZodMiniType>(schema: S, raw: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new MessageError(`${what} has an unexpected shape: ${describeIssues(result.error)}`);
  return result.data;
}

/** Send to the extension's own pages/background and validate the answer. */
export async function sendMessage<S extends z.ZodMiniType>(message: { type: string }, response: S): Promise<z.infer<S>> {
  const raw: unknown = await browser.runtime.sendMessage(message);
  return checked(response, raw, `Response to '${message.type}'`);
}

/** Send to the content script of one tab (optionally one frame) and validate the answer. */
export async function sendToTab<S extends z.ZodMiniType>(
  tabId: number,
  message: { type: string },
  response: S,
  frameId?: number,
): Promise<z.infer<S>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  return checked(response, raw, `Response to '${message.type}'`);
}

/**
 * Answer messages of one `type`. Messages of other types are left to other listeners (the
 * profile handlers register their own). A message with our type but a bad shape is rejected
 * with a clear error instead of being half-handled. The handler may return `undefined`
 * synchronously to stay silent (e.g. a sub-frame with nothing to say).
 */
export function handleMessage<S extends z.ZodMiniType>(
  type: string,
  request: S,
  handler: (message: z.infer<S>, sender: Sender) => Promise<unknown> | undefined,
): () => void {
  const listener = (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (typeOf(raw) !== type) return undefined;
    let message: z.infer<S>;
    try {
      message = checked(request, raw, `Message '${type}'`);
    } catch (error) {
      return Promise.reject(error);
    }
    return handler(message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** True while this content script still belongs to a live extension (false after an update/reload). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}
