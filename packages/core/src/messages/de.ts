// Der Text von core auf Deutsch: Framework, Rollenprofile, Teamrat, Meldungen und das Stellenprofil.
import { auditDe } from './audit-de.ts';
import type { Messages } from './en.ts';
import { frameworkDe } from './framework-de.ts';
import { rubricDe } from './rubric-de.ts';

/** Ein Anteil (0 bis 1) in ganzen Prozent, mit schmalem geschütztem Leerzeichen: „40 %“. */
const percent = (x: number) => `${Math.round(x * 100)}\u202F%`;
/** Eine Dezimalzahl mit Komma: „0,50“. */
const decimal = (x: number, digits: number) => x.toFixed(digits).replace('.', ',');
const BAND = { high: 'hoch', moderate: 'mittel', low: 'gering' } as const;
/** Die Art der Arbeit mitten im Satz (auch für `work.*.inSentence`). */
const WORK_IN_SENTENCE = {
  research: 'überwiegend Forschung',
  rnd: 'überwiegend F&E',
  product: 'überwiegend Produktarbeit',
} as const;
/** Der Analyzer reicht den Namen der Arbeit kleingeschrieben weiter; hier bekommt er seine Großbuchstaben zurück. */
const workInSentence = (work: string) =>
  Object.values(WORK_IN_SENTENCE).find((w) => w.toLowerCase() === work.toLowerCase()) ?? work;
/** Eine Aufzählung: „A“, „A und B“, „A, B und C“. */
const andList = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;

export const de: Messages = {
  ...frameworkDe,

  'dimension.core-question.name': 'Kernfrage',
  'dimension.output.name': 'Ergebnis',
  'dimension.optimizes-for.name': 'Optimiert auf',
  'dimension.time-horizon.name': 'Zeithorizont',
  'dimension.background.name': 'Typischer Hintergrund',

  'profile.research-scientist.alias': ['AI Researcher', 'KI-Forscher'],
  'profile.research-scientist.summary':
    'Stellt Fragen, die noch niemand beantwortet hat, erfindet Methoden, um sie zu beantworten, und schreibt auf, was sich dabei gezeigt hat. Das Produkt ist Wissen, auf dem andere aufbauen.',
  'profile.research-scientist.core-question':
    'Was ist wahr oder möglich, das noch niemand gezeigt hat?',
  'profile.research-scientist.output': 'Papers, neue Methoden, neue Benchmarks',
  'profile.research-scientist.optimizes-for': 'Neuheit und wissenschaftliche Wirkung',
  'profile.research-scientist.time-horizon': 'Jahre',
  'profile.research-scientist.background': 'Promotion und eine Liste von Veröffentlichungen',
  'profile.research-engineer.alias': ['Research Engineer', 'ML Research Engineer'],
  'profile.research-engineer.summary':
    'Baut, was aus einer Idee einen belastbaren Test macht: Trainings- und Evaluationsinfrastruktur, kuratierte Daten, Metriken und Experimente, die im großen Maßstab laufen. Die Brücke zwischen einem Forschungsergebnis und einem funktionierenden System, und oft auch Co-Autor.',
  'profile.research-engineer.core-question':
    'Was müssen wir bauen, um es herauszufinden – schnell und wiederholbar?',
  'profile.research-engineer.output':
    'Trainingsinfrastruktur, Experiment-Frameworks, Methoden, die im großen Maßstab laufen',
  'profile.research-engineer.optimizes-for': 'Experimentiergeschwindigkeit und Reproduzierbarkeit',
  'profile.research-engineer.time-horizon': 'Monate bis einige Jahre',
  'profile.research-engineer.background':
    'Solide Informatik und praktische Erfahrung mit ML-Systemen',
  'profile.ai-engineer.alias': ['ML Engineer', 'Product AI Engineer', 'KI-Engineer'],
  'profile.ai-engineer.summary':
    'Wählt vorhandene Modelle aus, passt sie an und macht daraus Systeme, die zuverlässig laufen, skalieren und sich rechnen: Datenpipelines, Serving, Latenz und Kosten, Produktintegration, A/B-Tests.',
  'profile.ai-engineer.core-question':
    'Wie bringen wir das zuverlässig und im großen Maßstab zu den Nutzern?',
  'profile.ai-engineer.output': 'Services in Produktion, Produktfeatures, gewonnene A/B-Tests',
  'profile.ai-engineer.optimizes-for': 'Uptime, Latenz, Kosten und Geschäftskennzahlen',
  'profile.ai-engineer.time-horizon': 'Wochen bis einige Monate',
  'profile.ai-engineer.background': 'Softwareentwicklung und Erfahrung im Produktivbetrieb',

  'work.research.summary':
    'Lange, unsichere Vorhaben, die auf Wissen zielen, das noch niemand hat.',
  'work.rnd.summary':
    'Forschungsergebnisse in Systeme übersetzen, die ein Team bauen und ausliefern kann.',
  'work.product.summary':
    'Bekannte Methoden, konsequent auf ein Produkt angewandt, im großen Maßstab.',
  'work.research.inSentence': WORK_IN_SENTENCE.research,
  'work.rnd.inSentence': WORK_IN_SENTENCE.rnd,
  'work.product.inSentence': WORK_IN_SENTENCE.product,

  'regime.separate-tracks.summary':
    'Eigene Titel für Research Scientists, Research Engineers und Engineers, jeweils mit eigener Karriereleiter und eigenen Metriken.',
  'regime.flat.summary':
    'Alle tragen denselben Titel (Member of Technical Staff oder einfach Engineer) und arbeiten über den ganzen Stack hinweg.',

  'twoJobs.team-groups': {
    summary:
      'Das Team arbeitet an beiden Enden, in der Forschung und am Produkt, mit wenig Brückenarbeit dazwischen. Sein Durchschnitt landet in der Mitte, aber kaum jemand arbeitet dort: Das ist kein Research-Engineering-Team.',
    risk: 'Ergebnisse bleiben zwischen den beiden Gruppen liegen, und ein einziger Titel oder eine einzige Karriereleiter misst die eine Gruppe an der Spalte der anderen.',
    options: [
      'Zwei Laufbahnen mit klaren Schnittstellen zwischen den Gruppen: wer übergibt wem was, und wann.',
      'Die Brücke besetzen: Research Engineers, die Ergebnisse aus der Forschungsgruppe ins Produkt tragen.',
      'Unter einem Titel für alle: jede Gruppe an ihrer eigenen Spalte messen und die Zeit der Forschungsgruppe vor der Roadmap schützen.',
    ],
  },
  'twoJobs.team-everyone': {
    summary:
      'Die meisten im Team halten beide Enden zugleich, offene Forschung und Produktarbeit, mit wenig Brückenarbeit dazwischen: Jede und jeder von ihnen macht zwei Jobs in einem.',
    risk: 'Alle werden an einer Spalte gemessen, arbeiten aber in zweien, und die langfristigen Forschungsvorhaben verlieren gegen die nächste Deadline.',
    options: [
      'Die Rollen aufteilen: Die einen verantworten die Forschung, die anderen das, was ausgeliefert wird, und alle werden an ihrer eigenen Spalte gemessen.',
      'Die Brücke ergänzen: Research Engineers, die Ergebnisse in etwas Auslieferbares verwandeln, damit niemand beide Enden halten muss.',
      'Wo Leute beides behalten: vereinbaren, wie viel der Woche auf jeden Teil entfällt, und jeden Teil an seiner eigenen Spalte messen.',
    ],
  },

  'mismatch.title': (role: string, work: string) =>
    `Der Titel lautet ${role}, die Arbeit ist aber ${work}. Ein Titel weckt Erwartungen und legt eine Karriereleiter fest; dieser zeigt auf eine andere Spalte.`,
  'mismatch.review': (role: string, work: string) =>
    `Beurteilt wird nach den Kennzahlen der Rolle ${role}, die Arbeit ist aber ${work}: Das heißt, an der falschen Spalte messen.`,

  'answers.notObject': 'answers muss ein Objekt sein, das Fragen-IDs auf Options-IDs abbildet',
  'answers.unknownQuestion': (id: string, known: readonly string[]) =>
    `unbekannte Frage "${id}"; die Fragen sind: ${known.join(', ')}`,
  'answers.missing': (id: string, allowed: readonly string[]) =>
    `Frage "${id}" ist nicht beantwortet; möglich sind: ${allowed.join(', ')}`,
  'answers.unknownOption': (id: string, value: string, allowed: readonly string[]) =>
    `Frage "${id}" hat keine Option ${value}; möglich sind: ${allowed.join(', ')}`,

  'confidence.high.name': 'Hoch',
  'confidence.moderate.name': 'Mittel',
  'confidence.low.name': 'Gering',

  'portfolio.empty': 'geben Sie mindestens einen Arbeitsstrang oder eine Person an',
  'portfolio.oneOf':
    'geben Sie genau eines an: "work" (research, rnd oder product), "shares" oder "result"',
  'portfolio.zeroShares': 'die shares dürfen nicht alle null sein',

  'request.answers.required':
    'erforderlich: ein Objekt aus Fragen-id → Options-id, z. B. {"core-question": "ship"} (GET /api/quiz listet sie auf)',
  'request.answers.shape':
    'muss Fragen-ids auf Options-ids abbilden, beide als Strings, z. B. {"core-question": "ship"}',
  'request.fields.count': 'höchstens 10 versteckte Felder pro Antwort',
  'request.fields.name': 'ein Feldname hat 1 bis 40 Zeichen aus a-z, 0-9 und _, etwa utm_source',
  'request.fields.value': 'ein Feldwert ist Text mit höchstens 200 Zeichen',
  'request.id.required':
    'erforderlich: eine UUID, die der Client einmal pro ausgefülltem Quiz wählt (crypto.randomUUID()) und bei jedem neuen Versuch wieder sendet',
  'request.id.shape': 'muss eine UUID sein, etwa 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b',

  'preview.callsFor': 'Die Arbeit verlangt',
  'preview.between': 'Die Arbeit liegt zwischen',
  'preview.twoJobs': 'Zwei Jobs in einem',
  'preview.title.role': (role: string) => `Die Arbeit verlangt: ${role}`,
  'preview.title.between': (first: string, second: string) =>
    `Die Arbeit liegt zwischen ${first} und ${second}`,
  'preview.title.twoJobs': (first: string, second: string) =>
    `Zwei Jobs in einem: ${first} + ${second}`,
  'preview.mix': (research: string, rnd: string, product: string) =>
    `${research} Forschung · ${rnd} F&E · ${product} Produkt`,
  'preview.invite': (questions: number) =>
    `Welche KI-Rolle verlangt Ihre Arbeit? ${questions} Fragen, und Sie wissen es.`,
  'preview.team.eyebrow': 'Ihr Team fragt',
  'preview.team.headline': 'Wo liegt Ihre Woche?',
  'preview.team.title': (team: string) => `Wo liegt Ihre Woche? Für das Team „${team}“`,
  'preview.team.description': (questions: number) =>
    `${questions} Fragen zur Arbeit, die Ihre Woche füllt, etwa eine Minute. Ihre Teamleitung sieht das Team als Ganzes, nie Ihre Antworten für sich.`,

  'shareCode.damaged': 'dieser Ergebnislink ist beschädigt oder unvollständig',
  'shareCode.otherVersion': (version: string, current: number) =>
    `dieser Link stammt aus Version ${version} des Quiz; die aktuelle Version ist ${current}`,
  'shareCode.answerCount': 'dieser Ergebnislink enthält die falsche Anzahl an Antworten',
  'shareCode.unknownAnswer': 'dieser Ergebnislink nennt eine Antwort, die es im Quiz nicht gibt',

  'analyze.flag.titleMismatch': (title: string, work: string, phrases: string, role: string) =>
    `Der Titel lautet ${title}, die beschriebene Arbeit ist aber ${workInSentence(work)} (${phrases}) und damit Arbeit für die Rolle ${role}: Titel und Karriereleiter sollten der Arbeit folgen.`,
  'analyze.flag.wrongColumn.byTitle': (roles: string, phrases: string, title: string) =>
    `Gemessen an den Maßstäben für ${roles} (${phrases}), während der Titel ${title} lautet: Damit wird die Rolle an den Kennzahlen einer anderen Spalte gemessen.`,
  'analyze.flag.wrongColumn.byWork': (roles: string, phrases: string, work: string) =>
    `Gemessen an den Maßstäben für ${roles} (${phrases}), während die Arbeit ${workInSentence(work)} ist: Damit wird die Rolle an den Kennzahlen einer anderen Spalte gemessen.`,
  'analyze.flag.twoJobs.asks': (research: string, product: string) =>
    `Hier wird beides zugleich verlangt: Forschung (${research}) und Produktarbeit (${product}), mit wenig Brückenarbeit dazwischen. Das sind zwei Jobs in einem: Teilen Sie die Rolle auf, oder ergänzen Sie einen Research Engineer als Brücke.`,
  'analyze.flag.twoJobs.grades': (research: string, product: string) =>
    `Hier wird an beiden Enden zugleich gemessen: an Forschung (${research}) und an Produktarbeit (${product}), mit wenig Brückenarbeit dazwischen. Das sind zwei Jobs in einem: Teilen Sie die Rolle auf, oder ergänzen Sie einen Research Engineer als Brücke.`,
  'analyze.flag.noEvidence.none':
    'Zu wenig für eine Aussage: Nichts hier beschreibt Forschung, F&E oder Produktarbeit. Fügen Sie die Aufgaben und Anforderungen aus der Stellenanzeige ein, oder die Kriterien des Beurteilungsbogens.',
  'analyze.flag.noEvidence.few':
    'Zu wenig für eine Aussage: Nur ein, zwei Wörter beschreiben hier die Arbeit. Fügen Sie die Aufgaben und Anforderungen aus der Stellenanzeige ein, oder die Kriterien des Beurteilungsbogens.',
  'analyze.flag.lowEvidence':
    'Nur wenige Formulierungen sagen, worin die Arbeit besteht; nehmen Sie diese Einordnung daher als Vermutung. Eine ausführlichere Beschreibung der Aufgaben würde sie klären.',
  'analyze.flag.truncated': (maxChars: number) =>
    `Nur die ersten ${maxChars} Zeichen wurden gelesen; der Rest des Textes blieb unberücksichtigt.`,
  'analyze.flag.binaryLooking':
    'Das sieht eher nach Binärdaten aus als nach geschriebenem Text; eine Einordnung daraus sagt wenig.',
  'analyze.invalidText': 'text muss ein String sein',
  'analyze.roleList': (names: readonly string[]) => andList(names),
  'analyze.quoted': (phrases: readonly string[]) => phrases.map((p) => `„${p}“`).join(', '),

  'brief.percent': percent,
  'brief.shares': (shares: { research: number; rnd: number; product: number }) =>
    `${percent(shares.research)} Forschung, ${percent(shares.rnd)} F&E, ${percent(shares.product)} Produkt`,
  'brief.confidence': (confidence: number, band: 'high' | 'moderate' | 'low') =>
    `${percent(confidence)} (${BAND[band]})`,
  'brief.title.role': (role: string) => `Stellenprofil: ${role}`,
  'brief.title.twoJobs': (first: string, second: string) =>
    `Stellenprofil: zwei Jobs in einem (${first} + ${second})`,
  'brief.between': (first: string, second: string) =>
    `Die Arbeit liegt zwischen **${first}** und **${second}**: Suchen Sie jemanden für die Schnittmenge, und lesen Sie beide Spalten, bevor Sie die Karriereleiter festlegen.`,
  'brief.row.work': 'Arbeit',
  'brief.row.workValue': (work: string, shares: string) => `${work} (${shares})`,
  'brief.row.twoJobsValue': (shares: string) => `Zwei Jobs (${shares})`,
  'brief.row.largerPart': 'Größerer Teil',
  'brief.row.largerPartValue': (role: string, share: number) =>
    `${role} (${percent(share)} der Woche)`,
  'brief.row.position': 'Position im Spektrum',
  'brief.row.positionValue': (position: number) =>
    `${decimal(position, 2)} (0 Research Scientist · 0,5 Research Engineer · 1 AI Engineer)`,
  'brief.row.confidence': 'Sicherheit',
  'brief.heading.coreQuestion': 'Kernfrage',
  'brief.heading.outputs': 'Ergebnisse',
  'brief.heading.optimizeFor': 'Worauf optimieren',
  'brief.heading.gradeOn': 'Woran messen',
  'brief.heading.dontGradeOn': 'Woran nicht messen',
  'brief.heading.timeHorizon': 'Zeithorizont',
  'brief.heading.background': 'Gesuchter Hintergrund',
  'brief.heading.titling': 'Titelmodell',
  'brief.heading.risk': 'Das Risiko',
  'brief.heading.waysOut': 'Auswege',
  'brief.part.title': (n: number, role: string, share: number) =>
    `Teil ${n}: ${role} (${percent(share)} der Woche)`,
  'brief.part.gradeOn': 'Woran dieser Teil gemessen wird',
  'brief.verdict': (regime: string, verdict: string) => `**${regime}.** ${verdict}`,
  'brief.item': (label: string, value: string) => `${label}: ${value}`,
  'brief.titling.risk': 'Risiko, das Sie eingehen',
  'brief.titling.manage': 'Wie Sie es begrenzen',

  ...rubricDe,
  ...auditDe,
};
