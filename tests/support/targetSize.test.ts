import { describe, expect, it } from 'vitest';
import { targetSizeProblems, type Target } from './targetSize';

const box = (name: string, x: number, y: number, width: number, height = width): Target => ({
	name,
	x,
	y,
	width,
	height
});

describe('targetSizeProblems', () => {
	const cases: [string, Target[], number][] = [
		['a lone 24 px target passes', [box('a', 0, 0, 24)], 0],
		['a lone 10 px target passes by spacing', [box('a', 0, 0, 10)], 0],
		['two 44 px targets edge to edge pass', [box('a', 0, 0, 44), box('b', 44, 0, 44)], 0],
		[
			'two 10 px targets 24 px apart, centre to centre, pass',
			[box('a', 0, 0, 10), box('b', 24, 0, 10)],
			0
		],
		[
			'two 10 px targets 20 px apart, centre to centre, both fail',
			[box('a', 0, 0, 10), box('b', 20, 0, 10)],
			2
		],
		['two 28 px targets that overlap both fail', [box('a', 0, 0, 28), box('b', 14, 0, 28)], 2],
		[
			'a 10 px target 4 px from a 30 px one fails; the big one passes',
			[box('a', 0, 0, 10), box('b', 14, 0, 30)],
			1
		]
	];
	for (const [name, targets, failures] of cases) {
		it(`targetSizeProblems(targets): ${name}`, () => {
			expect(targetSizeProblems(targets)).toHaveLength(failures);
		});
	}

	it('targetSizeProblems(targets) names the target, its size and what is in the way', () => {
		expect(targetSizeProblems([box('a', 0, 0, 10), box('b', 20, 0, 10)])[0]).toBe(
			'a: 10×10 px, and its 24 px circle meets b'
		);
		expect(targetSizeProblems([box('a', 0, 0, 28), box('b', 14, 0, 28)])[0]).toBe(
			'a: 28×28 px, overlapped by b'
		);
	});

	it('targetSizeProblems(targets) does not modify its input', () => {
		const targets = [box('a', 0, 0, 10), box('b', 20, 0, 10)];
		const copy = structuredClone(targets);
		targetSizeProblems(targets);
		expect(targets).toEqual(copy);
	});
});
