/** The `experience` chart: its chart file and series; states drawn by experienceView. */
import { experience10Plus, experienceUnder3 } from '$lib/data';
import CartesianChart from '../CartesianChart.svelte';
import { defineChart } from '../define';
import { experienceView, type ExperienceState } from '../experienceView';

export default defineChart(
	{
		id: 'experience',
		component: CartesianChart,
		series: [experienceUnder3, experience10Plus]
	},
	(s) => experienceView(s as ExperienceState)
);
