// Typed messaging between extension contexts. Every message is validated on receipt and every
// response on return (zod/mini keeps the content-script bundle small). This file, storage.ts and
// settings.ts are the only places that touch browser APIs.
//
// Why not webextension-polyfill here: this module is in the content script, whose budget is 60 KB
// minified, and the polyfill alone is ~10 KB. Everything we need is promise-based natively in MV3
// (Chrome `chrome.*`, Firefox `browser.*`) except answering onMessage, which both browsers support
// through sendResponse + `return true`; that is the one place we adapt. Background and extension
// pages may still use the polyfill for everything else.
import type * as z from 'zod/mini';

export interface Sender {
  tab?: { id?: number; url?: string };
  frameId?: number;
  id?: string;
  url?: string;
}

type Listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => boolean | undefined;

interface Ext {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
  storage: {
    local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

/** The native extension API: Firefox's `browser`, else Chrome's `chrome` (promise-returning in MV3). */
export const ext: Ext = ((globalThis as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome);

/** A message or a response did not have the agreed shape. The text says which and where. */
export class MessageError extends Error {
  override name = 'MessageError';
}

const ERROR_KEY = '__evalscoutError';

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
  if (typeof raw === 'object' && raw !== null && ERROR_KEY in raw) throw new MessageError(String((raw as Record<string, unknown>)[ERROR_KEY]));
  const result = schema.safeParse(raw);
  if (!result.success) throw new MessageError(`${what} has an unexpected shape: ${describeIssues(result.error)}`);
  return result.data;
}

/** Send to the extension's own pages/background and validate the answer. */
export async function sendMessage<S extends z.ZodMiniType>(message: { type: string }, response: S): Promise<z.infer<S>> {
  const raw: unknown = await ext.runtime.sendMessage(message);
  return checked(response, raw, `Response to '${message.type}'`);
}

/** Send to the content script of one tab (optionally one frame) and validate the answer. */
export async function sendToTab<S extends z.ZodMiniType>(
  tabId: number,
  message: { type: string },
  response: S,
  frameId?: number,
): Promise<z.infer<S>> {
  const raw: unknown = await ext.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
  return checked(response, raw, `Response to '${message.type}'`);
}

/**
 * Answer messages of one `type`. Messages of other types are left to other listeners (the
 * profile handlers register their own). A message with our type but a bad shape gets a clear
 * error back instead of being half-handled. The handler may return `undefined` to stay silent
 * (e.g. a sub-frame with nothing to say).
 */
export function handleMessage<S extends z.ZodMiniType>(
  type: string,
  request: S,
  handler: (message: z.infer<S>, sender: Sender) => Promise<unknown> | undefined,
): () => void {
  const listener: Listener = (raw, sender, sendResponse) => {
    if (typeOf(raw) !== type) return undefined;
    let answer: Promise<unknown> | undefined;
    try {
      answer = handler(checked(request, raw, `Message '${type}'`), sender);
    } catch (error) {
      answer = Promise.reject(error);
    }
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => sendResponse({ [ERROR_KEY]: error instanceof Error ? error.message : String(error) }));
    return true;
  };
  ext.runtime.onMessage.addListener(listener);
  return () => ext.runtime.onMessage.removeListener(listener);
}

/** True while this content script still belongs to a live extension (false after an update/reload). */
export function extensionAlive(): boolean {
  try {
    return Boolean(ext.runtime.id);
  } catch {
    return false;
  }
}
