// Short names for the appeals part of the generated API schema, and the value lists the UI walks.
import type { components } from '../../lib/api/schema';

type Schemas = components['schemas'];

export type Appeal = Schemas['Appeal'];
export type AppealSummary = Schemas['AppealSummary'];
export type AppealEvent = Schemas['AppealEvent'];
export type AppealRequest = Schemas['AppealRequest'];
export type AppealActionRequest = Schemas['AppealActionRequest'];
export type FiledAppeal = Schemas['FiledAppeal'];
export type Talon = Schemas['Talon'];
export type AppealType = Schemas['AppealType'];
export type AppealStatus = Schemas['AppealStatus'];
export type AppealOutcome = Schemas['AppealOutcome'];
export type AppealChannel = Schemas['AppealChannel'];
export type AppealAction = Schemas['AppealAction'];
export type ContactPreference = Schemas['ContactPreference'];
export type LeaveGround = Schemas['LeaveGround'];
export type Cosigner = Schemas['Cosigner'];
export type CalendarDay = Schemas['CalendarDay'];
export type CalendarKind = CalendarDay['kind'];
export type AppealAccess = Appeal['access'];

export const kAppealTypes: readonly AppealType[] = ['statement', 'complaint', 'proposal', 'report', 'response', 'request'];
export const kAppealStatuses: readonly AppealStatus[] = [
  'registered',
  'assigned',
  'in_consideration',
  'forwarded',
  'extended',
  'answered',
  'closed',
  'reopened',
  'not_considered',
];
/** Grounds to leave an appeal without consideration (APPK Art. 89), in the order staff pick them. */
export const kLeaveGrounds: readonly LeaveGround[] = ['no_essence', 'anonymous', 'repeated', 'not_competent', 'withdrawn', 'other'];
export const kOutcomes: readonly AppealOutcome[] = ['satisfied', 'partly', 'refused', 'explained'];
/** Channels staff register on behalf of an applicant (`web` is the citizen's own form). */
export const kStaffChannels: readonly AppealChannel[] = ['paper', 'oral', 'phone', 'email', 'reception'];
export const kContactPreferences: readonly ContactPreference[] = ['email', 'phone', 'post', 'account'];
export type AppealCategory = Schemas['AppealCategory'];
export type AnswerTemplate = Schemas['AnswerTemplate'];
export type DashboardRow = Schemas['AppealDashboardRow'];
export type PublicAppeal = Schemas['PublicAppeal'];
export type ExecutiveBody = Schemas['ExecutiveBody'];
export type DeputyRequest = Schemas['DeputyRequest'];
export type DeputyRequestInput = Schemas['DeputyRequestInput'];
