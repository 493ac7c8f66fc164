// Die Texte des Quiz auf Deutsch: Titel, Einleitung, Fragen und Antworten (Schlüssel wie im Englischen).
import type { QuizText } from '../quiz-text.ts';

export const quizTextDe: QuizText = {
  title: 'Welche Rolle verlangt diese Arbeit?',
  intro:
    'Fünf Fragen zu der Arbeit, die den größten Teil der Woche ausfüllt. Antworten Sie für die Arbeit, nicht für die Person, die sie macht.',
  'core-question.prompt': 'Welche Frage soll diese Arbeit beantworten?',
  'core-question.option.unknown': 'Was ist wahr oder möglich, das noch niemand gezeigt hat?',
  'core-question.option.test-idea':
    'Hält diese neue Idee, was sie verspricht? Das müssen wir zeigen, und zwar schnell.',
  'core-question.option.build-to-test':
    'Was müssen wir bauen, damit Experimente schnell und reproduzierbar laufen?',
  'core-question.option.make-real':
    'Wie wird aus einer Methode, die im Labor funktioniert, ein System?',
  'core-question.option.ship':
    'Wie bringen wir das zuverlässig, skalierbar und zu vertretbaren Kosten zu den Nutzern?',
  'output.prompt': 'Wenn ein Stück dieser Arbeit fertig ist: Was lässt sich vorzeigen?',
  'output.option.paper': 'Ein Paper, eine neue Methode oder ein neuer Benchmark',
  'output.option.prototype':
    'Ein Prototyp, der das bisher beste Ergebnis übertrifft, samt schriftlicher Auswertung',
  'output.option.infra':
    'Trainings- oder Eval-Infrastruktur, kuratierte Daten, ein Experiment-Framework',
  'output.option.scaled':
    'Eine Methode, die jetzt im großen Maßstab läuft, bereit für ein Produktteam',
  'output.option.shipped':
    'Ein Service oder Feature in Produktion, und was es an den Kennzahlen bewegt hat',
  'optimizes-for.prompt': 'Was steigt in einem guten Monat?',
  'optimizes-for.option.novelty': 'Neuheit: ein Ergebnis, das andere zitieren und weiterführen',
  'optimizes-for.option.both':
    'Ein publizierbares Ergebnis, erreicht durch schnelle, sorgfältige Experimente',
  'optimizes-for.option.velocity': 'Experimentiergeschwindigkeit und Reproduzierbarkeit',
  'optimizes-for.option.quality':
    'Modellqualität in Evals, die vorhersagen, was bei den Nutzern ankommt',
  'optimizes-for.option.kpis': 'Uptime, Latenz, Kosten oder eine Produktkennzahl',
  'time-horizon.prompt': 'Wie lange dauert es, bis Sie wissen, ob sich die Arbeit gelohnt hat?',
  'time-horizon.option.years': 'Jahre, und vielleicht lohnt sie sich nie',
  'time-horizon.option.year-or-two': 'Ein bis zwei Jahre',
  'time-horizon.option.months': 'Ein paar Monate',
  'time-horizon.option.quarter': 'Etwa ein Quartal',
  'time-horizon.option.weeks': 'Wochen: Das nächste Release zeigt es',
  'background.prompt': 'Wen würden Sie morgen für diese Arbeit einstellen?',
  'background.option.phd': 'Jemanden mit Promotion und Erstautorschaften im Fachgebiet',
  'background.option.hybrid':
    'Jemanden aus der Forschung, der soliden Code schreibt, oder aus dem Engineering, der Papers liest',
  'background.option.ml-systems':
    'Jemanden mit starkem Informatik-Hintergrund, der schon ML-Systeme gebaut hat',
  'background.option.applied':
    'Jemanden aus der Softwareentwicklung, der Modelle schon per Fine-Tuning angepasst, evaluiert und betrieben hat',
  'background.option.swe': 'Jemanden aus der Produktentwicklung mit Erfahrung im Produktivbetrieb',
  'title.prompt': 'Welchen Titel trägt die Person, die diese Arbeit macht, heute?',
  'title.help':
    'Optional. Das Ergebnis ändert sich dadurch nicht; Sie sehen aber, ob der Titel zur Arbeit passt.',
  'title.option.research-scientist': 'Research Scientist oder AI Researcher',
  'title.option.research-engineer': 'Research Engineer',
  'title.option.engineer': 'ML Engineer, AI Engineer oder Software Engineer',
  'title.option.shared': 'Einen gemeinsamen Titel für alle, etwa Member of Technical Staff',
  'title.option.none': 'Noch niemand, oder etwas anderes',
  'reviewed-on.prompt': 'Woran wird diese Person heute gemessen?',
  'reviewed-on.help':
    'Optional. Das Ergebnis ändert sich dadurch nicht; Sie sehen aber, ob die Kennzahlen zur Arbeit passen.',
  'reviewed-on.option.papers': 'Papers, Zitationen, Neuheit',
  'reviewed-on.option.velocity': 'Experimentiergeschwindigkeit, Infrastruktur, Reproduzierbarkeit',
  'reviewed-on.option.shipping':
    'Was ausgeliefert wurde: Uptime, Latenz, Kosten, Produktkennzahlen',
  'reviewed-on.option.unclear': 'Bisher an nichts Bestimmtem',
};
