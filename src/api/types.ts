/**
 * What the app server answers, as the browser and the tests read it: the types of the
 * shared schemas (`schemas.ts`). Type-only imports: no schema code reaches the browser.
 */
import type { Static } from "typebox";
import type * as S from "./schemas";

export type IdentityRole = Static<typeof S.IdentityRole>;
export type Identity = Static<typeof S.Identity>;
export type WorkshopInfo = Static<typeof S.WorkshopInfo>;
export type LinkKeys = Static<typeof S.LinkKeys>;
export type CreatedWorkshop = Static<typeof S.CreatedWorkshop>;
export type TeamsSetup = Static<typeof S.TeamsSetup>;
export type PublicFluidConfig = Static<typeof S.PublicFluidConfig>;
export type ApiErrorBody = Static<typeof S.ApiErrorBody>;
export type MyWorkshop = Static<typeof S.MyWorkshop>;
export type MyWorkshops = Static<typeof S.MyWorkshops>;
export type TokenReply = Static<typeof S.TokenReply>;

/** Request bodies, as the client sends them. */
export type CreateWorkshopBody = Static<typeof S.CreateWorkshopBody>;
export type BindContainersBody = Static<typeof S.BindContainersBody>;
export type JoinBody = Static<typeof S.JoinBody>;
export type FacilitatorBody = Static<typeof S.FacilitatorBody>;
export type HandoffBody = Static<typeof S.HandoffBody>;
export type MineBody = Static<typeof S.MineBody>;
export type TeamsWorkshopBody = Static<typeof S.TeamsWorkshopBody>;
export type TeamsJoinBody = Static<typeof S.TeamsJoinBody>;
export type TokenBody = Static<typeof S.TokenBody>;

/** How the facilitator proves it: the facilitation key, their identity ticket, or (Teams) their sign-in token. */
export type FacilitatorProof = { readonly key: string } | { readonly ticket: string } | { readonly ssoToken: string };
