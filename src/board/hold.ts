/**
 * "The card I hold": the one thing this person is dragging right now (a card, a dot on a
 * note, or a dot from the tray). While held, nothing from the tree moves it; on drop it
 * goes back to what the tree says.
 */
import type { Tag } from "./scene";

export class Hold {
	private held: Tag | undefined;

	get current(): Tag | undefined {
		return this.held;
	}

	/** Is this id the one in my hand? */
	is(id: string): boolean {
		return this.held?.id === id;
	}

	take(tag: Tag): void {
		this.held = tag;
	}

	/** Lets go; returns what was held. */
	release(): Tag | undefined {
		const held = this.held;
		this.held = undefined;
		return held;
	}
}
