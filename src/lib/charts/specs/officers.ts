/** The `officers` chart: its chart file and series; states drawn by officersView. */
import { officers, officersLow2016, population } from '$lib/data';
import CartesianChart from '../CartesianChart.svelte';
import { defineChart } from '../define';
import { officersView, type OfficersState } from '../officersView';

export default defineChart(
	{
		id: 'officers',
		component: CartesianChart,
		series: [officers, officersLow2016, population]
	},
	(s) => officersView(s as OfficersState)
);
