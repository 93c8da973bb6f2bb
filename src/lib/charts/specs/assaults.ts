/** The `assaults` chart: its chart file and series; states drawn by assaultsView. */
import { assaultRate, assaultsOnStaff, seriousAssaultsOnStaff } from '$lib/data';
import CartesianChart from '../CartesianChart.svelte';
import { defineChart } from '../define';
import { assaultsView, type AssaultsState } from '../assaultsView';

export default defineChart(
	{
		id: 'assaults',
		component: CartesianChart,
		series: [assaultsOnStaff, seriousAssaultsOnStaff, assaultRate]
	},
	(s) => assaultsView(s as AssaultsState)
);
