/**
 * The bridge's methods for plans kept in files (shared/ipc/document-contract.ts). Like the
 * rest of the bridge: one named method per channel, fields copied one by one so nothing extra
 * the page attached crosses, and values from main checked before a listener sees them.
 */
import { ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ChannelRequest, ChannelResponse, InvokeChannel } from '../../shared/ipc/contract';
import type {
  DOCUMENT_CHANGED_CHANNEL,
  DOCUMENT_QUIT_CHANNEL,
  DocumentApi,
} from '../../shared/ipc/document-contract';

const changedChannel: typeof DOCUMENT_CHANGED_CHANNEL = 'document:changed';
const quitChannel: typeof DOCUMENT_QUIT_CHANNEL = 'document:quit-request';

type Invoke = <C extends InvokeChannel>(
  channel: C,
  request: ChannelRequest<C>,
) => Promise<ChannelResponse<C>>;

export function documentBridge(invoke: Invoke): DocumentApi {
  return {
    openDocument: () => invoke('document:open', undefined),
    openDroppedDocument(file) {
      // Only a file the user dropped (or picked) has a path; one made by script has none.
      const path = webUtils.getPathForFile(file);
      if (path === '') {
        return Promise.resolve({
          status: 'error',
          message: 'This file cannot be opened as a document; import it instead.',
        });
      }
      return invoke('document:open-dropped', { path });
    },
    chooseDocumentLocation: (suggestedName) => invoke('document:choose-save', { suggestedName }),
    readDocument: (token) => invoke('document:read', { token }),
    writeDocument: (request) =>
      invoke('document:write', {
        token: request.token,
        parts: [...request.parts],
        expectedStamp: request.expectedStamp,
      }),
    watchDocument: (token, watching) => invoke('document:watch', { token, watching }),
    sameDocument: (a, b) => invoke('document:same-file', { a, b }),
    showDocument: (state) =>
      invoke(
        'document:show',
        state === null ? null : { name: state.name, edited: state.edited, token: state.token },
      ),
    onDocumentChanged(listener) {
      const forward = (_event: IpcRendererEvent, token: unknown) => {
        if (typeof token === 'string') listener(token);
      };
      ipcRenderer.on(changedChannel, forward);
      return () => {
        ipcRenderer.removeListener(changedChannel, forward);
      };
    },
    onDocumentsQuit(listener) {
      // Main waits for an answer naming its request (or gives up after a while), so one is
      // always sent: a failure leaves nothing reported unsaved, and the page has said why.
      const answer = (_event: IpcRendererEvent, requestId: unknown, action: unknown) => {
        if (typeof requestId !== 'string' || (action !== 'flush' && action !== 'save')) return;
        void (async () => {
          let unsaved: string[];
          try {
            unsaved = (await listener(action)).filter((name) => typeof name === 'string');
          } catch {
            unsaved = [];
          }
          await invoke('document:quit-answer', { requestId, unsaved });
        })().catch(() => undefined);
      };
      ipcRenderer.on(quitChannel, answer);
      return () => {
        ipcRenderer.removeListener(quitChannel, answer);
      };
    },
  };
}
