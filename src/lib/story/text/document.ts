/**
 * Reads one text document (ArchieML, see https://archieml.org) into its parts, each with the
 * line it was written on so a later check can name `file:line`. A document holds three kinds of
 * part: a field (`title: The walkout`), a list of paragraphs (`[+before]` … `[]`, one paragraph a
 * line) and a map (`{steps}` … `{}`, `state: text` a line). Anything else stops the build.
 */
import archieml from 'archieml';

/** A piece of text and the line of its document it starts on (from 1). */
export interface Located {
	text: string;
	line: number;
}

export interface TextDocument {
	/** The document's path, as errors name it: `src/content/harm.aml`. */
	file: string;
	fields: Record<string, Located>;
	lists: Record<string, Located[]>;
	maps: Record<string, Record<string, Located>>;
}

/** Parse `raw`, the text of `file`. Throws `file:line: reason` on a part of no known kind. */
export function readDocument(file: string, raw: string): TextDocument {
	const lines = raw.split(/\r?\n/);
	/** The line a value starts on: ArchieML keeps no positions, so find its first line. */
	const lineOf = (text: string): number => {
		const first = text.split('\n')[0];
		const whole = lines.findIndex((line) => {
			const trimmed = line.trim();
			return trimmed === first || trimmed.replace(/^[^\s:[\]{}]+\s*:\s*/, '') === first;
		});
		const index = whole >= 0 ? whole : lines.findIndex((line) => line.includes(first));
		return index + 1 || 1;
	};
	const at = (text: string): Located => ({ text, line: lineOf(text) });
	const fail = (key: string, reason: string): never => {
		const index = lines.findIndex((line) => new RegExp(`^\\s*[[{]?\\+?${key}\\b`).test(line));
		throw new Error(`${file}:${index + 1 || 1}: ${reason}`);
	};

	const doc: TextDocument = { file, fields: {}, lists: {}, maps: {} };
	for (const [key, value] of Object.entries(archieml.load(raw))) {
		if (typeof value === 'string') doc.fields[key] = at(value);
		else if (Array.isArray(value)) {
			doc.lists[key] = value.map((item: unknown) => {
				const { type, value: text } = item as { type?: string; value?: unknown };
				if (type !== 'text' || typeof text !== 'string') {
					return fail(
						key,
						`"${key}" holds a "${type}:" line; write paragraphs only (escape a colon with \\)`
					);
				}
				return at(text);
			});
		} else if (value && typeof value === 'object') {
			doc.maps[key] = {};
			for (const [name, text] of Object.entries(value)) {
				if (typeof text !== 'string') fail(key, `"${key}.${name}" is not a line of text`);
				doc.maps[key][name] = at(text as string);
			}
		} else fail(key, `"${key}" is not text, a list or a map`);
	}
	return doc;
}
