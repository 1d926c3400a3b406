import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createIpcGate,
  gateInvocation,
  type InvokeEventLike,
  type SenderTrust,
} from '../../../electron/main/ipc/handle';
import { FakeBrowserWindow, type FakeFrame, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const APP_URL = 'file:///app/dist/renderer/index.html';

interface Sender {
  name: string;
  mainFrame: FakeFrame;
}

function makeSender(url = APP_URL, name = 'ours'): Sender {
  return { name, mainFrame: { url, parent: null, processId: 7, routingId: 1 } };
}
function eventFrom(
  sender: Sender,
  frame: FakeFrame | null = sender.mainFrame,
): InvokeEventLike<Sender> {
  return { sender, senderFrame: frame };
}
const trust: SenderTrust<Sender> = { appIndexUrl: APP_URL, isOurWindow: (s) => s.name === 'ours' };
const setEditState = vi.fn(() => undefined);

beforeEach(() => {
  resetFakeElectron();
  setEditState.mockClear();
});

describe('gateInvocation', () => {
  test('passes a good request to the handler and returns its parsed answer', async () => {
    const info = { name: 'Lifecycle Planner', version: '1.0.0', platform: 'linux' };
    await expect(
      gateInvocation('app:get-info', eventFrom(makeSender()), [], () => info, trust),
    ).resolves.toEqual(info);
    await expect(
      gateInvocation(
        'menu:set-edit-state',
        eventFrom(makeSender()),
        [{ canUndo: true, canRedo: false }],
        setEditState,
        trust,
      ),
    ).resolves.toBeUndefined();
    expect(setEditState).toHaveBeenCalledWith(
      { canUndo: true, canRedo: false },
      expect.objectContaining({ name: 'ours' }),
    );
  });

  test('hands the handler the sending web contents, so dialogs can sit on its window', async () => {
    const sender = makeSender();
    const handler = vi.fn((_request: undefined, from: Sender) => ({
      name: from.name,
      version: '1',
      platform: 'x',
    }));
    await expect(
      gateInvocation('app:get-info', eventFrom(sender), [], handler, trust),
    ).resolves.toMatchObject({ name: 'ours' });
    expect(handler).toHaveBeenCalledWith(undefined, sender);
  });

  test('refuses a window that is not ours', async () => {
    const stranger = makeSender(APP_URL, 'stranger');
    await expect(
      gateInvocation(
        'menu:set-edit-state',
        eventFrom(stranger),
        [{ canUndo: true, canRedo: true }],
        setEditState,
        trust,
      ),
    ).rejects.toThrow('IPC menu:set-edit-state refused: the sender is not one of our windows.');
    expect(setEditState).not.toHaveBeenCalled();
  });

  test('refuses a subframe, even one showing our document', async () => {
    const sender = makeSender();
    const subframe: FakeFrame = {
      url: APP_URL,
      parent: sender.mainFrame,
      processId: 7,
      routingId: 2,
    };
    await expect(
      gateInvocation(
        'menu:set-edit-state',
        eventFrom(sender, subframe),
        [{ canUndo: true, canRedo: true }],
        setEditState,
        trust,
      ),
    ).rejects.toThrow(/not the main frame/);
    expect(setEditState).not.toHaveBeenCalled();
  });

  test('refuses a frame that has a parent, even if its ids match the main frame', async () => {
    const sender = makeSender();
    const nested: FakeFrame = { ...sender.mainFrame, parent: { ...sender.mainFrame } };
    await expect(
      gateInvocation('app:get-info', eventFrom(sender, nested), [], vi.fn(), trust),
    ).rejects.toThrow(/not the main frame/);
  });

  test('refuses a top frame that is not the main frame of the sending contents', async () => {
    const sender = makeSender();
    const other: FakeFrame = { url: APP_URL, parent: null, processId: 8, routingId: 1 };
    await expect(
      gateInvocation('app:get-info', eventFrom(sender, other), [], vi.fn(), trust),
    ).rejects.toThrow(/not the main frame/);
  });

  test.each([
    'https://evil.example/',
    'http://localhost.evil.example:3001',
    'file:///etc/passwd',
    'about:blank',
  ])('refuses our main frame once it shows %s', async (url) => {
    const handler = vi.fn();
    await expect(
      gateInvocation('app:get-info', eventFrom(makeSender(url)), [], handler, trust),
    ).rejects.toThrow(/not showing our app/);
    expect(handler).not.toHaveBeenCalled();
  });

  test('refuses a sender whose frame is gone', async () => {
    await expect(
      gateInvocation('app:get-info', eventFrom(makeSender(), null), [], vi.fn(), trust),
    ).rejects.toThrow(/frame is gone/);
  });

  test.each([
    ['a missing field', { canUndo: true }, 'at canRedo'],
    ['a wrong type', { canUndo: 'yes', canRedo: false }, 'at canUndo'],
    ['an extra field', { canUndo: true, canRedo: false, run: 'rm -rf' }, 'at (root)'],
    ['no object at all', 'undo', 'at (root)'],
  ])(
    'refuses a malformed payload (%s), naming the channel and the path',
    async (_label, payload, where) => {
      const attempt = gateInvocation(
        'menu:set-edit-state',
        eventFrom(makeSender()),
        [payload],
        setEditState,
        trust,
      );
      await expect(attempt).rejects.toThrow(`IPC menu:set-edit-state: malformed request ${where}`);
      expect(setEditState).not.toHaveBeenCalled();
    },
  );

  test('names a field the contract does not allow, at the object that holds it', async () => {
    const area = { x: 0, y: 0, width: 10, height: 10, scale: 2 };
    await expect(
      gateInvocation(
        'file:export-png',
        eventFrom(makeSender()),
        [{ planName: 'P', viewName: 'Board', area }],
        vi.fn(),
        trust,
      ),
    ).rejects.toThrow('IPC file:export-png: malformed request at area: Unrecognized key: "scale".');
  });

  test('refuses a URL longer than the contract allows', async () => {
    const url = `https://example.com/${'a'.repeat(3000)}`;
    await expect(
      gateInvocation('shell:open-external', eventFrom(makeSender()), [{ url }], () => true, trust),
    ).rejects.toThrow(/shell:open-external: malformed request at url/);
  });

  test('refuses extra arguments', async () => {
    await expect(
      gateInvocation('theme:set-source', eventFrom(makeSender()), ['dark', 'more'], vi.fn(), trust),
    ).rejects.toThrow(/expected one argument/);
  });

  test('refuses a handler answer that breaks the contract', async () => {
    // A handler typed against the contract cannot return this; the check guards what types cannot.
    const rogue = (() => ({ name: 'x' })) as unknown as () => {
      name: string;
      version: string;
      platform: string;
    };
    await expect(
      gateInvocation('app:get-info', eventFrom(makeSender()), [], rogue, trust),
    ).rejects.toThrow(/app:get-info: handler returned a bad response at version/);
  });
});

describe('channels outside the contract', () => {
  test('the gate refuses one before the handler runs', async () => {
    await expect(
      gateInvocation(
        'fs:read-file' as 'app:get-info',
        eventFrom(makeSender()),
        [],
        setEditState as never,
        trust,
      ),
    ).rejects.toThrow('IPC fs:read-file refused: not a channel of the contract.');
    expect(setEditState).not.toHaveBeenCalled();
  });

  test('nothing is registered for one, so invoking it is not handled', () => {
    const handle = createIpcGate(APP_URL);
    handle('theme:set-source', setEditState);
    expect([...ipcMain.handlers.keys()]).toEqual(['theme:set-source']);
    expect(ipcMain.handlers.has('fs:read-file')).toBe(false);
    expect(ipcMain.handlers.has('__proto__')).toBe(false);
  });
});

describe('createIpcGate', () => {
  test('registers through ipcMain and trusts only our windows', async () => {
    const handle = createIpcGate(APP_URL);
    handle('theme:set-source', setEditState);
    const listener = ipcMain.handlers.get('theme:set-source');
    const window = new FakeBrowserWindow({});
    const ours = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(listener?.(ours, 'dark')).resolves.toBeUndefined();
    expect(setEditState).toHaveBeenCalledWith('dark', window.webContents);

    const stray = new FakeBrowserWindow({}).webContents;
    FakeBrowserWindow.instances.pop();
    await expect(
      listener?.({ sender: stray, senderFrame: stray.mainFrame }, 'dark'),
    ).rejects.toThrow(/not one of our windows/);
    expect(setEditState).toHaveBeenCalledTimes(1);
  });
});
