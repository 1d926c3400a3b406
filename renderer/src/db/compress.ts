/**
 * Gzip for texts kept only to be read back by the app (the shared copies of a plan): a
 * plan's file shrinks about sixfold. CompressionStream runs in pages, workers and Node.
 */

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Text given in parts (a plan file may be larger than one string), gzipped. */
export function gzipParts(parts: readonly string[]): Promise<Uint8Array> {
  const bytes = new Blob(parts as string[]).stream();
  return collect(bytes.pipeThrough(new CompressionStream('gzip')));
}

export async function gunzipText(gzip: Uint8Array): Promise<string> {
  const bytes = new Blob([gzip as Uint8Array<ArrayBuffer>]).stream();
  const plain = await collect(bytes.pipeThrough(new DecompressionStream('gzip')));
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
