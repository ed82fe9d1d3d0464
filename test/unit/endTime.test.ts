import { describe, expect, it } from "vitest";
import { announcedEndFrom, endTimeQuestion } from "../../src/domain/endTime";

describe("the announced end time", () => {
	const at812 = new Date(2026, 11, 1, 8, 12, 0);

	it("takes a time still ahead today as today", () => {
		const end = announcedEndFrom("11:30", at812);
		expect(end.kind).toBe("today");
		if (end.kind === "today") expect(new Date(end.at).getHours()).toBe(11);
	});

	it("says when a time is already past today, and offers tomorrow instead of taking it silently", () => {
		const end = announcedEndFrom("08:02", at812);
		expect(end.kind).toBe("pastToday");
		if (end.kind !== "pastToday") return;
		const tomorrow = new Date(end.tomorrow);
		expect(tomorrow.getDate()).toBe(2);
		expect([tomorrow.getHours(), tomorrow.getMinutes()]).toEqual([8, 2]);
		expect(endTimeQuestion("08:02", "fr")).toBe("08:02 est déjà passée aujourd'hui : vouliez-vous dire demain à 08:02 ?");
		expect(endTimeQuestion("08:02", "en")).toBe("08:02 has already passed today: did you mean tomorrow at 08:02?");
	});

	it("refuses what is not a time", () => {
		expect(announcedEndFrom("", at812).kind).toBe("invalid");
		expect(announcedEndFrom("25:00", at812).kind).toBe("invalid");
		expect(announcedEndFrom("8h", at812).kind).toBe("invalid");
	});
});
