/**
 * The announced end of the session, typed as a time of day. A time already past today is
 * never taken silently as tomorrow: the person is asked whether they meant tomorrow.
 */
import { interpolate, type Locale, type Localized } from "./locale";

export type AnnouncedEnd =
	| { readonly kind: "invalid" }
	| { readonly kind: "today"; readonly at: number }
	/** Already past today (or right now): `tomorrow` is the same time tomorrow, if that was meant. */
	| { readonly kind: "pastToday"; readonly tomorrow: number };

/** Reads "HH:MM" against the local clock `now`. */
export function announcedEndFrom(hhmm: string, now: Date): AnnouncedEnd {
	const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
	if (!match) return { kind: "invalid" };
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (hours > 23 || minutes > 59) return { kind: "invalid" };
	const d = new Date(now);
	d.setHours(hours, minutes, 0, 0);
	if (d.getTime() > now.getTime()) return { kind: "today", at: d.getTime() };
	d.setDate(d.getDate() + 1);
	return { kind: "pastToday", tomorrow: d.getTime() };
}

export const END_TIME_WORDS: Readonly<Record<"pastToday" | "yesTomorrow" | "changeTime", Localized>> = {
	pastToday: {
		fr: "{time} est déjà passée aujourd'hui : vouliez-vous dire demain à {time} ?",
		en: "{time} has already passed today: did you mean tomorrow at {time}?",
	},
	yesTomorrow: { fr: "Oui, demain à {time}", en: "Yes, tomorrow at {time}" },
	changeTime: { fr: "Changer l'heure", en: "Change the time" },
};

/** "08:02 est déjà passée aujourd'hui : vouliez-vous dire demain à 08:02 ?" */
export function endTimeQuestion(time: string, locale: Locale): string {
	return interpolate(END_TIME_WORDS.pastToday[locale], { time: time.trim() });
}

export function endTimeWord(key: "yesTomorrow" | "changeTime", time: string, locale: Locale): string {
	return interpolate(END_TIME_WORDS[key][locale], { time: time.trim() });
}
