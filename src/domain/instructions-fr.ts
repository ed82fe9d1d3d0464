/** The kit's consignes, step by step and role by role, in French (the kit's own words). */
import type { StepText } from "./instructions";

export const FR: StepText = {
	invitation: {
		title: "Invitation",
		facilitator: "Invitez en mettant bien l'accent sur la posture de contribution. Partagez le lien de l'atelier.",
		participant: "Vous êtes invité·e à un atelier d'entraide : venez dans une posture de contribution.",
	},
	accueil: {
		title: "Accueil des participants",
		facilitator:
			"Si les personnes ne se connaissent pas, prenez le temps de faire connaissance. Proposez un dispositif facilitant l'accueil pour mettre les personnes dans de bonnes conditions. Proposez une boisson.",
		participant: "Faites connaissance avec les autres personnes présentes.",
	},
	presentation: {
		title: "Présentation",
		facilitator:
			"Présentez ce qu'est un atelier d'entraide, son déroulé, les règles du jeu et les rôles. L'infographie reste visible de tous.",
		participant: "Écoutez la présentation de l'atelier, de son déroulé, des règles du jeu et des rôles.",
	},
	regles: {
		title: "Règles du jeu",
		facilitator:
			"Demandez : « Qu'est-ce qui est important pour vous pour que ça se passe bien ? » Notez les réponses sur la feuille « Règles du jeu ». Vérifiez que tout le monde est d'accord pour que la personne qui facilite rappelle les règles si besoin.",
		participant: "Dites ce qui est important pour vous pour que la séance se passe bien.",
	},
	recherche: {
		title: "Recherche de problématique",
		facilitator:
			"Proposez aux participants de chercher dans leur pratique professionnelle une chose qui pose problème : pas forcément très bloquante, ce peut être un événement passé sur lequel revenir ou quelque chose à faire prochainement.",
		participant:
			"Cherchez dans votre pratique professionnelle une chose qui vous pose problème et écrivez votre problématique. Elle reste privée jusqu'au partage.",
	},
	partage: {
		title: "Partage de problématiques",
		facilitator: "Chaque participant expose sa problématique en 2 minutes maximum. Veillez au temps.",
		participant: "Exposez votre problématique en 2 minutes maximum, puis posez la feuille sur la table.",
	},
	choix: {
		title: "Choix de la problématique",
		facilitator:
			"Indiquez que les participants vont choisir ensemble la problématique qui va être explorée : 3 gommettes chacun, 2 au maximum sur la même problématique, il est possible de voter pour la sienne.",
		participant:
			"Posez vos 3 gommettes sur les problématiques de votre choix : 2 au maximum sur la même ; vous pouvez voter pour la vôtre.",
	},
	consentement: {
		title: "Vérifier le consentement de l'offreur",
		facilitator:
			"Demandez à la personne qui a proposé la problématique choisie si elle est toujours d'accord pour qu'elle soit traitée collectivement. Remerciez-la de la générosité de ce partage. Répartissez les cartes rôles.",
		participant: "Chaque participant reçoit une carte rôle et en prend connaissance.",
		offreur: "Merci pour la générosité de ce partage. Prenez connaissance de votre carte rôle.",
		contributor: "Prenez connaissance de votre carte rôle.",
	},
	expose: {
		title: "Exposé de la situation",
		facilitator: "L'offreur expose sa situation. Veillez au temps.",
		offreur: "Exposez un problème que vous rencontrez dans votre quotidien professionnel.",
		contributor: "Écoute active, prenez des notes.",
	},
	clarification: {
		title: "Questions de clarification",
		facilitator:
			"Donnez la consigne : « À tour de rôle, les contributeurs formulent une question de clarification. Ces questions aident la personne qui offre une situation à clarifier sa demande d'aide. Il s'agit d'une prise d'information, aucun jugement ne doit être porté. »",
		offreur: "Répondez de manière factuelle, sans chercher à vous justifier, le plus brièvement possible.",
		contributor:
			"À tour de rôle, posez une question claire et brève et écrivez-la. Vous portez collectivement la responsabilité de la bonne répartition de la parole. Prenez des notes.",
	},
	reformulation: {
		title: "Reformulation",
		facilitator: "Si besoin, aidez la personne à formuler sa demande d'aide.",
		offreur: "Prenez le temps de réfléchir à votre demande d'aide et écrivez : « J'aimerais que le groupe m'aide à … »",
		contributor: "Écoutez la demande d'aide.",
	},
	reflexion: {
		title: "Réflexion individuelle",
		facilitator: "Vous pouvez profiter de ce temps pour faire une pause.",
		offreur: "Vous pouvez profiter de ce temps pour faire une pause.",
		contributor:
			"Notez sur vos rebonds : Est-ce que j'ai déjà été confronté·e à la même problématique ? Comment j'ai relevé ce défi ? Qu'est-ce qui a fonctionné ou pas ? Votre témoignage ou référence.",
	},
	echanges: {
		title: "Échanges entre les contributeurs",
		facilitator:
			"Veillez au bon déroulement du processus : respect du temps et de la circulation de la parole, pas de conseils ni de jugements. C'est un temps pour partager son expérience ou des références.",
		offreur: "Vous n'êtes pas dans la discussion : prenez note des partages.",
		contributor:
			"Prenez la parole à tour de rôle. Si vous vous êtes déjà exprimé·e, attendez que tout le monde ait eu l'occasion de s'exprimer. Continuez à écrire vos rebonds.",
	},
	recolte: {
		title: "Récolte",
		facilitator: "Si besoin, aidez la personne qui a offert une situation à formuler son plan d'action.",
		offreur: "Conservez 2 ou 3 idées qui vous ont particulièrement parlé.",
		contributor: "L'offreur choisit les idées qui lui parlent.",
	},
	plan: {
		title: "Rédaction du plan d'action",
		facilitator: "Si besoin, aidez l'offreur à formuler son plan d'action.",
		offreur:
			"Notez les premières actions que vous allez mettre en place, si possible en disant quand vous allez les mettre en place.",
		contributor: "Vous pouvez profiter de ce temps pour faire une pause.",
	},
	"partage-offreur": {
		title: "Partage",
		facilitator: "L'offreur partage ses apprentissages et son plan d'action.",
		offreur: "Partagez au groupe vos apprentissages et votre plan d'action.",
		contributor: "Écoutez ce que l'offreur retient de la séance.",
	},
	"partage-contributeurs": {
		title: "Partage des contributeurs",
		facilitator: "Chaque contributeur·rice partage ce avec quoi elle ou il repart : 1 minute par personne.",
		offreur: "Écoutez ce que les contributeur·rice·s retiennent.",
		contributor: "Partagez les apprentissages avec lesquels vous repartez, du contenu ou du processus.",
	},
	documentation: {
		title: "Après la séance : documentation",
		facilitator: "Vérifiez que tout le monde est d'accord pour que les notes soient documentées.",
		offreur:
			"Si tout le monde est d'accord, condensez l'ensemble des notes pour les partager au groupe, par exemple dans un fichier partagé.",
		contributor: "Dites si vous êtes d'accord pour que les notes soient documentées et partagées au groupe.",
	},
};
