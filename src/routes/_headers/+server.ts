import { headersFile } from '$lib/headers';
import type { RequestHandler } from './$types';

export const prerender = true;
// A file named `_headers` at the root of the build, not a directory with an index.
export const trailingSlash = 'never';

export const GET: RequestHandler = () =>
	new Response(headersFile(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
