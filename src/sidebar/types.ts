/** The server's answers as the sidebar reads them: the one declaration in src/api/serverApi.ts. */
import type { EvaluationJson, SettingsWithLocale } from '../api/serverApi';

export type { DashboardJson, EvaluationJson, ImportResultJson } from '../api/serverApi';
export type StageJson = EvaluationJson['stages'][number];
export type SettingsJson = SettingsWithLocale;
