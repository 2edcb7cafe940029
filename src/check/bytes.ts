const utf8 = new TextEncoder();

export function byteLength(text: string): number {
  return utf8.encode(text).length;
}
