/**
 * A chart's table of numbers as HTML text. The table only ever changes as a whole, with the
 * state; as one string it costs hydration a single node range instead of an effect for each
 * of its hundred-odd cells, which is most of a stuck block's start-up on a slow phone.
 */
import type { ChartTable } from './view';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text made safe to place between tags or inside a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** `<table>` with its caption, a header row, and rows whose first cell heads the row. */
export function tableHtml(table: ChartTable): string {
	const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
	const body = table.rows
		.map(
			(row) =>
				`<tr>${row
					.map((cell, i) =>
						i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`
					)
					.join('')}</tr>`
		)
		.join('');
	return `<table><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
