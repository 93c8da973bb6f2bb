/**
 * The placeholder grammar of the story's text documents (src/content/*.aml):
 *
 *     text        = { literal | placeholder }
 *     placeholder = "{" [ ( "lower" | "upper" ) " " ] verb { " " argument } "}"
 *     literal     = any characters but "{", "}" and the digits 0-9
 *
 * `verb` names a phrase of the vocabulary (see ./vocabulary.ts): `{figure officers 2010}`,
 * `{on protest-2016-11-15}`, `{quote poaSavage}`. `lower` lower-cases the phrase's first letter
 * unless it starts an acronym, for a headline read mid-sentence; `upper` capitalises it, for a
 * term that starts a table heading. A literal digit is refused: every
 * number a reader sees comes from the data module, a named term, an attributed claim or a quote.
 * Every failure names the document and line: `src/content/violence.aml:12: reason`.
 */
import { lower } from '../phrases';

/** A phrase: reads its arguments from `args` and returns the words it stands for. */
type Phrase = (args: Arguments) => string;

/** The phrases a text may name, by verb. */
export type Vocabulary = Readonly<Record<string, Phrase>>;

/** Where a text was read: the document's path and the line the text starts on. */
export interface Where {
	file: string;
	line: number;
}

/** A placeholder's arguments, read in order; each reader throws with a reason on a bad one. */
export class Arguments {
	private next = 0;
	constructor(private readonly tokens: readonly string[]) {}

	/** The next argument as it was written; throws when there is none. */
	word(what: string): string {
		const token = this.tokens[this.next];
		if (token === undefined) throw new Error(`missing ${what}`);
		this.next += 1;
		return token;
	}

	/** The next argument without consuming it, or undefined at the end. */
	peek(): string | undefined {
		return this.tokens[this.next];
	}

	/** The next argument as a four-digit year. */
	year(): number {
		const token = this.word('year');
		if (!/^\d{4}$/.test(token)) throw new Error(`expected a year, got "${token}"`);
		return Number(token);
	}

	/** The next argument as a key of `table`, naming `what` when it is not one. */
	key<T extends object>(table: T, what: string): keyof T & string {
		const token = this.word(what);
		if (!Object.hasOwn(table, token)) throw new Error(`unknown ${what} "${token}"`);
		return token as keyof T & string;
	}

	/** Throws when arguments are left over. */
	end(): void {
		if (this.next < this.tokens.length) {
			throw new Error(`unexpected argument "${this.tokens[this.next]}"`);
		}
	}
}

/** Matches a placeholder, or a stray brace that opens or closes none. */
const TOKEN = /\{([^{}]*)\}|[{}]/g;

/**
 * The text with every placeholder replaced by its phrase. Throws `file:line: reason` on an
 * unknown verb, a bad or missing argument, a stray brace or a digit typed into the literal text.
 */
export function resolve(text: string, vocabulary: Vocabulary, where: Where): string {
	const fail = (offset: number, reason: string): never => {
		const line = where.line + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
		throw new Error(`${where.file}:${line}: ${reason}`);
	};
	let out = '';
	let last = 0;
	const literal = (to: number) => {
		const part = text.slice(last, to);
		const digit = part.search(/\d/);
		if (digit >= 0) {
			const around = part.slice(Math.max(0, digit - 20), digit + 20).trim();
			fail(last + digit, `a figure was typed into the text: "${around}"; use a placeholder`);
		}
		out += part;
	};
	for (const match of text.matchAll(TOKEN)) {
		literal(match.index);
		last = match.index + match[0].length;
		if (match[1] === undefined) fail(match.index, `a stray "${match[0]}"`);
		out += phrase(match[1], vocabulary, (reason) => fail(match.index, `${reason} in ${match[0]}`));
	}
	literal(text.length);
	return out;
}

/** One placeholder's words: its verb's phrase over its arguments, lower-cased if asked. */
function phrase(body: string, vocabulary: Vocabulary, fail: (reason: string) => never): string {
	const tokens = body.trim().split(/\s+/).filter(Boolean);
	const lowered = tokens[0] === 'lower';
	const raised = tokens[0] === 'upper';
	if (lowered || raised) tokens.shift();
	const [verb, ...rest] = tokens;
	if (!verb) return fail('an empty placeholder');
	if (!Object.hasOwn(vocabulary, verb)) return fail(`unknown placeholder "${verb}"`);
	try {
		const args = new Arguments(rest);
		const words = vocabulary[verb](args);
		args.end();
		return lowered ? lower(words) : raised ? words.charAt(0).toUpperCase() + words.slice(1) : words;
	} catch (error) {
		return fail(error instanceof Error ? error.message : String(error));
	}
}
