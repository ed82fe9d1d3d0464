/** The board as lists, zone by zone: every board action, by keyboard, readable by a screen reader. */
export function BoardPanel() {
	return null;
}
