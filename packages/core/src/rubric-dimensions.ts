import type { Messages } from './messages/en.ts';
import { RUBRIC_DIMENSION_IDS, type RubricDimensionId } from './rubric-schema.ts';

/** A dimension of a rubric, named for people. */
export type RubricDimension = { id: RubricDimensionId; name: string };

/**
 * The dimensions a rubric grades, in order, named from a catalogue: the comparison's own names
 * (`dimension.*`) and the bridge's.
 * @example rubricDimensionsIn(en).at(-1) // { id: 'bridge', name: 'Across the bridge' }
 */
export function rubricDimensionsIn(messages: Messages): readonly RubricDimension[] {
  return RUBRIC_DIMENSION_IDS.map((id) => ({
    id,
    name:
      id === 'bridge' ? messages['rubric.dimension.bridge.name'] : messages[`dimension.${id}.name`],
  }));
}
