/**
 * The step and my role, as every zone (and the workshop's page) reads them. Apart from
 * ./useBoardState so that the page's first paint does not bring the board list's words.
 */
import type { Role, StepId } from "../../domain/steps";
import { currentStep, roleOfUser } from "../../fluid/read";
import { shallowEqual, useTree } from "../hooks";
import { useWorkshop } from "../workshopContext";

/** What every zone needs from the process: the step, my role, who facilitates, who offers. */
export interface PanelView {
	readonly step: StepId;
	readonly role: Role;
	readonly me: string;
	readonly facilitatorId: string;
	readonly offreurId: string | undefined;
	/** The facilitator has ended the workshop: the board is read only. */
	readonly ended: boolean;
}

export function usePanelView(): PanelView {
	const { session } = useWorkshop();
	const process = session.processView.root;
	const me = session.me;
	return useTree(
		process,
		() => ({
			step: currentStep(process),
			role: roleOfUser(process, me.userId, me.role === "observer"),
			me: me.userId,
			facilitatorId: process.facilitatorId,
			offreurId: process.offreurId,
			ended: process.endedAt !== undefined,
		}),
		shallowEqual,
	);
}
