/**
 * The open plan's file, kept in step while the plan is on screen: changes on disk are taken in
 * (the host watches the file and the window looks again when it gets focus), the title shows
 * the file and whether it has unsaved edits, and leaving with edits the file does not have yet
 * asks first: a page cannot finish an asynchronous write while it unloads, so even a pending
 * autosave is started and the browser asks the user to stay until it is written.
 */
import { useEffect } from 'react';
import { useBinding } from '../../db/documents';
import { platform } from '../../platform';
import { flushAutosaves, syncFromFile } from './document-sync';

export function useDocument(planId: string | null): void {
  const binding = useBinding(planId);
  const host = platform.documents;
  const location = binding?.location;

  useEffect(() => {
    if (!host || !planId || !location) return;
    return host.watch(location, () => void syncFromFile(planId));
  }, [host, planId, location]);

  useEffect(() => {
    host?.showDocument(
      binding ? { name: binding.name, edited: binding.dirty, location: binding.location } : null,
    );
  }, [host, binding]);

  useEffect(() => {
    // Where the host asks itself before closing (the desktop app), the page must not: a
    // prevented unload there would silently keep the window open after the user's answer.
    if (host?.onQuit) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!binding?.dirty) return;
      event.preventDefault();
      if (binding.autosave) void flushAutosaves();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [host, binding]);
}
