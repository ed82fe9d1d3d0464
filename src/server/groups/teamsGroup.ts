/**
 * In Teams the meeting's chat is the group (a recurring meeting keeps one chat, so every
 * session of the series is the same group): found by its chat id, or created at the
 * first setup, named after that setup's title, its first setter-up its creator and next
 * facilitator. A workshop set up in the chat before groups existed joins the new group.
 */
import { newLinkKey } from "../storage/migrations";
import type { GroupRecord } from "../storage/types";
import { newId } from "../store";
import type { GroupDeps } from "./access";

export async function chatGroup(
	deps: GroupDeps,
	chatId: string,
	/** The new group's name (the setup's title, checked only when the group is new). */
	nameOf: () => string,
	userId: string,
): Promise<{ group: GroupRecord; isNew: boolean }> {
	const { groups, workshops } = deps.storage;
	const found = await groups.byChat(chatId);
	if (found) return { group: found, isNew: false };
	const name = nameOf();
	const legacy = await workshops.findByMeeting(chatId);
	const group: GroupRecord = {
		id: newId(9),
		name,
		createdAt: deps.now(),
		creatorId: userId,
		memberKey: newLinkKey(),
		teamsChatId: chatId,
		nextFacilitatorId: legacy && !legacy.groupId ? legacy.facilitatorId : userId,
	};
	try {
		await groups.put(group);
	} catch (error) {
		// Two first setups at once: the chat id is unique, the other one made the group.
		const other = await groups.byChat(chatId);
		if (other) return { group: other, isNew: false };
		throw error;
	}
	if (legacy && !legacy.groupId) {
		await workshops.put({ ...legacy, groupId: group.id });
		await groups.addMember({
			groupId: group.id,
			userId: legacy.facilitatorId,
			name: legacy.facilitatorName,
			joinedAt: deps.now(),
		});
		return { group, isNew: false };
	}
	return { group, isNew: true };
}
