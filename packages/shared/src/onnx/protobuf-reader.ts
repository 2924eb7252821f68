/** One field of a protobuf message: its number, and either a varint value or a byte slice. */
export interface ProtoField {
  field: number;
  varint?: number;
  bytes?: Uint8Array;
}

function readVarint(buf: Uint8Array, pos: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (pos.at >= buf.length) throw new Error('protobuf: truncated varint');
    const byte = buf[pos.at++] ?? 0;
    value += (byte & 0x7f) * scale;
    if (!(byte & 0x80)) return value;
    scale *= 128;
    if (scale > 2 ** 70) throw new Error('protobuf: varint too long');
  }
}

/**
 * Reads the top-level fields of a protobuf message without a schema. Length-delimited fields
 * are returned as sub-arrays (no copy), so large tensors are skipped cheaply.
 */
export function readFields(buf: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  const pos = { at: 0 };
  while (pos.at < buf.length) {
    const key = readVarint(buf, pos);
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) {
      fields.push({ field, varint: readVarint(buf, pos) });
    } else if (wire === 2) {
      const len = readVarint(buf, pos);
      if (pos.at + len > buf.length) throw new Error('protobuf: truncated field');
      fields.push({ field, bytes: buf.subarray(pos.at, pos.at + len) });
      pos.at += len;
    } else if (wire === 1 || wire === 5) {
      pos.at += wire === 1 ? 8 : 4;
      if (pos.at > buf.length) throw new Error('protobuf: truncated fixed field');
    } else {
      throw new Error(`protobuf: unsupported wire type ${wire}`);
    }
  }
  return fields;
}

const decoder = new TextDecoder();

/** The UTF-8 text of the first length-delimited field `n`, or '' when absent. */
export function stringField(fields: readonly ProtoField[], n: number): string {
  const f = fields.find((x) => x.field === n && x.bytes);
  return f?.bytes ? decoder.decode(f.bytes) : '';
}

/** Every length-delimited occurrence of field `n`. */
export function messages(fields: readonly ProtoField[], n: number): Uint8Array[] {
  return fields.flatMap((x) => (x.field === n && x.bytes ? [x.bytes] : []));
}
