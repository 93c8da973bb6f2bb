/** The `scorecard` chart: its chart file and series; states drawn by scorecardView. */
import { assaultsOnStaff, assaultsOnStaffRolling, deaths, officers, selfHarm } from '$lib/data';
import Scorecard from '../Scorecard.svelte';
import { defineChart } from '../define';
import { scorecardView, type ScorecardState } from '../scorecardView';

export default defineChart(
	{
		id: 'scorecard',
		component: Scorecard,
		series: [officers, assaultsOnStaff, assaultsOnStaffRolling, selfHarm, deaths]
	},
	(s) => scorecardView(s as ScorecardState)
);
