/** The `assaults` chart: its title, chart file and series; states drawn by assaultsView. */
import { assaultRate, assaultsOnStaff, seriousAssaultsOnStaff } from '$lib/data';
import CartesianChart from '../CartesianChart.svelte';
import { defineChart } from '../define';
import { assaultsView, type AssaultsState } from '../assaultsView';

export default defineChart(
	{
		id: 'assaults',
		title: 'Assaults on prison staff, 2010–2019',
		component: CartesianChart,
		series: [assaultsOnStaff, seriousAssaultsOnStaff, assaultRate]
	},
	(s) => assaultsView(s as AssaultsState)
);
