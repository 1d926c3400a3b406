// write-file-atomic ships no types; this declares only the promise form main uses.
declare module 'write-file-atomic' {
  interface WriteFileAtomicOptions {
    encoding?: BufferEncoding | null;
    /** Defaults to true: the temporary file is fsynced before the rename. */
    fsync?: boolean;
    mode?: number | false;
    chown?: { uid: number; gid: number } | false;
  }
  function writeFileAtomic(
    filename: string,
    data: string | Uint8Array,
    options?: WriteFileAtomicOptions,
  ): Promise<void>;
  export default writeFileAtomic;
}
