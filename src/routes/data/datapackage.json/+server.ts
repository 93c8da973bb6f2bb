import { json } from '@sveltejs/kit';
import { dataPackage } from '$lib/server/dataPackage';

export const prerender = true;

export const GET = () => json(dataPackage());
