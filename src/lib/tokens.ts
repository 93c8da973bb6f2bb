/**
 * The site's design tokens, one fact each: the colour palettes (light, dark, and what paper
 * changes), the two typefaces, and the breakpoints. Pure data.
 *
 * Read by: scripts/tokens-css.ts, which writes them into src/tokens.css as CSS custom properties
 * (a unit test fails while that file is stale); the picture export (hex values for SVG and PNG);
 * scripts/fallback-fonts.js and the PNG renderer (the faces); the story's trigger line and a test
 * that holds every `@media` width and height in src/ to a breakpoint here.
 */

/** The colours every component names as `var(--<token>)`. Contrast checked for WCAG AA. */
export type Palette = {
	/** The page. */
	paper: string;
	/** Cards and controls raised off the page. */
	'paper-raised': string;
	/** Text and the main marks. */
	ink: string;
	/** Secondary text: labels, source lines. */
	'ink-muted': string;
	/** Disabled controls and faint marks. */
	'ink-faint': string;
	/** Borders and separators. */
	rule: string;
	/** Chart gridlines. */
	grid: string;
	/** The one colour for what a step is about. */
	accent: string;
	/** A pale field of the accent. */
	'accent-soft': string;
	/** A second series beside the accent. */
	'series-2': string;
	/** A third, quieter series. */
	'series-3': string;
	/** The keyboard focus ring. */
	focus: string;
};

/** Ink on paper; one accent for what a step is about. */
export const LIGHT: Palette = {
	paper: '#f7f4ee',
	'paper-raised': '#ffffff',
	ink: '#1d1b18',
	'ink-muted': '#57524a',
	'ink-faint': '#8a8378',
	rule: '#d9d3c7',
	grid: '#e6e1d6',
	accent: '#b3361f',
	'accent-soft': '#f0d5cc',
	'series-2': '#2f5d8a',
	'series-3': '#6b6256',
	focus: '#1f5fbf'
};

/** The reader's dark setting, or `data-theme="dark"` on an embed. */
export const DARK: Palette = {
	paper: '#161513',
	'paper-raised': '#211f1c',
	ink: '#ece7dd',
	'ink-muted': '#b5ad9f',
	'ink-faint': '#8c8477',
	rule: '#3a3631',
	grid: '#2c2925',
	accent: '#f07a5e',
	'accent-soft': '#4a2a21',
	'series-2': '#86b3e0',
	'series-3': '#a39a8c',
	focus: '#8bb8ff'
};

/** What printing changes: the surfaces go white (ink on white paper), the rest is kept. */
export const PRINT: Partial<Palette> = {
	paper: '#fff',
	'paper-raised': '#fff'
};

export type Theme = 'light' | 'dark';

/** The palette per theme, as the picture export picks it. */
export const PALETTES: Record<Theme, Palette> = { light: LIGHT, dark: DARK };

/** One self-hosted typeface. */
export interface Typeface {
	/** The family name as CSS and SVG `font-family` give it. */
	family: string;
	/** The @fontsource package that ships its files (Latin subset used). */
	package: string;
	/** The custom property holding its CSS stack, written by scripts/fallback-fonts.js. */
	variable: string;
	/** The generic family that ends every stack. */
	generic: 'serif' | 'sans-serif';
	/** The faces the site loads, in the order the stylesheet imports them. */
	faces: readonly { weight: 400 | 600; style: 'normal' | 'italic' }[];
	/**
	 * What stands in for it in a downloaded SVG opened on a machine without the web font: near
	 * matches first, so it degrades to a likeness rather than the viewer's default.
	 */
	pictureFallbacks: readonly string[];
}

/**
 * The family names on their own as well, for what ships to the browser (the charts' SVG text):
 * a bundle keeps a whole object it reads one field of, and these are all the charts need.
 */
export const TEXT_FAMILY = 'Source Serif 4';
export const UI_FAMILY = 'Source Sans 3';

/** A serif for the text, a sans for labels and controls. */
export const FONTS = {
	text: {
		family: TEXT_FAMILY,
		package: '@fontsource/source-serif-4',
		variable: '--font-text',
		generic: 'serif',
		faces: [
			{ weight: 400, style: 'normal' },
			{ weight: 400, style: 'italic' },
			{ weight: 600, style: 'normal' }
		],
		pictureFallbacks: ['Source Serif Pro', 'Georgia', 'Cambria', 'Times New Roman']
	},
	ui: {
		family: UI_FAMILY,
		package: '@fontsource/source-sans-3',
		variable: '--font-ui',
		generic: 'sans-serif',
		faces: [
			{ weight: 400, style: 'normal' },
			{ weight: 600, style: 'normal' }
		],
		pictureFallbacks: ['Source Sans Pro', 'Helvetica Neue', 'Helvetica', 'Arial', 'Liberation Sans']
	}
} as const satisfies Record<'text' | 'ui', Typeface>;

/** From this width the chart sticks beside the text, and a step turns at mid-screen. */
export const WIDE_PX = 1024;

/**
 * Breakpoints in CSS pixels. A media query below one is written `max-width: <value − 0.02>px`,
 * the form that leaves no gap at fractional widths.
 */
export const BREAKPOINTS_PX = {
	wide: WIDE_PX,
	/** A phone held sideways at least this wide… */
	sidewaysWidth: 740,
	/** …and at most this tall also gets the chart beside the text (too short to stack them). */
	sidewaysHeight: 600
} as const;

/** Breakpoints in rem, which follow the reader's default font size. */
export const BREAKPOINTS_REM = {
	/** Below this a time-series chart's box is drawn taller, for its labels. */
	narrowChart: 40
} as const;
