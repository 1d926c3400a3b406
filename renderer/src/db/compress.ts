/**
 * Gzip for texts kept only to be read back by the app (backups, the shared copies of a plan,
 * an import's undo): a plan's file shrinks about sixfold. CompressionStream runs in pages,
 * workers and Node.
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

/** Characters encoded and handed to the compressor at a time: small parts are gathered. */
const CHUNK_CHARS = 1 << 16;

/**
 * Text given in parts (a plan file may be larger than one string), gzipped as the parts come:
 * neither the whole text nor its bytes are ever held at once, only the compressed output, so
 * a generator of parts costs no more memory than its current part.
 */
export async function gzipParts(parts: Iterable<string>): Promise<Uint8Array> {
  const compressor = new CompressionStream('gzip');
  const output = collect(compressor.readable);
  const writer = compressor.writable.getWriter();
  const encoder = new TextEncoder();
  try {
    let pending = '';
    for (const part of parts) {
      pending += part;
      if (pending.length < CHUNK_CHARS) continue;
      await writer.write(encoder.encode(pending));
      pending = '';
    }
    if (pending.length > 0) await writer.write(encoder.encode(pending));
    await writer.close();
  } catch (error) {
    // The output's own failure is this one: it is reported once, from here.
    output.catch(() => undefined);
    await writer.abort(error).catch(() => undefined);
    throw error;
  }
  return output;
}

/** A Blob's bytes (a plan file kept off the JS heap), gzipped as they stream. */
export function gzipBlob(blob: Blob): Promise<Uint8Array> {
  return collect(blob.stream().pipeThrough(new CompressionStream('gzip')));
}

/** Gzipped bytes unzipped into a Blob, whose bytes the browser holds, not the JS heap. */
export function gunzipBlob(gzip: Uint8Array): Promise<Blob> {
  const bytes = new Blob([gzip as Uint8Array<ArrayBuffer>]).stream();
  return new Response(bytes.pipeThrough(new DecompressionStream('gzip'))).blob();
}

export async function gunzipText(gzip: Uint8Array): Promise<string> {
  const bytes = new Blob([gzip as Uint8Array<ArrayBuffer>]).stream();
  const plain = await collect(bytes.pipeThrough(new DecompressionStream('gzip')));
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
