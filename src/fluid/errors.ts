/**
 * Why a workshop's documents cannot be opened. Free of Fluid's code, so the pages that only
 * describe an error (the landing page among them) do not load the Fluid client to do so.
 */

/** Why a document cannot be opened by this version of the app. */
export type Incompatibility = "documentIsNewer" | "documentIsOlder";

export class IncompatibleDocumentError extends Error {
	constructor(readonly kind: Incompatibility) {
		super(
			kind === "documentIsNewer"
				? "This workshop was saved by a newer version of the app: reload the page to update."
				: "This workshop was saved by an older version of the app and must be upgraded by someone who can write it.",
		);
	}
}

export class DocumentUnavailableError extends Error {
	constructor(cause?: unknown) {
		super("The workshop's document could not be loaded.", cause === undefined ? undefined : { cause });
	}
}
