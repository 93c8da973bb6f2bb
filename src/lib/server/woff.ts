/**
 * Unwrap a WOFF 1.0 font into the TrueType/OpenType (sfnt) file it packs, so the build-time
 * picture renderer (resvg, which reads only sfnt files) can draw with the same self-hosted
 * fonts the pages use. WOFF 1.0 is a table directory whose tables may each be zlib-compressed.
 * https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/** Convert a WOFF 1.0 buffer to an sfnt buffer. Throws on anything that is not WOFF 1.0. */
export function woffToSfnt(woff: Uint8Array): Buffer {
	const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (input.length < 44 || input.readUInt32BE(0) !== WOFF_SIGNATURE) {
		throw new Error('woffToSfnt: not a WOFF 1.0 file (expected the wOFF signature)');
	}
	const flavor = input.readUInt32BE(4);
	const numTables = input.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = 44 + i * 20;
		const entry = {
			tag: input.readUInt32BE(at),
			offset: input.readUInt32BE(at + 4),
			compLength: input.readUInt32BE(at + 8),
			origLength: input.readUInt32BE(at + 12),
			checksum: input.readUInt32BE(at + 16)
		};
		if (entry.offset + entry.compLength > input.length) {
			throw new Error(`woffToSfnt: table ${i} runs past the end of the file`);
		}
		const packed = input.subarray(entry.offset, entry.offset + entry.compLength);
		const data = entry.compLength < entry.origLength ? inflateSync(packed) : packed;
		if (data.length !== entry.origLength) {
			throw new Error(
				`woffToSfnt: table ${i} unpacked to ${data.length} bytes, expected ${entry.origLength}`
			);
		}
		return { ...entry, data };
	});

	const headerLength = 12 + numTables * 16;
	const padded = (n: number) => (n + 3) & ~3;
	const total = tables.reduce((sum, t) => sum + padded(t.origLength), headerLength);
	const out = Buffer.alloc(total);

	// The sfnt offset table's binary-search fields, as the OpenType spec defines them.
	const power = 2 ** Math.floor(Math.log2(numTables));
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(power * 16, 6);
	out.writeUInt16BE(Math.log2(power), 8);
	out.writeUInt16BE(numTables * 16 - power * 16, 10);

	let offset = headerLength;
	tables.forEach((table, i) => {
		const record = 12 + i * 16;
		out.writeUInt32BE(table.tag, record);
		out.writeUInt32BE(table.checksum, record + 4);
		out.writeUInt32BE(offset, record + 8);
		out.writeUInt32BE(table.origLength, record + 12);
		table.data.copy(out, offset);
		offset += padded(table.origLength);
	});
	return out;
}
