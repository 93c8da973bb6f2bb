/** Types for `archieml` (ArchieML 0.5, which ships none): the parser of src/content/*.aml. */
declare module 'archieml' {
	/** The structure the document describes: strings, objects and arrays of them. */
	export function load(input: string, options?: { comments?: boolean }): Record<string, unknown>;
	const archieml: { load: typeof load };
	export default archieml;
}
