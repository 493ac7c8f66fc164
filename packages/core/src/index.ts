export { ANALYZE_MAX_CHARS, analyze, titleColumn } from './analyze.ts';
export { LEXICON, type LexiconEntry } from './analyze-lexicon.ts';
export {
  Analysis,
  AnalysisFlag,
  AnalysisSection,
  AnalysisTitle,
  Evidence,
  FLAG_CODES,
  type FlagCode,
  SECTION_KINDS,
  type SectionKind,
  TextSpan,
} from './analyze-result.ts';
export { type AnswersProblem, checkAnswers } from './check-answers.ts';
export { DEFAULT_QUIZ } from './default-quiz.ts';
export {
  type Fit,
  GRID,
  type GridCell,
  REGIMES,
  type Regime,
  titlingRegime,
  WORK_KINDS,
  type WorkKind,
} from './grid.ts';
export {
  ANCHOR_POSITION,
  COLUMN_OF_ROLE,
  COLUMNS,
  type Column,
  DIMENSION_IDS,
  type DimensionId,
  REGIME_IDS,
  type RegimeId,
  ROLE_IDS,
  ROLE_OF_COLUMN,
  type RoleId,
  type Shares,
  spectrumPosition,
} from './ids.ts';
export { ADVICE_NOTE, jobBrief } from './job-brief.ts';
export { mismatches } from './mismatches.ts';
export { fail, type Outcome, ok, type Problem } from './outcome.ts';
export { type Placement, placeShares, roleAt } from './placement.ts';
export { Portfolio, PortfolioItem, portfolio, staffingFor } from './portfolio.ts';
export {
  AnswerPull,
  GridCellSchema,
  Mismatch,
  QuizResult,
  RegimeAdvice,
  ResultChange,
  SharesSchema,
} from './quiz-result.ts';
export {
  Answers,
  AnswersBody,
  ContextOption,
  ContextQuestion,
  parseQuiz,
  Quiz,
  QuizOption,
  QuizQuestion,
  Weights,
} from './quiz-schema.ts';
export { changesToOtherRoles } from './result-changes.ts';
export { ROLE_PROFILES, type RoleProfile } from './role-profiles.ts';
export { DIMENSIONS, type Dimension, ROLES, type Role } from './roles.ts';
export { score } from './score.ts';
export { decodeAnswers, encodeAnswers } from './share-code.ts';
export { ResponseSubmission, submittedAnswers } from './submission.ts';
