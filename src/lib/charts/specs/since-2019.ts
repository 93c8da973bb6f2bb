/** The `since-2019` chart: its chart file and series; states drawn by sinceView. */
import CartesianChart from '../CartesianChart.svelte';
import { defineChart } from '../define';
import { SINCE_SERIES, sinceView, type SinceState } from '../sinceView';

export default defineChart(
	{ id: 'since-2019', component: CartesianChart, series: SINCE_SERIES },
	(s) => sinceView(s as SinceState)
);
