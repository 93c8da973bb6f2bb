/** The `since-2019` chart: its chart file and series; states drawn by sinceView. */
import {
	assaultsOnStaff,
	deaths,
	deathsRolling,
	experience10Plus,
	experienceUnder3,
	officers,
	selfHarm,
	selfInflictedDeaths
} from '$lib/data';
import CartesianChart from '../CartesianChart.svelte';
import { defineChart } from '../define';
import { sinceView, type SinceState } from '../sinceView';

export default defineChart(
	{
		id: 'since-2019',
		component: CartesianChart,
		series: [
			officers,
			experience10Plus,
			experienceUnder3,
			assaultsOnStaff,
			selfHarm,
			deaths,
			selfInflictedDeaths,
			deathsRolling
		]
	},
	(s) => sinceView(s as SinceState)
);
