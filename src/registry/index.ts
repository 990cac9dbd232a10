/** Every custom function, in the order the README's reference lists them. */
import { abTestFunctions } from './functions/abTests';
import { geoExperimentFunctions } from './functions/geoExperiments';
import { geoSyntheticControlFunctions } from './functions/geoSyntheticControl';
import { incrementalityFunctions } from './functions/incrementality';
import { iroasMdeFunctions } from './functions/iroasMde';
import { metricFunctions } from './functions/metrics';
import { srmFunction } from './functions/srm';
import { stageDecisionFunctions } from './functions/stageDecision';
import { stageGateFunctions } from './functions/stageGates';
import { weeksNeededFunction } from './functions/weeksNeeded';
import type { FunctionSpec } from './types';

export interface FunctionGroup {
  readonly title: string;
  readonly functions: readonly FunctionSpec[];
}

export const FUNCTION_GROUPS: readonly FunctionGroup[] = [
  { title: 'Performance metrics', functions: [...metricFunctions, srmFunction] },
  { title: 'Incrementality', functions: [...incrementalityFunctions, ...geoExperimentFunctions] },
  { title: 'Geo tests with many regions (synthetic control)', functions: geoSyntheticControlFunctions },
  { title: 'A/B tests', functions: abTestFunctions },
  { title: 'Stage gates', functions: [...stageGateFunctions, ...stageDecisionFunctions] },
  { title: 'Test design', functions: [weeksNeededFunction, ...iroasMdeFunctions] },
];

export const FUNCTIONS: readonly FunctionSpec[] = FUNCTION_GROUPS.flatMap((g) => g.functions);
