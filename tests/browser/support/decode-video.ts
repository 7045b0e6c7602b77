import type { Page } from 'playwright-core';

/**
 * Decodes a clip's frames in the page (WebCodecs; Node has no video decoder) and returns the wanted ones as PNG
 * bytes. The container is read in Node with mediabunny; every packet from the first key frame on is decoded, so
 * delta frames come out right.
 */
export async function decodeFramesAsPng(page: Page, file: Buffer, wanted: readonly number[]): Promise<Buffer[]> {
  const { Input, BufferSource, ALL_FORMATS, EncodedPacketSink } = await import('mediabunny');
  const input = new Input({ source: new BufferSource(file), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  if (!track) throw new Error('the clip has no video track');
  const config = await track.getDecoderConfig();
  if (!config) throw new Error('no decoder configuration for the clip');
  const d = config.description;
  const description = d
    ? Buffer.from(ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : new Uint8Array(d)).toString('base64')
    : null;
  const packets: { key: boolean; timestampUs: number; durationUs: number; data: string }[] = [];
  for await (const packet of new EncodedPacketSink(track).packets()) {
    packets.push({
      key: packet.type === 'key', timestampUs: Math.round(packet.timestamp * 1e6), durationUs: Math.round(packet.duration * 1e6),
      data: Buffer.from(packet.data).toString('base64'),
    });
  }
  const urls = await page.evaluate(async ({ codec, codedWidth, codedHeight, description, packets, wanted }) => {
    const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const frames: VideoFrame[] = [];
    let failure: unknown = null;
    const decoder = new VideoDecoder({ output: (frame) => frames.push(frame), error: (error) => { failure = error; } });
    decoder.configure({ codec, codedWidth, codedHeight, ...(description ? { description: bytes(description) } : {}) });
    for (const p of packets) {
      decoder.decode(new EncodedVideoChunk({ type: p.key ? 'key' : 'delta', timestamp: p.timestampUs, duration: p.durationUs, data: bytes(p.data) }));
    }
    await decoder.flush();
    if (failure) throw failure;
    frames.sort((a, b) => a.timestamp - b.timestamp);
    const canvas = document.createElement('canvas');
    const out = wanted.map((index) => {
      const frame = frames.at(index)!;
      canvas.width = frame.displayWidth;
      canvas.height = frame.displayHeight;
      canvas.getContext('2d')!.drawImage(frame, 0, 0);
      return canvas.toDataURL('image/png');
    });
    for (const frame of frames) frame.close();
    return out;
  }, { codec: config.codec, codedWidth: config.codedWidth ?? 0, codedHeight: config.codedHeight ?? 0, description, packets, wanted });
  return urls.map((url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
}
