/** The `harm` chart: its chart file and series; states drawn by harmView. */
import { deaths, selfHarm, selfInflictedDeaths } from '$lib/data';
import CartesianChart from '../CartesianChart.svelte';
import { defineChart } from '../define';
import { harmView, type HarmState } from '../harmView';

export default defineChart(
	{
		id: 'harm',
		component: CartesianChart,
		series: [selfHarm, selfInflictedDeaths, deaths]
	},
	(s) => harmView(s as HarmState)
);
