// Die Texte der Web-App auf Deutsch, nach Seite und Komponente gruppiert.
import type { Messages } from './en.ts';

/** Zahlwörter für kleine Zahlen, wie ein Satz mit ihnen beginnt: „Fünf Fragen“ (für weibliche Substantive). */
const NUMBER_WORDS = [
  'Keine',
  'Eine',
  'Zwei',
  'Drei',
  'Vier',
  'Fünf',
  'Sechs',
  'Sieben',
  'Acht',
  'Neun',
];
const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);
/** Dasselbe mitten im Satz: „die fünf Dimensionen“. */
const smallCount = (n: number) => countWord(n).toLowerCase();
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const questions = (n: number) => plural(n, 'Frage', 'Fragen');
/** Eine Zahl von Antworten als Ziffer: „1 Antwort“, „12 Antworten“. */
const countedAnswers = (n: number) => `${n} ${plural(n, 'Antwort', 'Antworten')}`;
/**
 * Namen aus dem Framework (Art der Arbeit, Titelmodell), wie sie mitten im Satz stehen: Die
 * Adverbien und Artikel am Anfang werden klein, die Substantive bleiben groß. Auch Spaltennamen,
 * die kleingeschrieben ankommen, bekommen hier ihre Großschreibung zurück. Anderes bleibt, wie es ist.
 */
const IN_SENTENCE = [
  'überwiegend Forschung',
  'überwiegend F&E',
  'überwiegend Produktarbeit',
  'getrennte Laufbahnen',
  'ein Titel für alle',
  'Forschung',
  'F&E',
  'Produkt',
];
const inSentence = (name: string) =>
  IN_SENTENCE.find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;
/** Das Demonstrativ zur Art des Textes: „diese Stellenanzeige“, „dieser Beurteilungsbogen“. */
const thisKind = (kind: string) => (kind === 'Beurteilungsbogen' ? 'Dieser' : 'Diese');
/** Warum die Antworten eines Teams nur gruppenweise erscheinen (zwei Hinweise enden damit). */
const NO_DIFFERENCING =
  'damit sich niemandes Antworten durch einen Vergleich der Karte vorher und nachher herausfinden lassen.';

export const de: Messages = {
  'page.description': (questionCount: number) =>
    `Welche Rolle verlangt Ihre KI-Arbeit: Research Scientist, Research Engineer oder AI Engineer? ${countWord(questionCount)} ${questions(questionCount)}, eine Minute, und dazu Rat zu Bewertung und Titeln.`,
  'page.skip': 'Zum Inhalt springen',
  'page.noscript':
    'rolefit braucht JavaScript, um das Quiz auszuführen und Ergebnisse darzustellen.',
  'page.noscript.teams': 'Der Teammodus von rolefit braucht JavaScript.',
  'page.noscript.admin':
    'Das Betreiber-Dashboard braucht JavaScript, um seine Diagramme zu zeichnen.',
  'page.noscript.analyze':
    'Die Analyse läuft in Ihrem Browser und braucht JavaScript. Ohne JavaScript nutzen Sie die Kommandozeile (<code>rolefit analyze posting.txt</code>) oder <code>POST /api/analyze</code>.',
  'page.title': (page: string) => `${page} · rolefit`,
  'page.index.title': 'rolefit: Welche Rolle verlangt diese Arbeit?',
  'page.result.title': 'Ihr Ergebnis',
  'page.framework.title': 'Das Framework',
  'page.notFound.title': 'Seite nicht gefunden',
  'page.admin.title': 'Betreiber-Dashboard',
  'page.analyze.title': 'Stellenanzeige analysieren',
  'page.analyze.description':
    'Fügen Sie eine Stellenanzeige oder einen Beurteilungsbogen ein: Welche KI-Rolle beschreibt der Text wirklich, und misst er an der falschen Spalte? Läuft in Ihrem Browser; der Text wird nie verschickt.',
  'page.teams.title': 'Teammodus',
  'page.teams.description':
    'Die KI-Arbeit Ihres Teams kartieren: Die Mitglieder machen das Quiz, Sie sehen den Schwerpunkt und ob getrennte Laufbahnen oder ein Titel für alle passen.',
  'page.team.title': 'Team-Dashboard',
  'page.team.description': 'Die Karte Ihres Teams: Schwerpunkt, Titelmodell und Besetzung.',
  'page.join.title': 'Ihrem Team beitreten',
  'page.join.description':
    'Machen Sie das rolefit-Quiz zu Ihrer eigenen Woche, für die Karte Ihres Teams.',
  'page.rubric.title': 'Beurteilungsbogen',
  'page.rubric.description':
    'Ein Beurteilungsbogen für Research Scientists, Research Engineers oder AI Engineers: Stufen, woran die Arbeit gemessen wird und woran nicht, in getrennten Laufbahnen oder mit einem Titel für alle. Als Markdown, CSV oder JSON herunterzuladen.',
  'page.noscript.rubric': 'Der Beurteilungsbogen entsteht in Ihrem Browser und braucht JavaScript.',
  'page.check.title': 'Stellenanzeige, Beurteilungsbogen und Karriereleiter prüfen',
  'page.check.description':
    'Fügen Sie eine Stellenanzeige, einen Beurteilungsbogen und eine Karriereleiter ein: Bewerten alle drei dieselbe KI-Rolle, Stufe für Stufe? Läuft in Ihrem Browser; nichts wird gesendet.',
  'page.noscript.check':
    'Die Prüfung läuft in Ihrem Browser und braucht JavaScript. Ohne JavaScript lesen Sie jedes Dokument einzeln mit <code>rolefit analyze</code> auf der Kommandozeile.',

  'site.brand': 'rolefit',
  'site.nav.label': 'Hauptnavigation',
  'site.nav.quiz': 'Quiz',
  'site.nav.framework': 'Framework',
  'site.nav.teams': 'Teams',
  'site.nav.analyze': 'Analyse',
  'site.language': 'Sprache',
  'site.footer.links': 'rolefit ist Open Source. <a>API</a>',

  'notFound.eyebrow': '404',
  'notFound.title': 'Hier gibt es keine Seite',
  'notFound.lead': 'Vielleicht ist die Adresse falsch geschrieben, oder die Seite ist umgezogen.',
  'notFound.quiz': 'Zum Quiz',
  'notFound.framework': 'Zum Framework',

  'quiz.count': (n: number) => `${countWord(n)} ${questions(n)}`,
  'quiz.count.optional': (n: number) =>
    n === 0 ? 'Keine optionalen Fragen' : `${countWord(n)} optionale ${questions(n)}`,
  'quiz.step.title': (n: number, of: number) => `Frage ${n} von ${of}`,
  'quiz.intro.eyebrow': (questionCount: number) =>
    `${countWord(questionCount)} ${questions(questionCount)} · etwa eine Minute`,
  'quiz.intro.what':
    'Sie erfahren, wo die Arbeit zwischen Research Scientist, Research Engineer und AI Engineer liegt, woran diese Rolle gemessen werden sollte (und woran nicht) und ob getrennte Laufbahnen oder ein Titel für alle zum Team passen.',
  'quiz.intro.note':
    'Es ist ein Rat zur Arbeit, kein Urteil über eine Person; bitte verwenden Sie es nicht, um Bewerbungen zu sichten.',
  'quiz.intro.start': 'Quiz starten',
  'quiz.intro.continue': 'Dort weitermachen, wo Sie aufgehört haben',
  'quiz.intro.restart': 'Neu beginnen',
  'quiz.intro.keys': (maxKey: number) =>
    `Tastatur: <kbd>1</kbd>–<kbd>${maxKey}</kbd> wählt eine Antwort, <kbd>Enter</kbd> geht weiter, <kbd>Backspace</kbd> geht zurück.`,
  'quiz.hint.pick': 'Wählen Sie eine Antwort, um weiterzugehen.',
  'quiz.context.lead':
    'Sie ändern das Ergebnis nicht. Sie zeigen, ob der heutige Titel und die heutigen Beurteilungskennzahlen zur Arbeit passen.',
  'quiz.finish': 'Zum Ergebnis',
  'quiz.next': 'Weiter',
  'quiz.back': 'Zurück',
  'quiz.skip': 'Überspringen',
  'quiz.skip.clear': 'Löschen und überspringen',

  'result.title': (headline: string) => `${headline} · rolefit-Ergebnis`,
  'result.title.twoJobs': (roles: string) => `Zwei Jobs: ${roles}`,
  'result.title.between': 'Zwischen zwei Rollen',
  'result.roles.plus': (a: string, b: string) => `${a} + ${b}`,
  'result.problem.retake':
    'Ergebnisse stecken vollständig in ihrem Link, es geht also nichts verloren: Machen Sie das Quiz noch einmal, und Sie bekommen ein neues.',
  'result.problem.quiz': 'Zum Quiz',
  'result.problem.none.title': 'Kein Ergebnis vorhanden',
  'result.problem.none.lead':
    'Diese Seite zeigt ein Ergebnis, wenn ihr Link die Antworten enthält, und dieser enthält keine.',
  'result.problem.broken.title': 'Dieser Ergebnislink funktioniert nicht',
  'result.problem.missing': 'In diesem Ergebnislink fehlen Antworten.',
  'result.problem.invalid': (message: string) =>
    `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
  'result.hero.twoJobs.eyebrow': 'Diese Woche enthält zwei Jobs',
  'result.hero.between.eyebrow': 'Diese Arbeit liegt zwischen',
  'result.hero.between.title': (a: string, b: string) => `${a} und ${b}`,
  // Der Artikel folgt dem Genus des Rollennamens, wie im Englischen „a“/„an“: Die drei Titel sind
  // maskulin („einen Research Engineer“), eine weibliche Form auf -in bekäme „eine“.
  'result.hero.callsFor.eyebrow': (role: string) =>
    `Diese Arbeit verlangt ${/in$/.test(role) ? 'eine' : 'einen'}`,
  'result.hero.twoJobs.lead': (research: string, rnd: string | null, product: string) =>
    `Offene Forschung füllt ${research} dieser Woche, Produktarbeit ${product}, und ${rnd ? `nur ${rnd} Brückenarbeit` : 'keine Brückenarbeit'} (Research Engineering) verbindet die beiden. Ein Durchschnitt der Antworten landete nahe der Research-Engineer-Mitte, doch dort liegt ${rnd ? 'kaum etwas' : 'nichts'} von dieser Arbeit: Das sind zwei verschiedene Jobs.`,
  'result.hero.marker.part': (column: string, share: string) => `${column} · ${share}`,
  'result.hero.marker.work': 'Diese Arbeit',
  'result.hero.flip': (role: string, prompt: string, label: string) =>
    `Eine einzige andere Antwort ergäbe ${role}: „${prompt}“ → „${label}“.`,
  'result.hero.mix.twoJobs': 'Forschung und Produktarbeit, mit wenig dazwischen. Die Mischung:',
  'result.hero.mix': (work: string) => `${work}. Die Mischung:`,
  'result.hero.mix.label': 'Anteile der Arbeit nach Spalte',
  'result.confidence.badge': (band: string, share: string) =>
    `Sicherheit: ${band.toLowerCase()} · ${share}`,
  'result.confidence.split.leader': (role: string, points: number) =>
    `Der Teil ${role} ist der größere, um ${points} Prozentpunkte.`,
  'result.confidence.split.even': 'Beide Teile sind gleich groß.',
  'result.confidence.between.leader': (role: string) =>
    `Die Arbeit für ${role} nimmt etwas mehr der Woche ein.`,
  'result.confidence.between.even': 'Beide füllen die Woche zu gleichen Teilen.',
  'result.confidence.another': 'eine andere Rolle',
  'result.confidence.sentences': (first: string, second: string) => `${first} ${second}`,
  'result.confidence.distance': (changes: number, role: string) =>
    `${changes === 1 ? 'Eine Antwort' : `${changes} Antworten`} anders, und ${role} läge vorn.`,
  'result.actions.copyLink': 'Link kopieren',
  'result.actions.linkCopied': 'Link kopiert.',
  'result.actions.linkFailed': 'Kopieren fehlgeschlagen: Der Link steht in der Adresszeile.',
  'result.actions.copyBrief': 'Stellenprofil kopieren',
  'result.actions.briefCopied': 'Stellenprofil als Markdown kopiert.',
  'result.actions.briefFailed':
    'Kopieren fehlgeschlagen; versuchen Sie „Stellenprofil herunterladen“.',
  'result.actions.download': 'Stellenprofil herunterladen (.md)',
  'result.actions.downloaded': 'Stellenprofil heruntergeladen.',
  'result.actions.print': 'Drucken oder als PDF speichern',
  'result.actions.retake': 'Quiz noch einmal machen',
  'result.titling.heading': (regime: string) => `Titelmodell: ${regime}`,
  'result.titling.twoJobs':
    'Das ist die Zeile der Matrix für den größeren Teil. Bei zwei Jobs in einem klären Sie zuerst die Auswege oben: Getrennte Rollen bekommen jeweils ihre eigene Zeile.',
  'result.grading.twoJobs.heading': 'Zwei Jobs in einem: woran man sie misst, und die Auswege',
  'result.grading.heading': 'Woran diese Rolle gemessen werden sollte',
  'result.grading.trap':
    'Die übliche Falle ist, eine Rolle an den Kennzahlen einer anderen Spalte zu messen: einen Research Scientist an der Uptime, jemanden aus der Produktentwicklung an Papers.',
  'result.mismatches.heading': 'Heutigen Titel und heutige Kennzahlen prüfen',
  'result.why.heading': 'Warum: wohin jede Antwort zieht',
  'result.why.note':
    'Links der Mitte zieht zum Research-Scientist-Ende, rechts zum AI-Engineer-Ende.',
  'result.change.heading': 'Was das Ergebnis ändern würde',
  'result.change.note':
    'Für jede andere Rolle: die wenigsten Änderungen, nach denen das Ergebnis allein diese Rolle nennt – nicht „zwischen zwei Rollen“, nicht „zwei Jobs“.',
  'result.change.role': (role: string, changes: number) =>
    `<strong>Für ${role} allein</strong>: ${changes === 1 ? 'eine Antwort' : `${changes} Antworten`} ändern.`,
  'result.change.arrow': ' → ',
  'pulls.middle': 'Hält die Mitte',
  'pulls.strong.research': 'Starker Zug zum Forschungsende',
  'pulls.strong.product': 'Starker Zug zum Produktende',
  'pulls.slight.research': 'Leichter Zug zum Forschungsende',
  'pulls.slight.product': 'Leichter Zug zum Produktende',
  'pulls.answer': (label: string) => `„${label}“`,
  'pulls.alone': (role: string) => `Für sich genommen zeigt diese Antwort auf: ${role}.`,

  'column.research': 'Forschung',
  'column.rnd': 'F&E',
  'column.product': 'Produkt',
  'mix.legend': (column: string, share: string) => `${column} ${share}`,
  'grading.on': 'Woran messen',
  'grading.off': 'Woran nicht messen',
  'fit.fits': 'Passt',
  'fit.works': 'Funktioniert',
  'fit.risky': 'Riskant',
  'fit.overhead': 'Mehraufwand',
  'grid.risk': 'Risiko, das Sie eingehen',
  'grid.manage': 'Wie Sie es begrenzen',
  'grid.example': 'In der Praxis',
  'grid.other': (regime: string) => `Zum Vergleich: ${regime}`,
  'grid.caption': 'Wie jedes Titelmodell zu jeder Art von Arbeit passt',
  'grid.work': 'Art der Arbeit',
  'grid.thisWork': 'Diese Arbeit',
  'grid.recommended': 'Empfohlen',
  'spectrum.line':
    'Das Spektrum von Research Scientist (0) über Research Engineer (0,5) bis AI Engineer (1).',
  'spectrum.marker': (label: string, position: string) => ` ${label} liegt bei ${position}.`,
  'twoJobs.part': (role: string) => `Teil: ${role}`,
  'twoJobs.share': (share: string, column: string) =>
    `<share>${share}</share> der Woche: Arbeit im Bereich ${inSentence(column)}`,
  'twoJobs.gradePart': (role: string) => `Woran der Teil ${role} gemessen wird:`,
  'twoJobs.dont': 'Woran nicht messen',
  'twoJobs.risk': (risk: string) => `<strong>Das Risiko: </strong>${risk}`,
  'twoJobs.ways': 'Auswege',

  'framework.title': (roles: number, regimes: number) =>
    `${countWord(roles)} ${plural(roles, 'Rolle', 'Rollen')} auf einer Linie, ${regimes === 1 ? 'ein Titelmodell' : `${smallCount(regimes)} Titelmodelle`}`,
  'framework.lead':
    'KI-Arbeit ist nicht ein einziger Job. Sie reicht von Forschung, die neues Wissen hervorbringt, über das Engineering, das Ideen im großen Maßstab testbar macht, bis zum Ausliefern bekannter Methoden als zuverlässige Produkte. Wo Ihre Arbeit liegt, entscheidet, wen Sie einstellen, woran Sie diese Leute messen und wie Sie die Titel im Team vergeben.',
  'framework.roles.heading': (roles: number) =>
    `Das Spektrum: ${smallCount(roles)} ${plural(roles, 'Ankerrolle', 'Ankerrollen')}`,
  'framework.roles.lead': (roles: number) =>
    `Echte Arbeit liegt selten genau auf einem Anker. Sehen Sie die ${smallCount(roles)} Rollen als Punkte auf einer Linie und die Arbeit als Position zwischen ihnen.`,
  'framework.roles.aliases': (aliases: readonly string[]) => `Auch genannt: ${aliases.join(', ')}`,
  'framework.dimensions.heading': (dimensions: number) =>
    `${countWord(dimensions)} ${plural(dimensions, 'Dimension', 'Dimensionen')} im Vergleich`,
  'framework.dimensions.lead': (dimensions: number) =>
    `Die Rollen unterscheiden sich in denselben ${smallCount(dimensions)} Punkten. Das Quiz stellt zu jedem eine Frage, immer zur Arbeit.`,
  'framework.dimensions.caption': (roles: number, dimensions: number) =>
    `Die ${smallCount(roles)} Rollen in jeder der ${smallCount(dimensions)} Dimensionen`,
  'framework.grading.heading': 'Bewertung, und die Falle',
  'framework.grading.lead':
    'Jede Rolle hat ihren eigenen Maßstab für ein gutes Jahr. Die Falle ist, eine Rolle an den Kennzahlen einer anderen Spalte zu messen: Uptime-Ziele ersticken die Erkundung, für die ein Research Scientist eingestellt wurde, und die Zahl der Papers sagt nichts darüber, was jemand in der Produktentwicklung ausgeliefert hat. Der Research Engineer passt in keine der beiden Spalten, und deshalb wird die Rolle so oft schlecht bewertet.',
  'framework.grading.off': 'Woran nicht',
  'framework.grid.heading': 'Die Matrix: Art der Arbeit × Titelmodell',
  'framework.grid.lead': (regimes: number) =>
    `${countWord(regimes)} ${plural(regimes, 'Titelmodell', 'Titelmodelle')}: getrennte Laufbahnen mit eigenen Titeln und Karriereleitern, oder ein Titel für alle. Jedes passt zu manchen Arten von Arbeit besser als zu anderen.`,
  'framework.grid.row': (work: string, summary: string) => `${work}: <summary>${summary}</summary>`,
  'framework.choose.heading': 'Wie Sie wählen',
  'framework.choose.describe':
    '<strong>Beschreiben Sie die Arbeit, nicht die Menschen. </strong>Sehen Sie sich an, was den größten Teil der Woche ausfüllt: welche Frage die Arbeit beantwortet, was sie hervorbringt, was ein guter Monat verbessert, wie lange es dauert, bis Sie Bescheid wissen, und wen Sie dafür einstellen würden.',
  'framework.choose.place': (dimensions: number) =>
    `<strong>Ordnen Sie sie auf der Linie ein. </strong>Jede dieser ${smallCount(dimensions)} Antworten zieht zu einem Ende oder zur Mitte. Heraus kommt eine Position, und nahe einer Grenze sagt das Ergebnis ehrlich „zwischen“.`,
  'framework.choose.centre':
    '<strong>Finden Sie den Schwerpunkt. </strong>Für ein Team fassen Sie die Arbeit aller zusammen. Die Art von Arbeit mit dem größten Anteil entscheidet, in welcher Zeile der Matrix Sie stehen.',
  'framework.choose.regime':
    '<strong>Wählen Sie das Titelmodell aus dieser Zeile. </strong>Kein Titelmodell ist allgemein richtig, nur für eine bestimmte Art von Arbeit. Was Sie auch wählen: Benennen Sie das Risiko, das Sie eingehen, und wie Sie es klein halten.',
  'framework.choose.grade':
    '<strong>Messen Sie jede Rolle an ihrer eigenen Spalte. </strong>Besetzen Sie die Rolle des Research Engineers bewusst: Unter einem Titel für alle ist sie das, was am Ende alle tun; bei getrennten Laufbahnen ist sie die Brücke, die Ergebnisse in die Produktion trägt.',

  // Der Beurteilungsbogen (/rubric) und die Links dorthin aus einem Ergebnis und dem Framework.
  'result.rubric': 'Beurteilungsbogen für diese Rolle erstellen',
  'result.rubric.twoJobs': 'Beurteilungsbogen für beide Jobs erstellen',
  'framework.grading.rubric': (role: string) => `Beurteilungsbogen für die Rolle ${role}`,
  'rubric.eyebrow': (levels: number, regime: string) => `${levels} Stufen · ${regime}`,
  'rubric.tabTitle': (role: string) => `Beurteilungsbogen: ${role}`,
  'rubric.lead':
    'Wählen Sie die Rolle, das Titelmodell und die Zahl der Stufen, und der Bogen darunter folgt Ihrer Wahl. Jede Stufe nennt, wofür Beurteilende Belege prüfen können, und woran die Arbeit nicht gemessen wird.',
  'rubric.updated': (title: string, levels: number) => `${title}, ${levels} Stufen.`,
  'rubric.form.label': 'Optionen des Beurteilungsbogens',
  'rubric.form.role': 'Rolle',
  'rubric.form.twoJobs': 'Zwei Jobs in einem',
  'rubric.form.levels': 'Stufen',
  'rubric.form.levels.option': (levels: number) => `${levels} Stufen`,
  'rubric.form.regime': 'Titelmodell',
  'rubric.actions.download': (format: string) => `${format} herunterladen`,
  'rubric.actions.downloaded': (format: string) =>
    `Beurteilungsbogen als ${format} heruntergeladen.`,
  'rubric.actions.copy': 'Markdown kopieren',
  'rubric.actions.copied': 'Beurteilungsbogen als Markdown kopiert.',
  'rubric.actions.copyFailed': 'Kopieren fehlgeschlagen; versuchen Sie „Markdown herunterladen“.',
  'rubric.checkLink':
    'Haben Sie für diese Rolle schon eine Stellenanzeige oder eine Karriereleiter? <a>Prüfen Sie sie gegeneinander</a>.',

  'analyze.eyebrow': 'Stellenanzeige oder Beurteilungsbogen analysieren',
  'analyze.title': 'Welche Rolle beschreibt dieser Text wirklich?',
  'analyze.lead':
    'Fügen Sie eine Stellenanzeige oder einen Beurteilungsbogen ein. rolefit findet die Formulierungen, die für Forschung, F&E oder Produktarbeit sprechen, ordnet die Arbeit im Spektrum ein und weist auf einen Titel oder auf Maßstäbe hin, die zu einer anderen Spalte gehören.',
  'analyze.input.label': 'Stellenanzeige oder Beurteilungsbogen',
  'analyze.input.hint': (chars: string) =>
    `Am besten reiner Text; Überschriften und Aufzählungen helfen. Gelesen werden die ersten ${chars} Zeichen.`,
  'analyze.input.placeholder':
    'Fügen Sie hier den Text einer Stellenanzeige oder eines Beurteilungsbogens ein…',
  'analyze.privacy':
    '<strong>Privat von Grund auf: </strong>Der Text wird hier in Ihrem Browser analysiert und nie an einen Server geschickt oder gespeichert.',
  'analyze.example.try': 'Beispiel ausprobieren',
  'analyze.example.shown': (n: number, of: number, name: string) =>
    `Beispiel ${n} von ${of}: ${name}.`,
  'analyze.example.wrongMetrics': 'eine Produktstelle, gemessen an Papers',
  'analyze.example.titleMismatch': 'ein „Scientist“-Titel für Produktarbeit',
  'analyze.example.researchEngineer': 'eine Stellenanzeige für Research Engineers',
  'analyze.example.rubric': 'ein Beurteilungsbogen für Research Scientists',
  'analyze.example.ladder':
    'eine Karriereleiter, deren eine Stufe an der falschen Spalte gemessen wird',
  'analyze.clear': 'Leeren',
  'analyze.empty.heading': 'Noch nichts zu analysieren',
  'analyze.otherLanguage.heading': 'Vorerst nur englische Stellenanzeigen',
  'analyze.otherLanguage.lead':
    'Dieser Text scheint nicht auf Englisch zu sein. Der Analysator liest nur englische Stellenanzeigen und Bewertungsraster: Anzeigen in anderen Sprachen werden noch nicht analysiert, daher zeigt er lieber kein Ergebnis als ein falsches.',
  'analyze.empty.lead':
    'Fügen Sie oben eine Stellenanzeige oder einen Beurteilungsbogen ein, oder probieren Sie ein Beispiel aus. Die Analyse erscheint hier schon beim Tippen: die Rolle, die die Arbeit verlangt, die Formulierungen, die dafür sprechen, und Hinweise, falls an der falschen Spalte gemessen wird.',
  'analyze.status': (where: string, band: string, flags: number) =>
    `${where}, Sicherheit ${band.toLowerCase()}, ${flags === 0 ? 'keine Hinweise' : `${flags} ${plural(flags, 'Hinweis', 'Hinweise')}`}.`,
  'analyze.status.between': (a: string, b: string) => `Zwischen ${a} und ${b}`,
  'analyze.status.notEnough':
    'Zu wenig für eine Aussage: Fügen Sie die Aufgaben und Anforderungen der Stellenanzeige ein.',
  'analyze.kind.posting': 'Stellenanzeige',
  'analyze.kind.rubric': 'Beurteilungsbogen',
  'analyze.summary.eyebrow': (kind: string) => `${thisKind(kind)} ${kind} beschreibt einen`,
  'analyze.summary.eyebrow.between': (kind: string) => `${thisKind(kind)} ${kind} liegt zwischen`,
  'analyze.summary.eyebrow.twoJobs': (kind: string) =>
    `${thisKind(kind)} ${kind} verlangt zwei Jobs in einem`,
  'analyze.summary.larger': (role: string, share: string) =>
    ` Der größere Teil: ${role}, ${share} der Arbeit.`,
  'analyze.summary.closest': (role: string) => ` Nächster Anker: ${role}.`,
  'analyze.summary.title': (column: string) =>
    ` Der Titel „<title></title>“ steht für Arbeit im Bereich ${inSentence(column)}.`,
  'analyze.summary.title.noColumn':
    ' Der Titel „<title></title>“ passt zu keiner Spalte der Arbeit.',
  'analyze.summary.noTitle': ' Keine Titelzeile gefunden.',
  'analyze.summary.marker': (position: string) => `Dieser Text · ${position}`,
  'analyze.summary.marker.twoJobs': (position: string) => `Durchschnitt beider Enden · ${position}`,
  'analyze.summary.work': (work: string) => `Die Arbeit: ${inSentence(work)}`,
  'analyze.summary.work.twoJobs':
    'Die Arbeit: Forschung und Produkt, mit wenig Brückenarbeit dazwischen',
  'analyze.summary.measuredOn': (work: string) => `Woran gemessen wird: ${inSentence(work)}`,
  'analyze.summary.measures.label': 'Anteile der Maßstäbe nach Spalte',
  'analyze.flag.titleMismatch': 'Titel nennt eine andere Spalte',
  'analyze.flag.wrongColumnMetrics': 'An einer anderen Spalte gemessen',
  'analyze.flag.twoJobs': 'Zwei Jobs in einem',
  'analyze.flag.noEvidence': 'Keine Anhaltspunkte',
  'analyze.flag.lowEvidence': 'Wenig Anhaltspunkte',
  'analyze.flag.truncated': 'Text gekürzt',
  'analyze.flag.binaryLooking': 'Kein geschriebener Text',
  'analyze.flag.levelDrift': 'Stufen driften zwischen Spalten',
  'analyze.flag.name': (name: string) => `${name}. `,
  'analyze.flags.heading': 'Hinweise',
  'analyze.flags.none.heading': 'Keine Hinweise',
  'analyze.flags.none':
    'Titel und Maßstäbe passen, soweit der Text sie nennt, zu der Arbeit, die er beschreibt.',
  'analyze.notEnough.eyebrow': 'Keine Einordnung',
  'analyze.notEnough.heading': 'Zu wenig für eine Aussage',
  'analyze.notEnough.reason':
    'Zu wenig hier beschreibt Forschung, F&E oder Produktarbeit, um den Text einzuordnen.',
  'analyze.notEnough.title':
    'Ein Titel allein, etwa „<title></title>“, sagt nicht, worin die Arbeit besteht: Hinter demselben Titel stecken sehr unterschiedliche Wochen.',
  'analyze.notEnough.paste': 'Fügen Sie mehr vom Text ein, zum Beispiel:',
  'analyze.notEnough.duties': 'die Aufgaben: was die Person Woche für Woche tun wird',
  'analyze.notEnough.requirements':
    'die Anforderungen: was sie wissen oder schon gemacht haben muss',
  'analyze.notEnough.measures':
    'woran die Rolle gemessen wird, oder die Kriterien des Beurteilungsbogens',
  'analyze.notEnough.note':
    'Rolle, Position und Anteile erscheinen erst, wenn der Text die Arbeit beschreibt: Eine Schätzung aus wenigen Wörtern sähe sicherer aus, als sie ist.',
  'analyze.twoJobs.heading': 'Zwei Jobs in einer Rolle',
  'analyze.evidence.heading': 'Die Belege in Ihrem Text',
  'analyze.evidence.label': 'Ihr Text mit markierten Belegen',
  'analyze.evidence.negated': 'verneint, zählt dagegen',
  'analyze.evidence.measure': 'ein Maßstab',
  'analyze.evidence.zero': 'nicht gezählt',
  'analyze.evidence.notes': (notes: readonly string[]) => notes.join(', '),
  'analyze.evidence.title': (notes: string, weight: string, section: string) =>
    `${notes} · ${weight} (Abschnitt: ${section})`,
  'analyze.evidence.spoken': (notes: string) => ` (${notes})`,
  'analyze.section.title': 'Titel',
  'analyze.section.summary': 'Zusammenfassung',
  'analyze.section.responsibilities': 'Aufgaben',
  'analyze.section.requirements': 'Anforderungen',
  'analyze.section.niceToHave': 'Wünschenswert',
  'analyze.section.metrics': 'Kennzahlen',
  'analyze.section.company': 'Unternehmen',
  'analyze.section.benefits': 'Leistungen',
  'analyze.section.legal': 'Rechtliches',
  'analyze.legend.label': 'Legende',
  'analyze.legend.column': (column: string, phrases: number) =>
    `<column>${column}</column>: ${phrases} ${plural(phrases, 'Formulierung', 'Formulierungen')}`,
  'analyze.legend.negated': '<sample>keine Promotion</sample> Verneint: zählt gegen seine Spalte',
  'analyze.legend.measure': '<sample>Papers</sample> Ein Maßstab: woran die Rolle gemessen wird',
  'analyze.legend.boilerplate':
    '<sample>Über uns</sample> Abgeblendet: Text zu Unternehmen, Leistungen oder Rechtlichem, der nicht zählt',
  'analyze.advice.heading': 'Titel und Bewertung für diese Arbeit',
  'analyze.advice.twoJobs': (work: string) =>
    `Dieser Text enthält zwei Jobs, die Matrixzeile unten ist also nur die halbe Wahrheit: Es ist die Zeile „${work}“, die des größeren Teils. Lesen Sie sie zusammen mit dem Rat zu zwei Jobs oben.`,
  'analyze.advice.lead': (work: string, regime: string) => `${work}, ${inSentence(regime)}: `,
  'analyze.advice.grid.label': 'Die Matrix der Titelmodelle',
  'analyze.advice.grid.link':
    '<a>Die ganze Matrix auf der Framework-Seite</a>: wie jede Art von Arbeit zu jedem Titelmodell passt, mit den Risiken, die es zu begrenzen gilt.',
  'analyze.advice.grading.twoJobs':
    'Woran jeder Teil gemessen werden sollte und woran nicht, steht im Rat zu zwei Jobs oben.',
  'analyze.advice.grading.on': 'Woran diese Rolle messen',
  'analyze.advice.grading.off': 'Woran nicht messen',
  'analyze.checkLink':
    '<a>Stellenanzeige, Beurteilungsbogen und Karriereleiter gemeinsam prüfen</a>: Bewerten alle drei dieselbe Rolle?',
  'analyze.levels.heading': 'Stufe für Stufe',
  'analyze.levels.lead': (levels: number, wrong: number) =>
    `${levels} Stufen, jede für sich daraufhin gelesen, was ihre Kriterien bewerten${wrong === 0 ? '' : wrong === 1 ? '; eine davon bewertet eine andere Spalte als die der Rolle' : `; ${wrong} davon bewerten eine andere Spalte als die der Rolle`}. Wählen Sie den Namen einer Stufe, um ihren Text unten markiert zu sehen.`,
  'analyze.levels.noLadder': 'Weitere Stufen',
  'analyze.levels.grades': (column: string) => `Bewertet Arbeit im Bereich ${inSentence(column)}`,
  'analyze.levels.few': 'Sagt zu wenig, um zu erkennen, welche Spalte sie bewertet',
  'analyze.levels.shares': (level: string) => `${level}: Anteile der Kriterien nach Spalte`,
  'analyze.levels.shown': (level: string) => `${level} ist in Ihrem Text markiert.`,
  'analyze.suggestions.heading': 'Vorgeschlagene Neufassungen',
  'analyze.suggestions.lead': (count: number) =>
    `${count === 1 ? 'Eine Textstelle bewertet' : `${count} Textstellen bewerten`} eine andere Spalte als die der Rolle. Was Sie stattdessen schreiben können, in Worten, die die eigene Arbeit der Rolle messen – auf Englisch, wie der Text, in den sie gehören:`,
  'analyze.suggestions.item': 'Statt „<from></from>“ schreiben Sie „<to></to>“',
  'analyze.suggestions.copy': 'Neu gefassten Text kopieren',
  'analyze.suggestions.copied': 'Kopiert: Ihr Text mit allen vorgeschlagenen Neufassungen.',
  'analyze.suggestions.copyFailed':
    'Kopieren fehlgeschlagen: Der Browser hat die Zwischenablage verweigert. Übernehmen Sie die Neufassungen von Hand.',

  'check.eyebrow': 'Stellenanzeige, Beurteilungsbogen und Karriereleiter',
  'check.title': 'Bewerten Ihre Dokumente dieselbe Rolle?',
  'check.lead':
    'Die Stellenanzeige stellt für eine Rolle ein, der Beurteilungsbogen bewertet sie, die Karriereleiter regelt den Aufstieg in ihr: Alle drei sollten dieselbe Spalte der Arbeit bewerten. Fügen Sie eines oder mehrere davon ein.',
  'check.form.label': 'Zu prüfende Dokumente',
  'check.input.hint': (chars: string) =>
    `Füllen Sie eines oder mehrere Felder aus. Gelesen werden englische Texte, je bis zu ${chars} Zeichen.`,
  'check.posting.label': 'Stellenanzeige',
  'check.rubric.label': 'Beurteilungsbogen',
  'check.ladder.label': 'Karriereleiter',
  'check.role.label': 'Die Rolle, für die sie gedacht sind',
  'check.role.auto': 'Wie die Stellenanzeige sie beschreibt',
  'check.role.hint':
    'Ohne Stellenanzeige entscheidet das erste Dokument, das eine Rolle erkennen lässt.',
  'check.privacy':
    '<strong>Privat von Grund auf: </strong>Die Texte werden hier in Ihrem Browser geprüft und nie an einen Server geschickt oder gespeichert.',
  'check.submit': 'Prüfen',
  'check.empty.heading': 'Noch nichts zu prüfen',
  'check.empty.lead':
    'Fügen Sie oben eine Stellenanzeige, einen Beurteilungsbogen oder eine Karriereleiter ein, oder alle drei, und drücken Sie „Prüfen“.',
  'check.agree.heading': 'Die Dokumente stimmen überein',
  'check.noRole.heading': 'Keine Rolle zum Abgleichen',
  'check.mismatches.count': (count: number) =>
    count === 1 ? 'Eine Abweichung' : `${count} Abweichungen`,
  'check.against.asked': (role: string) =>
    `Geprüft gegen die Arbeit von ${role}, der Rolle, die Sie gewählt haben.`,
  'check.against.posting': (role: string) =>
    `Geprüft gegen die Arbeit von ${role}, wie die Stellenanzeige sie beschreibt.`,
  'check.against.rubric': (role: string) =>
    `Geprüft gegen die Arbeit von ${role}, wie der Beurteilungsbogen sie beschreibt.`,
  'check.against.ladder': (role: string) =>
    `Geprüft gegen die Arbeit von ${role}, wie die Karriereleiter sie beschreibt.`,
  'check.otherLanguage': (document: string) =>
    `${document}: Vorerst lassen sich nur englische Texte prüfen, deshalb wurde dieser Text ausgelassen.`,
  'check.table.caption': 'Jedes Dokument für sich',
  'check.table.document': 'Dokument',
  'check.table.role': 'Liest sich als',
  'check.table.shares': 'Anteile der Arbeit',
  'check.table.sharesOf': (document: string) => `${document}: Anteile der Arbeit nach Spalte`,
  'check.table.verdict': 'Gegenüber der Rolle',
  'check.table.agrees': 'Stimmt überein',
  'check.table.few': 'Sagt zu wenig für eine Aussage',
  'check.mismatches.heading': 'Was nicht passt, und wie Sie es beheben',
  'check.gradeOn': (role: string) => `Woran die Arbeit von ${role} gemessen wird:`,
  'check.copy.posting': 'Neu gefasste Stellenanzeige kopieren',
  'check.copy.rubric': 'Neu gefassten Beurteilungsbogen kopieren',
  'check.copy.ladder': 'Neu gefasste Karriereleiter kopieren',

  'admin.title': 'Betreiber-Dashboard',
  'admin.login.lead':
    'Wie Leserinnen und Leser auf Ihren Seiten das Quiz beantworten: Abschlüsse, Rollen, Antworten und wo Durchläufe abbrechen. Nur Summen; niemand wird identifiziert.',
  'admin.login.token': 'Betreiber-Token',
  'admin.login.kept':
    'Wird nur in diesem Tab gespeichert (Session Storage) und nur an diesen Server geschickt.',
  'admin.login.submit': 'Dashboard öffnen',
  'admin.login.wrongToken':
    'Das ist nicht das Betreiber-Token. Verwenden Sie ROLEFIT_ADMIN_TOKEN oder das Token, das der Server beim ersten Start ausgegeben hat.',
  'admin.offline':
    'der Server hat nicht geantwortet; prüfen Sie die Verbindung und versuchen Sie es noch einmal',
  'admin.exportFailed': (status: number) =>
    `der Export ist fehlgeschlagen (${status}); melden Sie sich neu an und versuchen Sie es noch einmal`,
  'admin.lead':
    'Öffentliche Quiz-Antworten und Funnel-Ereignisse, gezählt pro Tag (UTC). Antworten aus Teams gehören der jeweiligen Teamleitung und sind nicht enthalten.',
  'admin.range.from': 'Von',
  'admin.range.to': 'Bis',
  'admin.range.page': 'Seite',
  'admin.range.allPages': 'Alle Seiten',
  'admin.range.noPage': '(keine Seite)',
  'admin.range.show': 'Anzeigen',
  'admin.range.backwards': 'Der Starttag liegt nach dem Endtag.',
  'admin.export': (format: string) => `${format.toUpperCase()} exportieren`,
  'admin.logOut': 'Abmelden',
  'admin.figure.completions': (n: number) =>
    plural(n, 'abgeschlossenes Quiz', 'abgeschlossene Quiz'),
  'admin.figure.shown': (n: number) => plural(n, 'angezeigtes Quiz', 'angezeigte Quiz'),
  'admin.figure.started': (n: number) => plural(n, 'begonnener Durchlauf', 'begonnene Durchläufe'),
  'admin.figure.completedShare': 'der angezeigten Quiz abgeschlossen',
  'admin.question.short': (n: number) => `F${n}`,
  'admin.funnel.answered': (question: string) => `${question} beantwortet`,
  'admin.funnel.shown': 'Angezeigt',
  'admin.funnel.started': 'Begonnen',
  'admin.funnel.completed': 'Abgeschlossen',
  'admin.completions.heading': 'Abschlüsse pro Tag',
  'admin.completions.chart': 'Abgeschlossene Quiz pro Tag',
  'admin.funnel.heading': 'Wo Durchläufe abbrechen',
  'admin.funnel.note':
    'Quiz-Durchläufe, die den jeweiligen Schritt erreicht haben (aus den Funnel-Ereignissen).',
  'admin.funnel.chart': 'Durchläufe pro Schritt',
  'admin.roles.heading': 'Rollen',
  'admin.roles.chart': 'Ergebnisse nach Rolle',
  'admin.work.heading': 'Überwiegende Arbeit',
  'admin.work.chart': 'Ergebnisse nach überwiegender Art der Arbeit',
  'admin.regimes.heading': 'Titelmodelle',
  'admin.regimes.chart': 'Empfohlenes Titelmodell',
  'admin.sources.heading': 'Quellen',
  'admin.sources.none': 'Noch keine Seiten.',
  'admin.sources.chart': 'Abschlüsse nach Seite',
  'admin.fields.heading': 'Versteckte Felder',
  'admin.fields.none':
    'In diesem Zeitraum hat noch keine Antwort versteckte Felder mitgebracht. Links zum Quiz mit <code>utm_*</code>- oder <code>ref</code>-Parametern bringen sie mit, ebenso das Attribut <code>fields</code> des Widgets: siehe „Hidden fields“ in <code>docs/integrations.md</code>.',
  'admin.fields.caption': (name: string) => `Abschlüsse nach Wert von ${name}`,
  'admin.fields.completions': (n: number, figure: string) =>
    `${figure} ${plural(n, 'abgeschlossenes Quiz', 'abgeschlossene Quiz')}`,
  'admin.fields.value': 'Wert',
  'admin.fields.completed': 'Abgeschlossen (Anteil)',
  'admin.fields.share': (share: string) => `(${share})`,
  'admin.fields.filter': 'Filter',
  'admin.fields.only': 'Nur diese anzeigen',
  'admin.fields.onlyLabel': (name: string, value: string) =>
    `Nur diese anzeigen: Antworten mit ${name} = ${value}`,
  'admin.fields.more': (n: number, figure: string) =>
    `und ${figure} ${plural(n, 'weiterer Wert', 'weitere Werte')}`,
  'admin.filter.only': 'Nur Antworten mit <name></name> = <value></value>',
  'admin.filter.clear': 'Alle Antworten anzeigen',
  'admin.figure.notCounted':
    'für ein verstecktes Feld nicht gezählt: Ereignisse der Seite tragen keine Felder',
  'admin.funnel.noFields':
    'Der Funnel wird aus den Ereignissen der Seite gezählt (angezeigt, begonnen, beantwortet), die keine versteckten Felder tragen, und lässt sich deshalb nicht auf eines beschränken.',
  'admin.answers.heading': (n: number, prompt: string) => `F${n}. ${prompt}`,
  'admin.answers.chart': (n: number) => `Antworten auf Frage ${n}`,
  'admin.chart.label': (chart: string, figures: readonly string[]) =>
    `${chart}. ${figures.join(', ')}`,
  'admin.chart.figure': (label: string, count: number) => `${label}: ${count}`,

  // Organisations (/org): Die Admin einer Organisation führt die Schwerpunkte ihrer Teams zusammen, mit Zustimmung der Leitungen.
  'org.page.title': 'Organisation',
  'org.page.description':
    'Ihre Teams nebeneinander: wo die Arbeit jedes Teams liegt, der Schwerpunkt der Organisation und das Titelmodell, das zu ihr passt.',
  'org.noscript': 'rolefit braucht JavaScript für die Organisationsseite.',
  'org.title': (name: string) => `${name} · rolefit-Organisation`,
  'org.create.heading': 'Die Arbeit all Ihrer Teams auf einen Blick',
  'org.create.lead':
    'Legen Sie eine Organisation an und fügen Sie Teams mit Zustimmung ihrer Leitungen hinzu. Sie sehen, wo die Arbeit jedes Teams liegt, den Schwerpunkt der Organisation und das Titelmodell, das zu ihr passt. Es kommen nur die Schwerpunkte der Teams an, nie die Antworten eines Mitglieds.',
  'org.create.name': 'Name der Organisation',
  'org.create.name.placeholder': 'Northwind AI',
  'org.create.submit': 'Organisation anlegen',
  'org.create.noName': 'Geben Sie der Organisation einen Namen.',
  'org.create.creating': 'Die Organisation wird angelegt…',
  'org.created.heading': 'Bewahren Sie diesen Link auf: Er ist der einzige Schlüssel',
  'org.created.lead':
    'Wer diesen Link hat, kann die Organisation sehen, Teams hinzufügen und entfernen und sie löschen. Er wird nur dieses eine Mal angezeigt: rolefit speichert nur einen Fingerabdruck seines Geheimnisses und kann ihn nicht erneut zeigen. Bewahren Sie ihn vertraulich auf, etwa in einem Passwortmanager.',
  'org.created.link': 'Admin-Link der Organisation (nur für Sie)',
  'org.problem.create': 'Neue Organisation anlegen',
  'org.problem.badKey.title': 'Dieser Organisations-Link funktioniert nicht',
  'org.problem.badKey.lead':
    'Die Organisation wurde vielleicht gelöscht, oder der Link wurde nicht vollständig kopiert. Öffnen Sie den vollständigen Admin-Link erneut oder legen Sie eine neue Organisation an.',
  'org.problem.load': 'Die Organisation konnte nicht geladen werden',
  'org.count': (teams: number, created: string) =>
    `${teams === 1 ? 'Ein Team' : `${teams} Teams`} · angelegt am ${created}`,
  'org.empty.heading': 'Noch zählt kein Team',
  'org.empty':
    'Fügen Sie unten ein Team hinzu. Sobald ein Team seine Mindestzahl an Antworten hat, erscheint seine Arbeit hier, und die Organisation erhält einen Schwerpunkt und ein Titelmodell.',
  'org.weighting.legend': 'Jedes Team gewichten nach',
  'org.weighting.responses': 'Antworten',
  'org.weighting.headcount': 'Kopfzahl',
  'org.weighting.byResponses':
    'Nach Antworten gewichtet: Jedes Team zählt mit den Antworten, aus denen sein Schwerpunkt stammt.',
  'org.weighting.byHeadcount':
    'Nach Kopfzahl gewichtet: Jedes Team zählt mit der Zahl der Personen, die seine Leitung angegeben hat.',
  'org.weighting.noHeadcount': (given: number, of: number) =>
    `Nach Antworten gewichtet: Für die Gewichtung nach Kopfzahl braucht jedes zählende Team eine Kopfzahl, und ${given} von ${of} haben eine. Fügen Sie ein Team mit seiner Kopfzahl erneut hinzu, um sie nachzutragen.`,
  'org.verdict.heading': (regime: string) => `Für die Organisation: ${regime}`,
  'org.verdict.twoJobs': (work: string) =>
    `Weil die Organisation zwischen den beiden Enden geteilt ist, zeigt diese Zeile nur die halbe Wahrheit: Es ist die Matrixzeile „${work}“. Lesen Sie sie zusammen mit dem Rat zu zwei Jobs unten.`,
  'org.twoJobs.heading': 'Ihre Organisation macht zwei Jobs, nicht einen',
  'org.twoJobs.whose': 'Schwerpunkte ihrer Teams',
  'org.spectrum.heading': 'Wo die Arbeit jedes Teams liegt',
  'org.spectrum.marker': 'Schwerpunkt der Organisation',
  'org.spectrum.label': (teams: readonly string[], center: string) =>
    `Der Schwerpunkt jedes Teams auf dem Spektrum von Research Scientist (0) bis AI Engineer (1): ${teams.join('; ')}. Der Schwerpunkt der Organisation liegt bei ${center}.`,
  'org.spectrum.team': (n: number, name: string, position: string, responses: number) =>
    `${n}, ${name}, bei ${position} (${countedAnswers(responses)})`,
  'org.spectrum.legend':
    'Jeder Punkt ist ein Team, nummeriert wie in der Teamliste; je mehr Antworten hinter einem Team stehen, desto größer sein Punkt. Die beschriftete Markierung ist der Schwerpunkt der Organisation.',
  'org.heatmap.heading': 'Die Mischung der Arbeit, Team für Team',
  'org.heatmap.caption':
    'Der Anteil der Arbeit jedes Teams in jeder Spalte; je kräftiger die Tönung, desto größer der Anteil. Der größte Anteil jeder Zeile ist fett.',
  'org.heatmap.team': 'Team',
  'org.heatmap.whole': 'Ganze Organisation',
  'org.notYet': (responses: number, min: number) =>
    `Noch nicht genug Antworten (${responses} von ${min}): trägt nichts bei`,
  'org.against.heading': 'Teams gegen das Titelmodell der Organisation',
  'org.against.lead': (regime: string) =>
    `Die eigene Arbeit dieser Teams verlangt ein anderes Modell als „${regime}“. Ein Modell für alle bedeutet für sie Reibung; hier steht, welches Risiko es für jedes mit sich bringt und wie Sie damit umgehen.`,
  'org.against.team': (work: string, own: string, org: string) =>
    `Seine eigene Arbeit ist „${work}“ und verlangt „${own}“. Unter dem Modell der Organisation, „${org}“:`,
  'org.against.none': (regime: string) =>
    `Die Arbeit jedes zählenden Teams verlangt ebenfalls „${regime}“: Ein Modell passt für alle.`,
  'org.teams.heading': 'Teams',
  'org.team.facts': (place: string, responses: number, headcount: number | null, weight: string) =>
    `${place} · ${countedAnswers(responses)}${headcount === null ? '' : ` · ${headcount} ${plural(headcount, 'Person', 'Personen')}`} · Gewicht ${weight}`,
  'org.team.remove': 'Entfernen',
  'org.team.remove.name': (name: string) => `${name} aus der Organisation entfernen`,
  'org.team.confirm':
    '<name></name> aus der Organisation entfernen? Das Team behält sein Dashboard und seine Antworten; seine Leitung kann es wieder hinzufügen.',
  'org.team.removeForGood': 'Team entfernen',
  'org.team.keep': 'Behalten',
  'org.team.removing': 'Wird entfernt…',
  'org.team.removed': (name: string) => `${name} gehört nicht mehr zur Organisation.`,
  'org.add.heading': 'Team hinzufügen',
  'org.add.lead':
    'Ein Team kommt mit Zustimmung seiner Leitung hinzu: Fügen Sie den Dashboard-Link der Leitung ein, er enthält den Admin-Schlüssel des Teams. Der Schlüssel wird geprüft und nicht gespeichert, und die Organisation sieht nur den Schwerpunkt des Teams, nie sein Dashboard oder die Antworten einzelner.',
  'org.add.link': 'Dashboard-Link der Teamleitung',
  'org.add.link.hint':
    'Der Link, den die Leitung beim Anlegen des Teams erhalten hat; er endet auf #admin=….',
  'org.add.link.placeholder': 'https://…/team#admin=…',
  'org.add.manual': 'Oder Team-ID und Admin-Geheimnis eingeben',
  'org.add.id': 'Team-ID',
  'org.add.secret': 'Admin-Geheimnis des Teams',
  'org.add.headcount': 'Kopfzahl (optional)',
  'org.add.headcount.hint':
    'Wie viele Personen das Team hat, um Teams nach Kopfzahl zu gewichten. Erneutes Hinzufügen aktualisiert sie.',
  'org.add.submit': 'Team hinzufügen',
  'org.add.adding': 'Das Team wird hinzugefügt…',
  'org.add.added': 'Team hinzugefügt.',
  'org.add.noKey':
    'Fügen Sie den Dashboard-Link der Leitung ein, oder geben Sie Team-ID und Admin-Geheimnis ein.',
  'org.add.notLeadLink':
    'Das ist kein Dashboard-Link einer Teamleitung: Er sollte auf #admin= und den Schlüssel des Teams enden.',
  'org.add.orgLink':
    'Das ist der Link einer Organisation, nicht der einer Teamleitung. Bitten Sie die Leitung um ihren Dashboard-Link.',
  'org.add.badHeadcount': 'Die Kopfzahl ist eine ganze Zahl ab 1; oder lassen Sie das Feld leer.',
  'org.add.refused':
    'Kein Team hat diese ID und dieses Geheimnis. Bitten Sie die Leitung um ihren aktuellen Dashboard-Link.',
  'org.data.heading': 'Die Daten der Organisation',
  'org.data.export':
    'Eine Zeile pro Team: Antworten, Gewicht, Position, Mischung der Arbeit, überwiegende Arbeit und ob es gegen das Titelmodell der Organisation steht. Nur Team-Schwerpunkte, nichts über ein Mitglied.',
  'org.data.delete': 'Organisation löschen…',
  'org.data.confirm':
    '<name></name> löschen? Der Admin-Link funktioniert danach nicht mehr. Die Teams bleiben, wie sie sind, mit ihren Dashboards und Antworten.',
  'org.data.deleteForGood': 'Organisation löschen',
  'org.data.keep': 'Organisation behalten',
  'org.deleted.title': 'Organisation gelöscht',
  'org.deleted.lead':
    'Ihr Admin-Link funktioniert nicht mehr. Die Teams, die dazugehörten, behalten ihre Dashboards und Antworten.',

  'teams.title': 'Wo liegt der Schwerpunkt Ihres Teams?',
  'teams.lead':
    'Legen Sie ein Team an, schicken Sie den Beitrittslink an die Leute, die die Arbeit machen, und alle beantworten das Quiz zu ihrer eigenen Woche. Sie sehen das Team als Ganzes: wo seine Arbeit zwischen Forschung und Produkt liegt, welches Titelmodell passt, und eine Besetzung, die dazu passt.',
  'teams.point.aggregates':
    'Niemand sieht die Antworten anderer; Sie sehen nur Summen, und erst, wenn genug Leute geantwortet haben.',
  'teams.point.lead':
    'Sie können die Arbeitsstränge selbst auflisten und das Quiz so beantworten, wie Sie die Arbeit des Teams sehen.',
  'teams.point.export':
    'Exportieren Sie die anonymen Antworten als CSV oder JSON, oder löschen Sie das Team mit allem, was dazugehört.',
  'teams.form.name': 'Teamname',
  'teams.form.name.placeholder': 'Applied ML',
  'teams.form.min': 'Nötige Antworten, bevor Ergebnisse erscheinen',
  'teams.form.min.hint': (least: number, most: number) =>
    `Zwischen ${least} und ${most}. Unterhalb dieser Zahl zeigt das Dashboard nichts über die Antworten, damit niemand erkennbar wird.`,
  'teams.form.submit': 'Team anlegen',
  'teams.form.noName': 'Geben Sie dem Team einen Namen.',
  'teams.form.badMin': (least: number, most: number) =>
    `Das Minimum muss eine ganze Zahl zwischen ${least} und ${most} sein.`,
  'teams.form.creating': 'Team wird angelegt…',
  'teams.created.title': 'Team angelegt',
  'teams.created.heading': 'Team angelegt: <name></name>',
  'teams.created.save': 'Speichern Sie jetzt den Admin-Link',
  'teams.created.save.lead':
    'Er ist der einzige Schlüssel zu den Ergebnissen Ihres Teams und zum Löschen des Teams. Er wird nur dieses eine Mal angezeigt: rolefit speichert nur einen Fingerabdruck des darin enthaltenen Geheimnisses und kann ihn nicht noch einmal anzeigen. Bewahren Sie ihn an einem privaten Ort auf, etwa in einem Passwortmanager.',
  'teams.created.adminLink': 'Admin-Link (nur für Sie)',
  'teams.created.share': 'Teilen Sie den Beitrittslink mit Ihrem Team',
  'teams.created.joinLink': 'Beitrittslink (für Mitglieder)',
  'teams.created.joinLink.hint':
    'Die Mitglieder beantworten damit das Quiz zu ihrer eigenen Woche und sehen nur ihr eigenes Ergebnis. Die Ergebnisse des Teams können sie damit nicht lesen.',

  'team.title': (page: string) => `${page} · rolefit-Team`,
  'team.problem.create': 'Neues Team anlegen',
  'team.problem.noKey.title': 'Öffnen Sie Ihren Admin-Link',
  'team.problem.noKey.lead':
    'Das Dashboard öffnet sich über den Admin-Link, den Sie beim Anlegen des Teams bekommen haben. Es behält den Schlüssel nur in diesem Tab; öffnen Sie den Link also erneut, in einem neuen Tab oder nachdem Sie diesen geschlossen haben.',
  'team.problem.badKey.title': 'Dieser Admin-Link funktioniert nicht',
  'team.problem.badKey.lead':
    'Vielleicht wurde das Team gelöscht, oder der Link wurde beim Kopieren abgeschnitten. Öffnen Sie den vollständigen Admin-Link, den Sie beim Anlegen des Teams gespeichert haben.',
  'team.problem.load': 'Das Dashboard konnte nicht geladen werden',
  'team.deleted.title': 'Team gelöscht',
  'team.deleted.lead': (responses: number) =>
    `Das Team, seine ${countedAnswers(responses)}, die Arbeitsstränge und Ihre Sicht sind gelöscht. Beitrittslink und Admin-Link funktionieren nicht mehr.`,
  'team.count': (responses: number, batch: number, created: string) =>
    `${countedAnswers(responses)} · die Karte zeigt sie in Gruppen von ${batch} · angelegt am ${created}`,
  'team.needed.heading': (needed: number) =>
    `Noch ${needed} ${plural(needed, 'Antwort', 'Antworten')} nötig`,
  'team.needed.lead': (batch: number) =>
    `Die Karte des Teams erscheint, sobald ${batch} Personen geantwortet haben, und spätere Antworten kommen in Gruppen von ${batch} hinzu, damit sich niemandes Antworten herausgreifen lassen. Teilen Sie den Beitrittslink:`,
  'team.joinLink': 'Beitrittslink für Mitglieder',
  'team.joinLink.more': 'Beitrittslink, um weitere Mitglieder einzuladen',
  'team.release.all': (released: number, batch: number) =>
    `Karte und Export enthalten ${released === 1 ? 'die 1 Antwort' : `alle ${released} Antworten`}. Neue Antworten erscheinen in Gruppen von ${batch}, ${NO_DIFFERENCING}`,
  'team.release.replaced': (replaced: number, people: number) =>
    `${replaced === 1 ? 'Eine davon wurde' : `${replaced} davon wurden`} aus demselben Browser neu gegeben, daher zählt die Karte ${people} Personen, jede mit ihren neuesten Antworten.`,
  'team.release.some': (released: number, responses: number, batch: number, more: number) =>
    `Karte und Export enthalten ${released} der ${countedAnswers(responses)}. Die nächsten ${batch} erscheinen gemeinsam, sobald ${more} ${plural(more, 'weitere Person antwortet', 'weitere Personen antworten')}, ${NO_DIFFERENCING}`,
  'team.copy': 'Kopieren',
  'team.copy.done': 'Kopiert.',
  'team.copy.failed': 'Kopieren fehlgeschlagen: Markieren Sie den Link und kopieren Sie ihn.',
  'team.saving': 'Wird gespeichert…',
  'team.api.offline':
    'Der Server war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es noch einmal.',
  'team.api.offline.export': 'Der Server war nicht erreichbar.',
  'team.api.status': (status: number) => `Der Server hat mit ${status} geantwortet.`,
  'team.map.heading': 'Wo die Arbeit des Teams liegt',
  'team.map.marker': 'Schwerpunkt des Teams',
  'team.map.marker.twoJobs': 'Durchschnitt des Teams',
  'team.map.spectrum': (positions: readonly string[], centre: string, spread: string) =>
    `Das Spektrum von Research Scientist (0) bis AI Engineer (1). ${positions.length} ${plural(positions.length, 'Mitglied liegt', 'Mitglieder liegen')} bei ${positions.join(', ')}; der Schwerpunkt des Teams liegt bei ${centre}, mit einer Streuung von ${spread} nach beiden Seiten.`,
  'team.map.spectrum.twoJobs':
    ' Das Team ist zwischen den beiden Enden geteilt; der Schwerpunkt ist daher ein Durchschnitt, in dessen Nähe kaum ein Mitglied arbeitet.',
  'team.map.spectrum.lead': (position: string) => ` Ihre eigene Sicht liegt bei ${position}.`,
  'team.map.legend': (withLead: boolean) =>
    `Jeder Punkt ist ein Mitglied, ohne Namen und in keiner bestimmten Reihenfolge. Das Band zeigt die Streuung um den Schwerpunkt${withLead ? '; der Ring ist Ihre eigene Sicht.' : '.'}`,
  'team.map.legend.twoJobs':
    ' Weil das Team zwischen den beiden Enden geteilt ist, ist der Schwerpunkt nur ein Durchschnitt: Kaum ein Mitglied arbeitet in seiner Nähe.',
  'team.map.centre': 'Schwerpunkt',
  'team.map.centre.value': (position: string, place: string) => `${position}: ${place}`,
  'team.map.spread': 'Streuung',
  'team.map.spread.value': (spread: string, band: string) => `${spread}, ${band}`,
  'team.map.spread.tight': 'eng: die meisten machen ähnliche Arbeit',
  'team.map.spread.moderate': 'mittel',
  'team.map.spread.wide': 'breit: das Team deckt das ganze Spektrum ab',
  'team.map.roles': 'Antworten nach Rolle',
  'team.map.roles.value': (counts: readonly string[]) => counts.join(' · '),
  'team.map.roles.count': (role: string, count: number) => `${role}: ${count}`,
  'team.place.between': (a: string, b: string) => `zwischen ${a} und ${b}`,
  'team.place.twoJobs': (a: string, b: string) => `geteilt zwischen ${a} und ${b} (zwei Jobs)`,
  'team.work': (work: string, summary: string) => `${work}. ${summary}`,
  'team.work.twoJobs': (research: string, product: string, rnd: string) =>
    `Beide Enden: ${research} Forschung und ${product} Produktarbeit, dazwischen ${rnd} Brückenarbeit (F&E).`,
  'team.titling.twoJobs': (work: string) =>
    `Weil das Team geteilt ist, zeigt diese Zeile nur die halbe Wahrheit: Es ist die Matrixzeile „${work}“, eines der beiden Enden. Lesen Sie sie zusammen mit dem Rat zu zwei Jobs oben.`,
  'team.staffing.heading': 'Eine Besetzung, die der Arbeit folgt',
  'team.staffing.note':
    'Der Anteil der Personen in jeder Rolle folgt dem Anteil des Aufwands in jeder Spalte. Ändern Sie die Teamgröße, um ganze Personen zu sehen.',
  'team.staffing.size': 'Teamgröße',
  'team.staffing.line': (people: number, roles: readonly string[]) =>
    `Für ${people} ${plural(people, 'Person', 'Personen')}: ${roles.join(' · ')}.`,
  'team.staffing.role': (role: string, count: number) => `${role} ${count}`,
  'team.trap.heading': 'Die Falle der falschen Spalte',
  'team.trap.counts': (title: number, review: number, of: number) =>
    `${title} von ${of} tragen einen Titel aus einer anderen Spalte als ihre Arbeit; ${review} von ${of} werden an den Kennzahlen einer anderen Spalte gemessen.`,
  'team.trap.judged': (people: number) =>
    `${people} ${plural(people, 'Person wird', 'Personen werden')} an einem Maßstab gemessen, auf den ihre Arbeit nicht zielt. Wer Forschung an der Uptime misst oder Produktarbeit an Papers, lenkt die Leute zur falschen Arbeit.`,
  'team.trap.titleOnly': (people: number) =>
    `Niemand wird an den Kennzahlen einer anderen Spalte gemessen, aber ${people} ${people === 1 ? 'Person trägt einen Titel' : 'Personen tragen Titel'} aus einer anderen Spalte als ihrer Arbeit. Ein Titel allein bewertet die Arbeit nicht; er prägt aber, was Bewerbende und Beförderungsgremien erwarten.`,
  'team.trap.none':
    'Niemand, der die optionalen Fragen beantwortet hat, trägt einen Titel aus einer anderen Spalte oder wird an deren Kennzahlen gemessen. Hier zählen nur Personen, die diese Fragen beantwortet haben.',
  'team.twoJobs.eyebrow': 'Geteilt zwischen den beiden Enden',
  'team.twoJobs.heading': 'Ihr Team macht zwei Jobs, nicht einen',
  'team.twoJobs.why': (
    whose: string,
    position: string,
    rnd: string,
    research: string,
    product: string,
  ) =>
    `Warum nicht „Research Engineering“? Der Durchschnitt der ${whose} landet in der Mitte (${position}), wo der Rat für Brückenarbeit lauten würde: „In der Praxis sind alle Research Engineers.“ Aber nur ${rnd} der Arbeit ist solche Brückenarbeit; ${research} ist Forschung und ${product} Produktarbeit. Ein Team, das zwischen den beiden Enden geteilt ist, bekommt stattdessen den Rat zu zwei Jobs.`,
  'team.twoJobs.whose': 'Antworten der Mitglieder',
  'team.data.heading': 'Die Daten Ihres Teams',
  'team.data.export': (released: number) =>
    `Der Export enthält die ${countedAnswers(released)}, die die Karte zeigt, jeweils ohne Namen, IDs, Seiten oder Zeitpunkte und nicht in der Reihenfolge ihres Eingangs.`,
  'team.data.export.later': (batch: number) =>
    `Der Export ist möglich, sobald ${batch} Personen geantwortet haben, damit niemand erkennbar wird.`,
  'team.data.preparing': 'Export wird vorbereitet…',
  'team.data.exported': (format: string) => `Als ${format.toUpperCase()} exportiert.`,
  'team.data.delete': 'Team löschen…',
  'team.data.confirm': (responses: number) =>
    `Das Team <name></name> mit seinen ${countedAnswers(responses)}, Ihren Arbeitssträngen und Ihrer Sicht löschen? Das lässt sich nicht rückgängig machen, und Beitritts- und Admin-Link funktionieren danach nicht mehr.`,
  'team.data.deleting': 'Wird gelöscht…',
  'team.data.deleteForGood': 'Alles endgültig löschen',
  'team.data.keep': 'Team behalten',

  // Teammodus: Runden, dasselbe Team antwortet erneut, wenn sich seine Arbeit ändert.
  'team.rounds.heading': 'Runden im Zeitverlauf',
  'team.rounds.lead.first':
    'Dies ist Runde 1. Wenn sich die Arbeit ändert (ein neues Projekt, eine Umorganisation, ein paar Monate später), eröffnen Sie eine neue Runde: Die Mitglieder antworten erneut über denselben Beitrittslink, und diese Runde bleibt, wie sie ist. So sehen Sie, wohin sich die Arbeit bewegt hat.',
  'team.rounds.lead': (current: number) =>
    `Runde ${current} ist offen: Die Mitglieder antworten erneut über denselben Beitrittslink. Frühere Runden bleiben, wie sie waren, nur lesbar; die Karte oben zeigt nur Runde ${current}.`,
  'team.rounds.path.label': (points: readonly string[]) =>
    `Der Schwerpunkt des Teams je Runde, von Research Scientist (0) bis AI Engineer (1): ${points.join(', ')}`,
  'team.rounds.path.point': (round: number, position: string) => `Runde ${round} bei ${position}`,
  'team.rounds.round': (round: number) => `Runde ${round}`,
  'team.rounds.dates': (opened: string, closed: string) => `${opened} – ${closed}`,
  'team.rounds.dates.open': (opened: string) => `seit ${opened}`,
  'team.rounds.answers': (n: number) => countedAnswers(n),
  'team.rounds.current': 'jetzt offen',
  'team.rounds.mix': (round: number) => `Die Verteilung der Arbeit in Runde ${round}`,
  'team.rounds.centre': (position: string, work: string) =>
    `Schwerpunkt bei ${position}; den größten Teil der Woche füllt ${work}.`,
  'team.rounds.notEnough': (n: number, min: number) =>
    `Noch nicht genug Antworten für einen Schwerpunkt (${n} von ${min}).`,
  'team.rounds.change.grew': (column: string, from: string, to: string) =>
    `wuchs der Anteil ${column} von ${from} auf ${to}`,
  'team.rounds.change.shrank': (column: string, from: string, to: string) =>
    `sank der Anteil ${column} von ${from} auf ${to}`,
  'team.rounds.change.moved': (from: number, to: number, shift: string, toward: string | null) =>
    `Von Runde ${from} zu Runde ${to} ${shift}${toward ? `: ${toward}` : ''}.`,
  'team.rounds.change.toward': (from: string, to: string) =>
    `Die Arbeit bewegt sich von ${from} hin zu ${to}`,
  'team.rounds.place.research': 'der Forschung',
  'team.rounds.place.rnd': 'der Brücke',
  'team.rounds.place.product': 'dem Produkt',
  'team.rounds.change.steady': (from: number, to: number, points: number) =>
    `Von Runde ${from} zu Runde ${to} blieb die Verteilung stabil: Keine Art von Arbeit hat sich um ${points} Punkte oder mehr bewegt.`,
  'team.rounds.change.regime': (from: string, to: string) =>
    `Die Empfehlung zu den Titeln hat sich geändert: von „${from}“ zu „${to}“.`,
  'team.rounds.change.regimeSame': (regime: string) =>
    `Die Empfehlung zu den Titeln bleibt dieselbe: „${regime}“.`,
  'team.rounds.change.split.now':
    'Die Woche besteht jetzt aus zwei Jobs in einem: Forschung und Produkt, mit wenig Brückenarbeit dazwischen.',
  'team.rounds.change.split.gone': 'Die Woche besteht nicht mehr aus zwei Jobs in einem.',
  'team.rounds.open': (next: number) => `Runde ${next} eröffnen`,
  'team.rounds.open.empty': (current: number) =>
    `Runde ${current} hat noch keine Antworten; die nächste Runde kann erst danach eröffnet werden.`,
  'team.rounds.confirm': (current: number, next: number) =>
    `Runde ${current} schließen und Runde ${next} eröffnen? Runde ${current} behält ihre Antworten, nur lesbar, und ihr Schwerpunkt bleibt in diesem Verlauf. Die Mitglieder beantworten Runde ${next} über denselben Beitrittslink.`,
  'team.rounds.openForGood': (next: number) => `Ja, Runde ${next} eröffnen`,
  'team.rounds.keep': 'Jetzt nicht',
  'team.rounds.opening': 'Die nächste Runde wird eröffnet…',
  // Teammodus: die Stellenanzeige für die nächste Einstellung, im Browser gelesen und neben das Team gestellt.
  'team.posting.heading': 'Eine Stellenanzeige mit diesem Team abgleichen',
  'team.posting.lead':
    'Fügen Sie die Stellenanzeige für die nächste Einstellung im Team ein. Sie sehen, welche Rolle sie besetzt und wie diese Rolle zum Schwerpunkt des Teams und zu den Lücken in seiner Besetzung passt.',
  'team.posting.label': 'Stellenanzeige für die nächste Einstellung im Team',
  'team.posting.placeholder': 'Fügen Sie hier den Text der Stellenanzeige ein…',
  'team.posting.loadFailed':
    'Die Analyse konnte nicht geladen werden, daher wurde nichts gelesen. Prüfen Sie die Verbindung und tippen Sie erneut.',
  'team.posting.hires': (role: string, nth: number, share: string, column: string) =>
    `Mit dieser Stellenanzeige stellen Sie die ${nth === 1 ? 'erste' : `${nth}.`} Person als ${role} ein, in ein Team, dessen Arbeit zu ${share} im Bereich ${inSentence(column)} liegt.`,
  'team.posting.hires.workstreams': (role: string, share: string, column: string) =>
    `Mit dieser Stellenanzeige stellen Sie eine Person als ${role} ein, für Arbeit, die laut Ihren Arbeitssträngen zu ${share} im Bereich ${inSentence(column)} liegt.`,
  'team.posting.hires.alone': (role: string) =>
    `Mit dieser Stellenanzeige stellen Sie eine Person als ${role} ein.`,
  'team.posting.between': (place: string) => ` Die Arbeit darin liegt ${place}.`,
  'team.posting.twoJobs': (first: string, second: string) =>
    `Diese Stellenanzeige verlangt zwei Jobs in einem: ${first} und ${second}, mit wenig Brückenarbeit dazwischen.`,
  'team.posting.count': (count: number, members: number) =>
    count === 0
      ? `Von den ${members} Mitgliedern, die geantwortet haben, ist noch niemand in dieser Rolle.`
      : count === members
        ? `Alle ${members} Mitglieder, die geantwortet haben, sind schon in dieser Rolle.`
        : `Von den ${members} Mitgliedern, die geantwortet haben, ${plural(count, 'ist', 'sind')} schon ${count} in dieser Rolle.`,
  'team.posting.count.twoJobs': (
    first: string,
    firstCount: number,
    second: string,
    secondCount: number,
    members: number,
  ) =>
    `Von den ${members} Mitgliedern, die geantwortet haben, ${plural(firstCount, 'ist', 'sind')} ${firstCount} in der Rolle ${first} und ${secondCount} in der Rolle ${second}.`,
  'team.posting.column.centre': (share: string, column: string) =>
    `Dort liegt die Arbeit des Teams: ${share} davon im Bereich ${inSentence(column)}, mehr als in jedem anderen Bereich.`,
  'team.posting.column.gap': (share: string, column: string, count: number, members: number) =>
    `Dieser Bereich ist eine Lücke in der Besetzung: ${share} der Arbeit liegen im Bereich ${inSentence(column)}, aber ${count === 0 ? 'keines' : `nur ${count}`} der ${members} Mitglieder ${count > 1 ? 'sind' : 'ist'} in dieser Rolle.`,
  'team.posting.column.staffed': (share: string, column: string) =>
    `${share} der Arbeit des Teams liegen im Bereich ${inSentence(column)}, und für diesen Anteil hat das Team schon genug Personen in dieser Rolle.`,
  'team.posting.column.workstreams': (share: string, column: string, centre: boolean) =>
    centre
      ? `Dort liegt die Arbeit: Ihre Arbeitsstränge legen ${share} davon in den Bereich ${inSentence(column)}, mehr als in jeden anderen.`
      : `Dort liegt nicht der Großteil der Arbeit: Ihre Arbeitsstränge legen ${share} davon in den Bereich ${inSentence(column)}.`,
  'team.posting.workstreams': (share: string, column: string) =>
    `Nach Ihren Arbeitssträngen liegen ${share} der Arbeit im Bereich ${inSentence(column)}.`,
  'team.posting.next.same': (role: string) =>
    `Die Besetzung, die der Arbeit folgt, sagt dasselbe: Als Nächstes sollten Sie eine Person als ${role} einstellen.`,
  'team.posting.next.other': (role: string, share: string, column: string, count: number) =>
    `Die Besetzung, die der Arbeit folgt, sagt etwas anderes: Als Nächstes sollten Sie eine Person als ${role} einstellen. ${share} der Arbeit des Teams liegen im Bereich ${inSentence(column)}, ${count === 0 ? 'und noch niemand im Team ist in dieser Rolle' : `mit nur ${count} in dieser Rolle`}.`,
  'team.posting.next.workstreams': (role: string, share: string, column: string) =>
    `Die Besetzung, die der Arbeit folgt, sagt etwas anderes: Als Nächstes sollten Sie eine Person als ${role} einstellen. Ihre Arbeitsstränge legen die meiste Arbeit, ${share}, in den Bereich ${inSentence(column)}.`,
  'team.posting.next.twoJobs': (role: string, isPart: boolean) =>
    isPart
      ? `Teilen Sie sie in zwei Stellenanzeigen und schreiben Sie zuerst die für ${role} aus: Diese Einstellung kommt laut der Besetzung als Nächstes.`
      : `Teilen Sie sie in zwei Stellenanzeigen. Laut der Besetzung sollte die nächste Einstellung aber eine Person als ${role} sein, und das ist keine der beiden Hälften.`,
  'team.posting.twoJobs.advice': 'Der Rat zu zwei Jobs für diese Stellenanzeige',
  'team.posting.nothing': (needed: number) =>
    `Noch gibt es nichts zum Vergleichen: Die Karte des Teams erscheint, sobald ${needed} ${plural(needed, 'weiteres Mitglied antwortet', 'weitere Mitglieder antworten')}. Bis dahin können Sie unten die Arbeitsstränge des Teams eintragen; die Stellenanzeige wird dann mit ihnen verglichen.`,
  'team.posting.notEnough':
    'Die Stellenanzeige wird erst mit dem Team verglichen, wenn sie sagt, worin die Arbeit besteht.',
  'team.posting.mix.posting': 'Die Arbeit in der Stellenanzeige',
  'team.posting.mix.members': 'Die Arbeit der Mitglieder',
  'team.posting.mix.workstreams': 'Die Arbeit in Ihren Arbeitssträngen',
  'team.posting.more':
    'Die Formulierungen dahinter, die Hinweise und woran die Rolle zu messen ist, zeigt die <a>Analyse</a>, wenn Sie die Stellenanzeige dort einfügen; auch sie liest den Text in Ihrem Browser.',

  'lead.heading': 'Ihre Sicht neben der Ihrer Mitglieder',
  'lead.none': 'Sie haben Ihre Sicht noch nicht angegeben.',
  'lead.yours': (position: string, place: string, work: string) =>
    `Sie verorten die Arbeit des Teams bei ${position}: ${place}, ${inSentence(work)}.`,
  'lead.members.later':
    ' Die Sicht der Mitglieder erscheint, sobald genug von ihnen geantwortet haben.',
  'lead.members.alike': 'Sie und Ihre Mitglieder sehen die Arbeit gleich.',
  'lead.members.apart': (distance: string, toward: 'research' | 'product', position: string) =>
    `Ihre Mitglieder verorten sie um ${distance} weiter ${toward === 'product' ? 'in Richtung Produktende' : 'in Richtung Forschungsende'} (${position}). Ein Gespräch wert: Titel und Kennzahlen sollten der Arbeit folgen, die die Leute tatsächlich machen.`,
  'lead.quiz.again': 'Erneut antworten',
  'lead.quiz.take': 'Das Quiz so beantworten, wie Sie die Arbeit des Teams sehen',
  'lead.quiz.note':
    'Antworten Sie für die Arbeit, die den größten Teil der Woche des Teams ausfüllt, so wie Sie sie sehen. Die Mitglieder sehen Ihre Antworten nie.',
  'lead.quiz.open': (open: number) => `Beantworten Sie zuerst alle Fragen (noch ${open} offen).`,
  'lead.quiz.save': 'Meine Sicht speichern',

  'workstreams.heading': 'Arbeitsstränge, wie Sie sie auflisten',
  'workstreams.note':
    'Der zweite Weg, die Arbeit zu kartieren: Listen Sie auf, woran das Team arbeitet, welchen Anteil am Aufwand jeder Strang hat (in beliebiger Einheit: Personen, Tage, Prozent) und um welche Art von Arbeit es sich handelt.',
  'workstreams.verdict': (position: string, place: string, work: string, regime: string) =>
    `Nach Ihren Arbeitssträngen liegt der Schwerpunkt bei ${position} (${place}), ${inSentence(work)}. ${regime}: <fit></fit>`,
  'workstreams.verdict.twoJobs': (place: string, position: string) =>
    `Ihre Arbeitsstränge liegen an den beiden Enden der Linie (${place}); ihr Durchschnitt, ${position}, liegt nicht dort, wo die Arbeit ist. `,
  'workstreams.twoJobs': 'Der Rat zu zwei Jobs für diese Arbeitsstränge',
  'workstreams.twoJobs.whose': 'Arbeitsstränge',
  'workstreams.column.name': 'Name',
  'workstreams.column.effort': 'Aufwand',
  'workstreams.column.kind': 'Art der Arbeit',
  'workstreams.row.name': (n: number) => `Name von Arbeitsstrang ${n}`,
  'workstreams.row.name.placeholder': 'Arbeitsstrang',
  'workstreams.row.effort': (n: number) => `Aufwandsanteil von Arbeitsstrang ${n}`,
  'workstreams.row.kind': (n: number) => `Art der Arbeit von Arbeitsstrang ${n}`,
  'workstreams.row.custom': 'Eigene Mischung (über die API gesetzt)',
  'workstreams.row.remove': 'Entfernen',
  'workstreams.add': 'Arbeitsstrang hinzufügen',
  'workstreams.save': 'Arbeitsstränge speichern',
  'workstreams.error.name': 'Jeder Arbeitsstrang braucht einen Namen.',
  'workstreams.error.effort': (name: string) => `Geben Sie „${name}“ einen Aufwandsanteil über 0.`,

  'join.eyebrow': (questionCount: number) =>
    `Ihr Team · ${smallCount(questionCount)} ${questions(questionCount)} · etwa eine Minute`,
  'join.title': 'Wo liegt Ihre Woche?',
  'join.lead':
    'Antworten Sie für die Arbeit, die den größten Teil Ihrer eigenen Woche ausfüllt. Sie sehen Ihr eigenes Ergebnis; Ihre Teamleitung sieht nur das Team als Ganzes, und erst, wenn genug Leute geantwortet haben.',
  'join.note':
    'Es ist ein Rat zur Arbeit, kein Urteil über eine Person. Name, E-Mail-Adresse oder Anschrift werden weder abgefragt noch gespeichert.',
  'join.context.lead':
    'Sie ändern Ihr Ergebnis nicht. Ihre Teamleitung sieht sie nur als Zahlen: wie viele Leute einen Titel tragen oder an Kennzahlen gemessen werden, die zu einer anderen Spalte gehören als ihre Arbeit.',
  'join.finish': 'Absenden und mein Ergebnis ansehen',
  'join.sending': 'Ihre Antworten werden gesendet…',
  'join.sent':
    'Gesendet. Ihre Antworten sind jetzt Teil der Karte Ihres Teams. Ihre Teamleitung sieht das Team als Ganzes, sobald genug Leute geantwortet haben, aber nie Ihre Antworten für sich.',
  'join.problem.solo': 'Das Quiz stattdessen allein machen',
  'join.problem.incomplete.title': 'Dieser Beitrittslink ist unvollständig',
  'join.problem.incomplete.lead':
    'Ein Beitrittslink endet mit ?team= und einem Code. Bitten Sie Ihre Teamleitung, ihn noch einmal zu schicken.',
  'join.problem.gone.title': 'Dieser Beitrittslink funktioniert nicht mehr',
  'join.problem.gone.lead':
    'Vielleicht wurde das Team gelöscht, oder der Link wurde abgeschnitten. Bitten Sie Ihre Teamleitung um den aktuellen Beitrittslink. Es wurde nichts gespeichert.',
  'join.problem.notSent': 'Ihre Antworten wurden nicht gesendet',
  'join.checking': 'Der Beitrittslink wird geprüft…',
  'join.forTeam': (team: string) => `Für das Team „${team}“`,
  'join.again': (when: string) =>
    `Dieser Browser hat für dieses Team schon am ${when} geantwortet. Wenn Sie noch einmal antworten, ersetzt das die frühere Antwort: Die Karte zählt Sie einmal, mit den neuen Antworten, ab ihrem nächsten Schub.`,
  'join.sent.replaced':
    'Gesendet. Diese Antworten ersetzen Ihre früheren aus diesem Browser; die Karte des Teams übernimmt die Änderung mit dem nächsten Schub, nie für sich allein.',
  'join.problem.unknown.title': 'Zu diesem Beitrittslink gibt es kein Team',
  'join.problem.unknown.lead':
    'Der Code im Link passt zu keinem Team: Vielleicht ist er vertippt oder abgeschnitten, oder das Team wurde gelöscht. Bitten Sie Ihre Teamleitung um den aktuellen Beitrittslink.',
};
