/**
 * How the data module labels a period: '15 Nov 2016', 'Nov 2016'. The same text as the app's
 * formatDate (d3's `%-d %b %Y` and `%b %Y` in English), written here because the data build
 * imports nothing from the app; data/build.test.ts holds the two to the same output.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, number, number] {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
	if (!match) throw new Error(`labels: expected YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(iso)}`);
	return [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
}

/** '2016-11-15' → '15 Nov 2016'. */
export function dayLabel(iso: string): string {
	const [year, month, day] = parts(iso);
	return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** '2016-11' or '2016-11-01' → 'Nov 2016'. */
export function monthLabel(iso: string): string {
	const [year, month] = parts(iso);
	return `${MONTHS[month - 1]} ${year}`;
}
