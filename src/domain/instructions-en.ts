/** The kit's consignes, step by step and role by role, in English. */
import type { StepText } from "./instructions";

export const EN: StepText = {
	invitation: {
		title: "Invitation",
		facilitator: "Invite people, stressing the posture of contribution. Share the workshop link.",
		participant: "You are invited to a mutual-aid workshop: come in a posture of contribution.",
	},
	accueil: {
		title: "Welcome",
		facilitator:
			"If people do not know each other, take time to get acquainted. Offer an icebreaker to put everyone at ease. Offer a drink.",
		participant: "Get to know the other people here.",
	},
	presentation: {
		title: "Presentation",
		facilitator:
			"Present what a mutual-aid workshop is, its flow, the rules of the game and the roles. The process infographic stays visible to all.",
		participant: "Listen to the presentation of the workshop, its flow, the rules of the game and the roles.",
	},
	regles: {
		title: "Rules of the game",
		facilitator:
			"Ask: “What is important for you for this to go well?” Write the answers on the “Rules of the game” sheet. Check that everyone agrees the facilitator may remind the rules when needed.",
		participant: "Say what is important for you for the session to go well.",
	},
	recherche: {
		title: "Finding a problem",
		facilitator:
			"Invite the participants to find something in their professional practice that poses a problem: not necessarily blocking; it can be a past event to revisit or something to do soon.",
		participant:
			"Find something in your professional practice that poses a problem and write your problématique. It stays private until the sharing.",
	},
	partage: {
		title: "Sharing the problems",
		facilitator: "Each participant presents their problématique in 2 minutes at most. Keep the time.",
		participant: "Present your problématique in 2 minutes at most, then put the sheet on the table.",
	},
	choix: {
		title: "Choosing the problem",
		facilitator:
			"Explain that the participants choose together the problématique to explore: 3 dots each, at most 2 on the same one; voting for one's own is allowed.",
		participant: "Place your 3 dots on the problématiques of your choice: at most 2 on the same one; you may vote for your own.",
	},
	consentement: {
		title: "Checking the offreur's consent",
		facilitator:
			"Ask the person whose problématique was chosen whether they still agree that it be worked on collectively. Thank them for the generosity of sharing. Deal the role cards.",
		participant: "Each participant receives a role card and reads it.",
		offreur: "Thank you for the generosity of sharing. Read your role card.",
		contributor: "Read your role card.",
	},
	expose: {
		title: "Exposing the situation",
		facilitator: "The offreur exposes the situation. Keep the time.",
		offreur: "Expose a problem you meet in your daily professional life.",
		contributor: "Listen actively, take notes.",
	},
	clarification: {
		title: "Clarification questions",
		facilitator:
			"Give the instruction: “In turn, contributors ask one clarification question. These questions help the person offering a situation clarify their request for help. It is information gathering: no judgement.”",
		offreur: "Answer factually, without justifying yourself, as briefly as possible.",
		contributor:
			"In turn, ask one short, clear question and write it down. Together you are responsible for sharing the floor fairly. Take notes.",
	},
	reformulation: {
		title: "Reformulation",
		facilitator: "If needed, help the person formulate their request for help.",
		offreur:
			"Take time to think about your request for help and write: “J'aimerais que le groupe m'aide à …” (I would like the group to help me …)",
		contributor: "Listen to the request for help.",
	},
	reflexion: {
		title: "Individual reflection",
		facilitator: "You may take a break during this time.",
		offreur: "You may take a break during this time.",
		contributor:
			"Write on your rebond cards: Have I faced the same problem? How did I meet the challenge? What worked or not? Your testimony or reference.",
	},
	echanges: {
		title: "Exchanges between contributors",
		facilitator:
			"Keep the process on track: time, circulation of speech, no advice and no judgement. It is a time to share experience or references.",
		offreur: "You are not in the discussion: take notes of what is shared.",
		contributor:
			"Take the floor in turn. If you have already spoken, wait until everyone has had the chance. Keep writing rebonds.",
	},
	recolte: {
		title: "Harvest",
		facilitator: "If needed, help the person who offered a situation formulate their action plan.",
		offreur: "Keep 2 or 3 ideas that particularly spoke to you.",
		contributor: "The offreur chooses the ideas that speak to them.",
	},
	plan: {
		title: "Writing the action plan",
		facilitator: "If needed, help the offreur formulate the action plan.",
		offreur: "Write the first actions you will put in place, saying when if you can.",
		contributor: "You may take a break during this time.",
	},
	"partage-offreur": {
		title: "Sharing",
		facilitator: "The offreur shares their learnings and action plan.",
		offreur: "Share with the group what you learned and your action plan.",
		contributor: "Listen to what the offreur keeps from the session.",
	},
	"partage-contributeurs": {
		title: "Contributors' sharing",
		facilitator: "Each contributor shares what they leave with: 1 minute per person.",
		offreur: "Listen to what the contributors keep.",
		contributor: "Share what you leave with, from the content or the process.",
	},
	documentation: {
		title: "After the session: documentation",
		facilitator: "Check that everyone agrees for the notes to be documented.",
		offreur: "If everyone agrees, condense all the notes to share them with the group, for example in a shared file.",
		contributor: "Say whether you agree for the notes to be documented and shared with the group.",
	},
};
