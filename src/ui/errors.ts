/** Turns what went wrong into a sentence for the person, in their language. */
import { ApiError, NetworkError } from "../api/client";
import { DocumentUnavailableError, IncompatibleDocumentError } from "../fluid/errors";
import type { Translate } from "./i18n";

export function describeError(error: unknown, t: Translate): string {
	if (error instanceof NetworkError) return t("errNetwork");
	if (error instanceof IncompatibleDocumentError) return t(error.kind === "documentIsNewer" ? "errNewer" : "errOlder");
	if (error instanceof DocumentUnavailableError) return t("errUnavailable");
	if (error instanceof ApiError) {
		switch (error.body.error) {
			case "workshopNotFound":
				return t("errNotFound");
			case "wrongKey":
				return t("errWrongKey");
			case "ticketInvalid":
				return t("errTicket");
			case "textTooLong":
				return t("errTooLong", { max: error.body.max ?? 0 });
			case "textEmpty":
				return t("errEmpty");
			case "endTimeInvalid":
				return t("errEndTime");
			case "rateLimited":
				return t("errRateLimited");
			case "wrongLinkKey":
				return t("errLinkKey");
			case "registryFull":
				return t("errRegistryFull");
			case "tooManyActive":
				return t("errTooManyActive", { max: error.body.max ?? 0 });
			case "groupNotFound":
				return t("errGroupNotFound");
			case "notMember":
				return t("errNotMember");
			case "notNextFacilitator":
				return t("errNotNextFacilitator");
			case "groupHasActiveWorkshop":
				return t("errGroupBusy");
			case "notPreviousOffreur":
				return t("errNotPreviousOffreur");
			case "notFacilitator":
				return t("errNotFacilitator");
			case "groupFull":
				return t("errGroupFull", { max: error.body.max ?? 0 });
			case "workshopEnded":
				return t("errWorkshopEnded");
			default:
				return t("errGeneric", { message: error.message });
		}
	}
	return t("errGeneric", { message: error instanceof Error ? error.message : String(error) });
}
