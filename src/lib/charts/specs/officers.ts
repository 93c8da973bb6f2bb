/** The `officers` chart: its title, chart file and series; states drawn by officersView. */
import { officers, officersLow2016, population } from '$lib/data';
import CartesianChart from '../CartesianChart.svelte';
import { defineChart } from '../define';
import { officersView, type OfficersState } from '../officersView';

export default defineChart(
	{
		id: 'officers',
		title: 'Officers in public-sector prisons, 2010–2019',
		component: CartesianChart,
		series: [officers, officersLow2016, population]
	},
	(s) => officersView(s as OfficersState)
);
