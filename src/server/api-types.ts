/** The API's answers as TypeScript types, derived from the schemas (the web UI imports these). */
import type { Static } from 'typebox';
import type * as S from './schemas.js';

export type ArticlesPage = Static<typeof S.ArticlesPage>;
export type ArticleSummary = Static<typeof S.ArticleSummarySchema>;
export type EntitiesPage = Static<typeof S.EntitiesPage>;
export type EntitySummary = Static<typeof S.EntitySummarySchema>;
export type EventsPage = Static<typeof S.EventsPage>;
export type EventItem = Static<typeof S.EventRecordSchema>;
export type FlagsPage = Static<typeof S.FlagsPage>;
export type Timeline = Static<typeof S.TimelineSchema>;
export type Network = Static<typeof S.NetworkSchema>;
export type Stats = Static<typeof S.StatsSchema>;
export type PloverReference = Static<typeof S.PloverSchema>;
export type EventFilters = Static<typeof S.EventFilters>;
export type StoriesPage = Static<typeof S.StoriesPage>;
export type StorySummary = Static<typeof S.StorySummarySchema>;
export type Story = Static<typeof S.StorySchema>;
export type ApiErrorBody = Static<typeof S.ErrorSchema>;
export type { DocJson } from '../model/json.js';
