// The embed entry: `<script type="module" src="/embed.js">` registers <rolefit-quiz>.
// The words first: the bundle keeps this order, and text next to text compresses better.
import './widget-language.ts';
import { defineRolefitQuiz } from './rolefit-quiz.ts';

defineRolefitQuiz();
