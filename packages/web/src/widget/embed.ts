// The embed entry: `<script type="module" src="/embed.js">` registers <rolefit-quiz>.
import { defineRolefitQuiz } from './rolefit-quiz.ts';

defineRolefitQuiz();
