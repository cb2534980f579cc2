// Short names for the reception schemas (generated from api/openapi.yaml).
import type { components } from '../../lib/api/schema';

type Schemas = components['schemas'];

export type ReceptionSession = Schemas['ReceptionSession'];
export type ReceptionSlot = Schemas['ReceptionSlot'];
export type ReceptionBooking = Schemas['ReceptionBooking'];
export type ReceptionBookingView = Schemas['ReceptionBookingView'];
export type ReceptionScheduleRequest = Schemas['ReceptionScheduleRequest'];
export type ReceptionMoveRequest = Schemas['ReceptionMoveRequest'];
export type ReceptionScheduleResult = Schemas['ReceptionScheduleResult'];
export type ReceptionVisitRequest = Schemas['ReceptionVisitRequest'];
export type ReceptionAppealRequest = Schemas['ReceptionAppealRequest'];
export type ReceptionWalkInRequest = Schemas['ReceptionWalkInRequest'];
export type BookingStatus = ReceptionBooking['status'];
export type PlaceKind = ReceptionSession['place_kind'];
export const kPlaceKinds: readonly PlaceKind[] = ['maslikhat', 'party_office', 'field', 'online'];
export type ReceptionStats = Schemas['ReceptionStats'];
export type ReceptionStatsRow = Schemas['ReceptionStatsRow'];
