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

/** Codev groups (issue 12). */
export type GroupMember = Static<typeof S.GroupMember>;
export type GroupInfo = Static<typeof S.GroupInfo>;
export type CreatedGroup = Static<typeof S.CreatedGroup>;
export type GroupView = Static<typeof S.GroupView>;
export type GroupMemberView = Static<typeof S.GroupMemberView>;
export type HistorySession = Static<typeof S.HistorySession>;
export type CurrentWorkshop = Static<typeof S.CurrentWorkshop>;
export type PlanItem = Static<typeof S.PlanItem>;
export type PlanReturn = Static<typeof S.PlanReturn>;
export type ReturnStatus = Static<typeof S.ReturnStatus>;
export type PersonRef = Static<typeof S.PersonRef>;
export type PreviousPlan = Static<typeof S.PreviousPlan>;
export type Carried = Static<typeof S.Carried>;
export type CreatedGroupWorkshop = Static<typeof S.CreatedGroupWorkshop>;
export type MyLearnings = Static<typeof S.MyLearnings>;
export type Continuity = Static<typeof S.Continuity>;
export type NextFacilitator = Static<typeof S.NextFacilitator>;

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
export type CreateGroupBody = Static<typeof S.CreateGroupBody>;
export type JoinGroupBody = Static<typeof S.JoinGroupBody>;
export type TicketBody = Static<typeof S.TicketBody>;
export type CreateGroupWorkshopBody = Static<typeof S.CreateGroupWorkshopBody>;
export type PlanReturnBody = Static<typeof S.PlanReturnBody>;
export type NextFacilitatorBody = Static<typeof S.NextFacilitatorBody>;

/** How the facilitator proves it: the facilitation key, their identity ticket, or (Teams) their sign-in token. */
export type FacilitatorProof = { readonly key: string } | { readonly ticket: string } | { readonly ssoToken: string };
