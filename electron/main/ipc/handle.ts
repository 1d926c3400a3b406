/**
 * The one gate every IPC request passes. Before a handler runs, the request must come from
 * the main frame of one of our windows showing our own renderer document, and its payload must
 * match the contract's request schema; the handler's answer is checked against the response
 * schema on the way out. Handlers therefore only ever see typed, validated data.
 */
import { BrowserWindow, ipcMain } from 'electron';
import type { WebContents } from 'electron';
import * as v from 'valibot';
import {
  invokeChannels,
  type ChannelRequest,
  type ChannelResponse,
  type InvokeChannel,
} from '../../../shared/ipc/contract';
import { isAppUrl } from '../trusted-url';

/** A handler gets the parsed request and the web contents that sent it (for dialogs' parent). */
export type ChannelHandler<C extends InvokeChannel, Sender = WebContents> = (
  request: ChannelRequest<C>,
  sender: Sender,
) => ChannelResponse<C> | Promise<ChannelResponse<C>>;

/** The parts of a WebFrameMain the gate reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/** The parts of an IpcMainInvokeEvent the gate reads; the real event satisfies it. */
export interface InvokeEventLike<Sender = WebContents> {
  readonly senderFrame: SenderFrame | null;
  readonly sender: Sender & { readonly mainFrame: SenderFrame };
}

export interface SenderTrust<Sender = WebContents> {
  /** The file: URL of our renderer's index.html. */
  appIndexUrl: string;
  /** Whether these web contents belong to a window we created. */
  isOurWindow(sender: Sender): boolean;
}

/** Why a sender is refused, or null when it may call us. */
export function senderRefusal<Sender>(
  event: InvokeEventLike<Sender>,
  trust: SenderTrust<Sender>,
): string | null {
  const frame = event.senderFrame;
  // Null when the frame navigated away or was destroyed after sending: nobody to trust.
  if (frame === null) return 'the sending frame is gone';
  if (!trust.isOurWindow(event.sender)) return 'the sender is not one of our windows';
  const main = event.sender.mainFrame;
  // Distinct WebFrameMain objects can stand for one frame, so compare ids, not identity.
  const isMainFrame =
    frame.parent === null &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId;
  if (!isMainFrame) return 'the sender is not the main frame';
  if (!isAppUrl(frame.url, trust.appIndexUrl)) return 'the sender is not showing our app';
  return null;
}

/**
 * The first issue as `at <path>: <message>`, the path dotted from the payload's root. A key a
 * strict object does not allow is reported at that object, naming the key.
 */
function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (issue === undefined) return 'invalid value';
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
  const at = unknownKey ? keys.slice(0, -1) : keys;
  const path = at.length === 0 ? '(root)' : at.join('.');
  const message = unknownKey
    ? `Unrecognized key: ${JSON.stringify(keys.at(-1) ?? '')}`
    : issue.message;
  return `at ${path}: ${message}`;
}

/**
 * Runs one invocation through the gate: sender check, request parse, handler, response parse.
 * Throws an Error whose message names the channel; Electron passes the message to the caller.
 */
export async function gateInvocation<C extends InvokeChannel, Sender>(
  channel: C,
  event: InvokeEventLike<Sender>,
  args: readonly unknown[],
  handler: ChannelHandler<C, Sender>,
  trust: SenderTrust<Sender>,
): Promise<ChannelResponse<C>> {
  // The types allow only contract channels; this holds at run time too, whatever a caller casts.
  if (!Object.hasOwn(invokeChannels, channel)) {
    throw new Error(`IPC ${String(channel)} refused: not a channel of the contract.`);
  }
  const refusal = senderRefusal(event, trust);
  if (refusal !== null) throw new Error(`IPC ${channel} refused: ${refusal}.`);
  if (args.length > 1) throw new Error(`IPC ${channel} refused: expected one argument.`);

  const requestSchema: v.GenericSchema = invokeChannels[channel].request;
  const responseSchema: v.GenericSchema = invokeChannels[channel].response;

  const request = v.safeParse(requestSchema, args[0]);
  if (!request.success) {
    throw new Error(`IPC ${channel}: malformed request ${describeIssue(request.issues)}.`);
  }
  // The schema is the one the table pairs with C, which TypeScript cannot follow through an
  // index access on a generic key; this assertion and the one below restate the table.
  const result: unknown = await handler(request.output as ChannelRequest<C>, event.sender);
  const response = v.safeParse(responseSchema, result);
  if (!response.success) {
    throw new Error(
      `IPC ${channel}: handler returned a bad response ${describeIssue(response.issues)}.`,
    );
  }
  return response.output as ChannelResponse<C>;
}

// NoInfer: the channel alone decides C, so the handler is checked against it, not inferred.
export type Handle = <C extends InvokeChannel>(
  channel: C,
  handler: ChannelHandler<NoInfer<C>>,
) => void;

/** Builds `handle(channel, handler)`, the only way main registers an IPC handler. */
export function createIpcGate(appIndexUrl: string): Handle {
  const trust: SenderTrust = {
    appIndexUrl,
    isOurWindow: (sender) => BrowserWindow.fromWebContents(sender) !== null,
  };
  return (channel, handler) => {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      gateInvocation(channel, event, args, handler, trust),
    );
  };
}
