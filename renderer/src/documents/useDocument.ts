/**
 * The open plan's file, kept in step while the plan is on screen: changes on disk are taken in
 * (the host watches the file and the window looks again when it gets focus), the title shows
 * the file and whether it has unsaved edits, and leaving with unsaved edits that autosave will
 * not write asks first.
 */
import { useEffect } from 'react';
import { useBinding } from '../db/documents';
import { platform } from '../platform';
import { syncFromFile } from './document-sync';

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
      if (binding && binding.dirty && !binding.autosave) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [host, binding]);
}
