/** The `timeline` chart: its chart file and series; states drawn by timelineView. */
import { timeline } from '$lib/data';
import TimelineChart from '../TimelineChart.svelte';
import { defineChart } from '../define';
import { timelineView, type TimelineState } from '../timelineView';

export default defineChart(
	{
		id: 'timeline',
		component: TimelineChart,
		series: [],
		events: timeline
	},
	(s) => timelineView(s as TimelineState)
);
