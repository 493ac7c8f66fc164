export {
  ANALYZE_MAX_CHARS,
  type AnalyzeOptions,
  type Analyzer,
  analyze,
  createAnalyzer,
  titleColumn,
} from './analyze.ts';
export { LEXICON, type LexiconEntry } from './analyze-lexicon.ts';
export { type AnalyzerModel, DEFAULT_MODEL, withWeights } from './analyze-model.ts';
export {
  Analysis,
  AnalysisFlag,
  AnalysisLevel,
  AnalysisSection,
  AnalysisTitle,
  Evidence,
  FLAG_CODES,
  type FlagCode,
  SECTION_KINDS,
  type SectionKind,
  TextSpan,
} from './analyze-result.ts';
export { rewriteText, type Suggestion, uniqueSuggestions } from './analyze-suggestions.ts';
export { type AnswersProblem, checkAnswers } from './check-answers.ts';
export {
  CheckedDocument,
  checkDocuments,
  DOCUMENT_KINDS,
  DocumentCheck,
  type DocumentKind,
  DocumentMismatch,
  type DocumentsToCheck,
  MISMATCH_CODES,
} from './check-documents.ts';
export {
  CONFIDENCE_BANDS,
  type ConfidenceBand,
  confidenceBand,
  confidenceFrom,
  FULL_MARGIN,
  marginConfidence,
  quizConfidence,
} from './confidence.ts';
export { CONFIDENCE_NAMES, confidenceNamesIn } from './confidence-names.ts';
export { type CsvValue, csvCell } from './csv-cell.ts';
export { type CsvColumn, type CsvTable, csvTable } from './csv-table.ts';
export { DEFAULT_QUIZ } from './default-quiz.ts';
export { FIELD_NAME, MAX_FIELD_LENGTH, MAX_FIELDS } from './field-rules.ts';
export { type Grading, grading } from './grading.ts';
export {
  type Fit,
  GRID,
  type GridCell,
  gridIn,
  REGIMES,
  type Regime,
  regimeAdvice,
  regimesIn,
  titlingRegime,
  WORK_KINDS,
  type WorkKind,
  workKindsIn,
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
  spectrumPosition,
} from './ids.ts';
export { ColumnSchema, RoleIdSchema, RolePair, Shares, Unit } from './ids-schema.ts';
export {
  ENGLISH_ISSUE_WORDS,
  type IssueWords,
  issueMessage,
  loadIssueWords,
  ourMessages,
  type ReportedIssue,
} from './issue-text.ts';
export { ADVICE_NOTE, jobBrief } from './job-brief.ts';
export { type LanguagePack, loadLanguage } from './language-pack.ts';
export {
  acceptedLanguages,
  directionOf,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  matchLanguage,
  pageIn,
  resolveLanguage,
} from './languages.ts';
export type { Catalogue } from './messages/catalogue.ts';
export { catalogueProblems } from './messages/catalogue-check.ts';
export { en, type FrameworkMessages, type Messages } from './messages/en.ts';
export { frameworkEn } from './messages/framework-en.ts';
export { mismatches } from './mismatches.ts';
export {
  ORG_WEIGHTINGS,
  OrgPortfolio,
  OrgTeam,
  OrgTeamInput,
  type OrgWeighting,
  orgPortfolio,
} from './org-portfolio.ts';
export { fail, type Outcome, ok, type Problem } from './outcome.ts';
export {
  BETWEEN_MARGIN,
  isSplit,
  placeShares,
  roleAt,
  SPECTRUM_BOUNDARIES,
  SPLIT_ROLES,
  SPLIT_SHARE,
} from './placement.ts';
export { Portfolio, PortfolioItem, portfolio, staffingFor } from './portfolio.ts';
export { maxPull, pullStrength, STRONG_PULL } from './pull-strength.ts';
export {
  AnswerPull,
  GridCellSchema,
  Mismatch,
  Placement,
  QuizResult,
  RegimeAdvice,
  ResultChange,
  TwoJobs,
  TwoJobsPart,
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
} from './quiz-schema.ts';
export {
  canGoNext,
  canSkip,
  currentStep,
  goBack,
  goNext,
  goTo,
  isDone,
  openQuestions,
  pickAnswer,
  type QuizStep,
  type QuizSteps,
  type StartOptions,
  skipClears,
  skipStep,
  startSteps,
  wasSkipped,
} from './quiz-steps.ts';
export { localizeQuiz, type QuizText, quizTextOf } from './quiz-text.ts';
export { type ChangeSearch, searchChanges } from './result-changes.ts';
export { ROLE_PROFILES, type RoleProfile, roleProfilesIn } from './role-profiles.ts';
export {
  DIMENSIONS,
  type Dimension,
  dimensionsIn,
  ROLES,
  type Role,
  roleInSentence,
  rolesIn,
} from './roles.ts';
export { rubric, rubricStages } from './rubric.ts';
export { rubricCsv } from './rubric-csv.ts';
export { type RubricDimension, rubricDimensionsIn } from './rubric-dimensions.ts';
export { RUBRIC_FORMATS, type RubricFormat, renderRubric } from './rubric-format.ts';
export { rubricMarkdown } from './rubric-markdown.ts';
export {
  type CheckedRubricRequest,
  checkRubricRequest,
  defaultRubricRegime,
  RUBRIC_ROLE_CHOICES,
  type RubricRequest,
  SPLIT_NAME,
} from './rubric-request.ts';
export {
  RUBRIC_DIMENSION_IDS,
  RUBRIC_LEVELS,
  RUBRIC_STAGES,
  Rubric,
  RubricCriterion,
  type RubricDimensionId,
  RubricInterface,
  RubricLadder,
  RubricLevel,
} from './rubric-schema.ts';
export { score } from './score.ts';
export { scoreChecked } from './score-checked.ts';
export { SCORED_QUIZ } from './scored-quiz.ts';
export { decodeAnswers, encodeAnswers } from './share-code.ts';
export { splitAnswers } from './split-answers.ts';
export { SPREAD_BANDS, type SpreadBand, spreadBand } from './spread-bands.ts';
export {
  Fields,
  ResponseSubmission,
  submittedAnswers,
} from './submission.ts';
export {
  type TeamMembers,
  teamMembers,
  VIEWS_ALIKE_WITHIN,
  viewsAlike,
} from './team-members.ts';
export {
  TEAM_TWO_JOBS,
  type TeamTwoJobsScope,
  teamTwoJobs,
  teamTwoJobsTextIn,
} from './team-two-jobs.ts';
export {
  ROLE_TWO_JOBS,
  roleTwoJobsIn,
  TWO_JOBS_DONT_GRADE_ON,
  type TwoJobsScope,
  type TwoJobsText,
  twoJobs,
} from './two-jobs.ts';
