import type { Answers } from '@rolefit/core';

/** Where an unfinished quiz is kept, so a reload resumes it. */
export const PROGRESS_KEY = 'rolefit:quiz-progress';

/** An unfinished quiz: its answers so far and the step on screen. */
export type QuizProgress = { version: number; step: number; answers: Answers };

/** Saves and restores an unfinished quiz in `localStorage`; every call survives disabled storage. */
export const quizProgress = {
  /** The saved progress for this quiz version, or a fresh start. */
  load(version: number): QuizProgress {
    const fresh = { version, step: 0, answers: {} };
    try {
      const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null') as QuizProgress | null;
      if (!saved || saved.version !== version || typeof saved.answers !== 'object') return fresh;
      return { version, step: Number(saved.step) || 0, answers: { ...saved.answers } };
    } catch {
      return fresh;
    }
  },
  /** Keep the progress so far. */
  save(progress: QuizProgress) {
    try {
      localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      // Without storage a reload starts over; the quiz itself still works.
    }
  },
  /** Forget the progress (the quiz is finished). */
  clear() {
    try {
      localStorage.removeItem(PROGRESS_KEY);
    } catch {
      // Nothing was saved.
    }
  },
};
