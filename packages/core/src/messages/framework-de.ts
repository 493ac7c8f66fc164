// Der Framework-Text auf Deutsch, den schon die Auswertung in ein Ergebnis schreibt.
import type { FrameworkMessages } from './framework-en.ts';

export const frameworkDe: FrameworkMessages = {
  'role.research-scientist': {
    name: 'Research Scientist',
    gradeOn: [
      'Die Originalität der gestellten Fragen und der vorgeschlagenen Methoden',
      'Ergebnisse, die andere übernehmen und weiterführen: Papers, Benchmarks, Methoden',
      'Die methodische Strenge der Experimente und ihrer Veröffentlichung',
      'Fortschritt bei langfristigen Vorhaben, beurteilt über Quartale und Jahre statt über Sprints',
    ],
    dontGradeOn: [
      'Ziele für Uptime, Latenz oder GPU-Auslastung',
      'Ausgelieferte Features pro Sprint',
      'Kurzfristige Produktkennzahlen',
    ],
  },
  'role.research-engineer': {
    name: 'Research Engineer',
    gradeOn: [
      'Experimentiergeschwindigkeit: wie schnell aus einer Idee ein Ergebnis wird, dem das Team vertraut',
      'Reproduzierbarkeit und Zuverlässigkeit der Trainings- und Evaluationspipelines',
      'Die Qualität der Daten und Metriken, auf die sich das Team stützt',
      'Methoden, die hochskaliert und in Systeme überführt wurden',
    ],
    dontGradeOn: [
      'Allein die Zahl der Papers, als wäre die Rolle reine Forschung',
      'Allein Produktkennzahlen, als wäre die Rolle reine Produktarbeit',
      'Die Neuheit von Ideen, die die Rolle gar nicht liefern sollte',
    ],
  },
  'role.ai-engineer': {
    name: 'AI Engineer',
    gradeOn: [
      'Was ausgeliefert wurde, und wie zuverlässig es läuft',
      'Latenz, Kosten und Qualität im Produktivbetrieb',
      'Bewegung in Produktkennzahlen und Experimentergebnissen',
      'Wie schnell das Team von den Nutzern lernt und nachbessert',
    ],
    dontGradeOn: [
      'Zahl der Papers oder Zitationen',
      'Neuheit von Methoden um ihrer selbst willen',
      'Benchmark-Rekorde ohne Bezug zu den Nutzern',
    ],
  },
  // Rollennamen sind Substantive und behalten im Satz ihre Großschreibung.
  'role.inSentence': (name: string) => name,

  'regime.separate-tracks.name': 'Getrennte Laufbahnen',
  'regime.flat.name': 'Ein Titel für alle',

  'work.research.name': 'Überwiegend Forschung',
  'work.rnd.name': 'Überwiegend F&E',
  'work.product.name': 'Überwiegend Produktarbeit',
  'grid.research.separate-tracks': {
    verdict:
      'Passt. Eine eigene Forschungslaufbahn schützt ergebnisoffene Arbeit vor der Roadmap, und jede Rolle wird an dem gemessen, wofür es sie gibt.',
    risk: 'Übergaben zwischen den Gruppen und Reibereien darüber, wer den höheren Status hat.',
    manage:
      'Die Schnittstellen zwischen den Gruppen schriftlich festlegen (wer übergibt wem was, und wann), statt zu hoffen, dass es sich von selbst regelt, und Research Engineers als gleichberechtigte Co-Autoren nennen.',
    example:
      'DeepMind führt Research Scientists und Research Engineers in getrennten Laufbahnen; AlphaFold entstand im Applied-Team, überwiegend Research Engineers, die die ersten Monate mit Daten, Metriken und Infrastruktur verbrachten.',
  },
  'grid.research.flat': {
    verdict:
      'Riskant. Ohne eigene Laufbahn verliert ergebnisoffene Arbeit immer wieder gegen die nächste Deadline auf der Roadmap.',
    risk: 'Langfristige Vorhaben werden verdrängt, oder die Forschung wird unsichtbar: Die Leute sind noch da, aber das Unternehmen versteht Forschung nicht mehr als Teil dessen, was es ausmacht.',
    manage:
      'Zeit und Budget für Forschung ausdrücklich schützen und Forschung an Forschungsergebnissen messen, nicht an Produktionskennzahlen.',
  },
  'grid.rnd.separate-tracks': {
    verdict:
      'Funktioniert, sofern eine ausdrücklich benannte Research-Engineer-Rolle die Brücke vom Ergebnis zum System verantwortet.',
    risk: 'Ist niemand für die Brücke zuständig, bleiben Ergebnisse zwischen den Gruppen liegen, und die Übergaben bremsen alles.',
    manage:
      'Die Brücke zur Aufgabe des Research Engineers machen, mit eigenen Karrierestufen und eigenen Metriken (Experimentiergeschwindigkeit, Reproduzierbarkeit, was in Produktion ging) – nicht als Servicedesk für die Scientists.',
  },
  'grid.rnd.flat': {
    verdict: 'Funktioniert, weil in der Praxis ohnehin alle Research Engineering machen.',
    risk: 'Die Übersetzungsarbeit bleibt unsichtbar, wenn kein Titel sie benennt, und längere Forschungsvorhaben ziehen gegenüber dem Ausliefern den Kürzeren.',
    manage:
      'Die Brückenarbeit an ihren eigenen Maßstäben messen (Experimentiergeschwindigkeit, Reproduzierbarkeit, was in Produktion ging), auch unter einem gemeinsamen Titel.',
  },
  'grid.product.separate-tracks': {
    verdict:
      'Mehraufwand. Wenn die Methoden bekannt sind, bringen getrennte Karriereleitern vor allem Prozesse und Statusreibung, aber wenig Gewinn.',
    risk: 'Ein Zwei-Klassen-Gefühl zwischen denen, die Ideen haben, und denen, die sie skalieren, und langsameres Ausliefern durch Übergaben.',
    manage:
      'Wenn Sie die Laufbahnen behalten: die Forschungslaufbahn klein halten, an konkrete Produktfragen binden und beiden Laufbahnen dasselbe Ansehen geben.',
  },
  'grid.product.flat': {
    verdict:
      'Passt. Ein gemeinsamer Titel schafft gemeinsame Verantwortung für das, was ausgeliefert wird, und hält das Team schnell.',
    risk: 'Ergebnisoffene Forschung kann von der nächsten Deadline verdrängt werden, und wer reine Wissenschaft betreiben will, möchte womöglich nicht an Produktionskennzahlen gemessen werden.',
    manage:
      'Einen geschützten Teil der Zeit für längere Vorhaben freihalten, und keine Scientists auf eine Rolle setzen, die an Produktionskennzahlen gemessen wird.',
    example:
      'OpenAI und Anthropic geben allen in Forschung und Engineering denselben Titel, Member of Technical Staff; xAI geht noch weiter und sagt, es gebe dort nur Engineers.',
  },
  'twoJobs.role': {
    summary:
      'Diese Woche enthält zwei Jobs: offene Forschung und Produktarbeit, mit wenig Brückenarbeit dazwischen. Behandeln Sie sie als zwei Rollen, nicht als die Research-Engineer-Mitte.',
    risk: 'Egal, an welcher Spalte gemessen wird: Ein großer Teil der Woche wird an der falschen gemessen – die Forschung an dem, was ausgeliefert wurde, oder die Produktarbeit an Papers. Die langfristigen Vorhaben verlieren meist gegen die Deadline.',
    options: [
      'Aufteilen: ein Research Scientist für die offenen Fragen und ein AI Engineer für das, was ausgeliefert wird, jeweils mit eigener Karriereleiter und eigenen Metriken.',
      'Die Brücke ergänzen: ein Research Engineer, der Forschungsergebnisse in etwas verwandelt, das die Produktseite ausliefern kann.',
      'Wenn vorerst eine Person beides behält: festlegen, wie viel der Woche auf jeden Teil entfällt, und jeden Teil an seiner eigenen Spalte messen.',
    ],
  },
  'twoJobs.dontGradeOn': [
    'Den Forschungsteil an Uptime, Latenz oder ausgelieferten Features',
    'Den Produktteil an Papers, Zitationen oder Neuheit',
  ],
  'note.advice':
    'Das ist ein Rat zur Arbeit, kein Urteil über eine Person. Verwenden Sie ihn nicht, um Bewerbungen zu sichten oder in eine Rangfolge zu bringen.',
};
