/** Each section slug's prose component, in story order; the story page composes them. */
import type { Component, Snippet } from 'svelte';
import type { SectionSlug } from '../outline';
import Walkout from './Walkout.svelte';
import NoRightToStrike from './NoRightToStrike.svelte';
import TheCuts from './TheCuts.svelte';
import Violence from './Violence.svelte';
import Harm from './Harm.svelte';
import Walkouts2016 from './Walkouts2016.svelte';
import PayAndTheCourts from './PayAndTheCourts.svelte';
import Recruitment from './Recruitment.svelte';
import Protest2018 from './Protest2018.svelte';
import Liverpool2019 from './Liverpool2019.svelte';
import WhatChanged from './WhatChanged.svelte';
import WhatHappenedNext from './WhatHappenedNext.svelte';
import Sources from './Sources.svelte';

/** Props every section component takes. */
export interface SectionProps {
	/** The section's scroll-driven chart block(s); undefined for sections without charts. */
	scrolly?: Snippet;
}

export const SECTIONS: Record<SectionSlug, Component<SectionProps>> = {
	walkout: Walkout,
	'no-right-to-strike': NoRightToStrike,
	'the-cuts': TheCuts,
	violence: Violence,
	harm: Harm,
	'walkouts-2016': Walkouts2016,
	'pay-and-the-courts': PayAndTheCourts,
	recruitment: Recruitment,
	'protest-2018': Protest2018,
	'liverpool-2019': Liverpool2019,
	'what-changed': WhatChanged,
	'what-happened-next': WhatHappenedNext,
	sources: Sources
};
