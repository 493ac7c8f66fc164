// Die Texte der Kommandozeile auf Deutsch; Befehle, Flags, Dateinamen und Beispielaufrufe bleiben wie im Englischen.
import type { Messages } from './en.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** Die Titelmodelle aus dem Framework, wie sie mitten im Satz stehen; anderes bleibt, wie es ist. */
const REGIMES_IN_SENTENCE = ['getrennte Laufbahnen', 'ein Titel für alle'];
const inSentence = (name: string) =>
  REGIMES_IN_SENTENCE.find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;

export const de: Messages = {
  'help.rolefit':
    'Welche Rolle verlangt diese KI-Arbeit: Research Scientist, Research Engineer oder AI Engineer?\n\nExit-Codes: 0 ok, 1 fehlerhafte Eingabe (bei check: Dokumente, die nicht übereinstimmen), 2 falscher Aufruf, 130 Quiz abgebrochen.',
  'help.title': (description: string, command: string, version: string) =>
    `${description} (${command} v${version})`,
  'help.usage': 'AUFRUF',
  'help.usage.options': '[OPTIONEN]',
  'help.arguments': 'ARGUMENTE',
  'help.options': 'OPTIONEN',
  'help.commands': 'BEFEHLE',
  'help.commands.command': (command: string) => `${command} <Befehl> --help`,
  'help.commands.more': (command: string) => `Mit ${command} erfahren Sie mehr über einen Befehl.`,
  'help.required': '(Pflicht)',
  'help.default': (value: string) => `(Standard: ${value})`,
  'help.examples': 'BEISPIELE',
  'help.arg.answersFile': 'Antwortdatei (JSON oder YAML), oder - für die Standardeingabe',
  'help.arg.databaseUrl':
    'file:<Pfad> für SQLite oder postgres://… (Standard: $DATABASE_URL, sonst SQLite unter ./data/rolefit.db)',
  'help.lang': 'Sprache der Ausgabe (Standard: aus LC_ALL, LC_MESSAGES oder LANG, sonst Englisch)',

  'usage.unknownCommand': (name: string) => `Unbekannter Befehl ${name}`,
  'usage.noCommand': 'Kein Befehl angegeben.',
  'usage.missingArgument': (name: string) => `Pflichtargument fehlt: ${name}`,
  'usage.seeHelp': 'Mit "rolefit --help" sehen Sie die Befehle und ihre Optionen.',
  'usage.unknownOption': (option: string, command: string, options: readonly string[]) =>
    `unbekannte Option "${option}" für rolefit ${command}; ${options.length > 0 ? `die Optionen sind: ${options.join(', ')}` : 'der Befehl hat keine Optionen'} (und --help)`,
  'usage.missingOption': (option: string, command: string, description: string) =>
    `rolefit ${command} braucht ${option}${description ? ` (${description})` : ''}`,
  'usage.unknownLanguage': (value: string, languages: readonly string[]) =>
    `${value === '' ? '--lang braucht eine Sprache' : `unbekannte Sprache "${value}" für --lang`}; die Sprachen sind: ${languages.join(', ')}`,
  'error.unexpected': (detail: string) => `unerwarteter Fehler: ${detail}`,
  'option.role.invalid': (value: string, choices: readonly string[]) =>
    `--role muss eines von ${choices.join(', ')} sein, nicht "${value}"`,

  'input.stdin': 'Standardeingabe',
  'input.waiting':
    'warte auf die Standardeingabe: Leiten Sie eine Datei hinein, oder geben Sie statt "-" einen Dateipfad an',
  'input.noFile': (path: string) => `Datei nicht gefunden: ${path}`,
  'input.folder': (path: string) => `${path} ist ein Ordner; bitte eine Datei angeben`,
  'input.unreadable': (path: string, reason: string) =>
    `${path} kann nicht gelesen werden: ${reason}`,
  'input.empty': (name: string) => `${name} ist leer; erwartet wird JSON wie {"answers": {…}}`,
  'input.notData': (name: string, reason: string) => `${name} ist weder JSON noch YAML: ${reason}`,

  'quiz.help':
    'Das Quiz im Terminal machen, eine Frage nach der anderen (Pfeil- oder Zifferntasten, b für zurück)',
  'quiz.help.json': 'Das Ergebnisobjekt als JSON ausgeben',
  'quiz.help.brief': 'Statt des Ergebnisses das Stellenprofil in Markdown ausgeben',
  'quiz.jsonAndBrief': 'bitte nur eines von --json und --brief angeben, nicht beide',
  'quiz.noTerminal':
    'rolefit quiz stellt seine Fragen in einem Terminal, und die Standardeingabe ist keines. Um Antworten aus einer Datei oder einer Pipe auszuwerten: rolefit score <file|->   (IDs der Fragen und Optionen: rolefit questions)',
  'quiz.cancelled': 'Quiz abgebrochen; nichts wurde ausgewertet',
  'quiz.step': (n: number, of: number) => `Frage ${n} von ${of}`,
  'quiz.step.optional': (n: number, of: number) => `Optional ${n} von ${of}`,
  'quiz.skip': 'Frage überspringen',
  'quiz.skip.clear': 'Antwort löschen und überspringen',
  'quiz.back': '← Zurück',
  'quiz.keys': (key: (name: string) => string, options: number, canGoBack: boolean) => [
    `${key(`↑/↓ oder 1-${options}`)} wählen`,
    `${key('Enter')} bestätigen`,
    ...(canGoBack ? [`${key('b')} zurück`] : []),
    `${key('Ctrl-C')} beenden`,
  ],
  'quiz.scored': 'Ausgewertet. Ihr Ergebnis:',

  'questions.help': 'Das Quiz ausgeben: Fragen-IDs, Fragen und jede Option mit ihren Gewichten',
  'questions.help.json': 'Die Quiz-Definition als JSON ausgeben',
  'questions.weights': (research: number, rnd: number, product: number) =>
    `Forschung ${research} · F&E ${rnd} · Produkt ${product}`,
  'questions.context': 'Optionaler Kontext (ändert das Ergebnis nicht)',
  'questions.howToAnswer':
    'Antworten Sie mit {"answers": {"<question id>": "<option id>", …}} und rufen Sie auf: rolefit score <file>',

  'score.help':
    'Antworten aus einer JSON- oder YAML-Datei oder aus der Standardeingabe (-) auswerten',
  'score.help.json': 'Das vollständige Ergebnisobjekt als JSON ausgeben',
  'score.notAnswers': (example: string) =>
    `erwartet wird ein Objekt mit "answers", etwa ${example}; die IDs zeigt: rolefit questions`,
  'score.unscorable': (problems: readonly string[]) =>
    `diese Antworten lassen sich nicht auswerten:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  'brief.help':
    'Das Stellenprofil in Markdown für Antworten aus einer JSON- oder YAML-Datei ausgeben, oder - für stdin',
  'brief.help.json': '{"result": …, "markdown": "…"} als JSON ausgeben',

  'rubric.help':
    'Ein Beurteilungsbogen für die Arbeit einer Rolle: Stufen mal Dimensionen, jede Zeile etwas, das eine Beurteilung belegen kann, als Markdown, CSV oder JSON',
  'rubric.help.role': (roles: readonly string[], split: string) =>
    `Die Rolle, deren Arbeit beurteilt wird: ${roles.join(', ')}, oder ${split} für zwei Jobs in einem`,
  'rubric.help.regime':
    'separate-tracks (eine Karriereleiter je Laufbahn, und was jede der nächsten übergibt) oder flat (eine Karriereleiter unter einem Titel für alle); Standard: was die Matrix für die Arbeit empfiehlt',
  'rubric.help.levels': (min: number, max: number) =>
    `Stufen je Karriereleiter, von ${min} bis ${max}`,
  'rubric.help.format':
    'md (Markdown zum Einfügen in ein Dokument), csv (eine Zeile je Stufe und Dimension, für eine Tabellenkalkulation) oder json (das Rubric-Objekt)',
  'rubric.help.json': 'Das Rubric-Objekt als JSON ausgeben (dasselbe wie --format json)',
  'rubric.role.invalid': (value: string, choices: readonly string[]) =>
    `--role muss eines von ${choices.join(', ')} sein, nicht "${value}"`,
  'rubric.regime.invalid': (value: string, choices: readonly string[]) =>
    `--regime muss ${choices.join(' oder ')} sein, nicht "${value}"`,
  'rubric.levels.invalid': (value: string, min: number, max: number) =>
    `--levels muss eine ganze Zahl von ${min} bis ${max} sein, nicht "${value}"; zum Beispiel: --levels 4`,
  'rubric.format.invalid': (value: string, choices: readonly string[]) =>
    `--format muss eines von ${choices.join(', ')} sein, nicht "${value}"`,
  'rubric.jsonAndFormat': (format: string) =>
    `--json ist dasselbe wie --format json, und --format verlangt ${format}; bitte nur eines von beiden angeben`,

  'portfolio.help':
    'Schwerpunkt und Titelmodell eines Teams aus seinen Arbeitssträngen oder Personen, oder einer Organisation aus ihren Teams (JSON/YAML)',
  'portfolio.help.file':
    'Arbeitsstränge oder Personen, oder die "teams" einer Organisation (JSON oder YAML), oder - für die Standardeingabe',
  'portfolio.help.teamSize':
    'Zusätzlich so viele Personen auf die drei Rollen verteilen (nur für ein einzelnes Team)',
  'portfolio.help.weighting':
    'Mit "teams": jedes Team nach seinen Antworten (responses) oder nach seiner Kopfzahl (headcount) gewichten; Standard: "weighting" aus der Datei, sonst responses',
  'portfolio.help.json':
    'Das Portfolio-Objekt als JSON ausgeben (bei "teams": die Sicht auf die Organisation, wie GET /api/orgs/<id> sie liefert)',
  'portfolio.weighting.invalid': (option: string, value: string, choices: readonly string[]) =>
    `${option} muss ${choices.join(' oder ')} sein, nicht "${value}"`,
  'portfolio.teamSize.invalid': (value: string, max: number) =>
    `--team-size muss eine positive ganze Zahl von Personen sein, von 1 bis ${max}, nicht "${value}"; zum Beispiel: --team-size 12`,
  'portfolio.unmappable': (reason: string) =>
    `dieses Portfolio lässt sich nicht einordnen: ${reason}`,
  'portfolio.entry.shape': (example: string) =>
    `${example} (work: research, rnd oder product), oder statt "work" eines von "shares", "result" oder "answers"`,
  'portfolio.notList': (shape: string) =>
    `erwartet wird eine Liste von Arbeitssträngen oder Personen, oder ein Objekt, das eine solche Liste unter "items", "workstreams" oder "people" enthält; jeder Eintrag wie ${shape}`,
  'portfolio.noun.item': 'Eintrag',
  'portfolio.noun.workstream': 'Arbeitsstrang',
  'portfolio.noun.person': 'Person',
  'portfolio.empty': (noun: string) =>
    `die Liste ist leer; bitte mindestens ${noun === 'Person' ? 'eine' : 'einen'} ${noun} angeben`,
  'portfolio.entry': (noun: string, n: number, name: string | undefined) =>
    `${noun} ${n}${name === undefined ? '' : ` („${name}“)`}`,
  'portfolio.entry.notObject': (entry: string, shape: string) =>
    `${entry} ist kein Objekt; erwartet: ${shape}`,
  'portfolio.entry.unscorable': (entry: string, problems: readonly string[]) =>
    `${entry}: diese Antworten lassen sich nicht auswerten:\n${problems.map((p) => `    - ${p}`).join('\n')}`,
  'portfolio.entry.invalid': (entry: string, problems: readonly string[], shape: string) =>
    `${entry} ist ungültig:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  erwartet: ${shape}`,

  'org.file': 'die Datei',
  'org.unknownKeys': (where: string, keys: readonly string[], known: readonly string[]) =>
    `${where} enthält ${keys.map((k) => `"${k}"`).join(', ')}, ${plural(keys.length, 'das dort nicht hingehört', 'die dort nicht hingehören')}; erlaubt sind: ${known.join(', ')}`,
  'org.team.shape': (example: string) =>
    `${example}, oder statt "shares" und "responses" entweder "answers" (eine Liste, pro Mitglied ein {Fragen-ID: Options-ID}) oder "workstreams"`,
  'org.notList': (shape: string) => `"teams" muss eine Liste von Teams sein, jedes wie ${shape}`,
  'org.empty': (shape: string) =>
    `die Liste "teams" ist leer; bitte mindestens ein Team angeben, etwa ${shape}`,
  'org.name.invalid': (problems: readonly string[]) =>
    `"name", der Name der Organisation, ist ungültig: ${problems.join('; ')}`,
  'org.team': (n: number, name: string | undefined) =>
    `Team ${n}${name === undefined ? '' : ` („${name}“)`}`,
  'org.team.notObject': (team: string, shape: string) =>
    `${team} ist kein Objekt; erwartet: ${shape}`,
  'org.team.noWork': (team: string) =>
    `${team} sagt nichts über seine Arbeit; bitte eines angeben: "answers" (ein Eintrag pro Mitglied), "shares" mit "responses" oder "workstreams"`,
  'org.team.twoWorks': (team: string, given: readonly string[]) =>
    `${team} gibt seine Arbeit doppelt an, als ${given.map((g) => `"${g}"`).join(' und ')}; bitte nur eines von "answers", "shares" oder "workstreams" behalten`,
  'org.team.invalid': (team: string, problems: readonly string[], shape: string) =>
    `${team} ist ungültig:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  erwartet: ${shape}`,
  'org.team.minResponses': (team: string, value: string, least: number, most: number) =>
    `${team}: "minResponses" muss eine ganze Zahl von ${least} bis ${most} sein, wie bei einem Team auf dem Server, nicht ${value}`,
  'org.team.answers.notList': (team: string, example: string) =>
    `${team}: "answers" muss eine Liste mit einem Eintrag pro Mitglied sein, jeder wie ${example}`,
  'org.team.member.unscorable': (team: string, member: number, problems: readonly string[]) =>
    `${team}, Mitglied ${member}: diese Antworten lassen sich nicht auswerten:\n${problems.map((p) => `    - ${p}`).join('\n')}\n  die Fragen- und Options-IDs zeigt: rolefit questions`,
  'org.team.problem': (team: string, problem: string) => `${team}: ${problem}`,
  'org.team.duplicate': (name: string) =>
    `zwei Teams heißen „${name}“; bitte jedem Team einen eigenen Namen geben`,
  'org.teamSize':
    '--team-size verteilt ein einzelnes Team auf die Rollen; mit "teams" in der Datei bitte stattdessen bei jedem Team "headcount" angeben',
  'org.weighting.single':
    '--weighting gewichtet Teams gegeneinander, und diese Datei hat keine Liste "teams"; für ein einzelnes Team bitte weglassen',

  'analyze.help':
    'Welche Rolle eine Stellenanzeige, ein Beurteilungsbogen oder eine Karriereleiter beschreibt, Stufe für Stufe, mit Belegen, Hinweisen auf die falsche Spalte und Vorschlägen zur Neufassung',
  'analyze.help.file': 'Textdatei, oder - für die Standardeingabe',
  'analyze.help.json': 'Die Analyse als JSON ausgeben',
  'analyze.help.role': (roles: readonly string[]) =>
    `Stufen und Neufassungen an dieser Rolle messen: ${roles.join(', ')} (Standard: die Rolle, die der Titel nennt, sonst die des Textes selbst)`,
  'analyze.help.rewrite':
    'Statt des Berichts den Text mit allen vorgeschlagenen Neufassungen ausgeben, etwa um ihn in eine Datei umzuleiten',
  'analyze.jsonAndRewrite': 'bitte nur eines von --json und --rewrite angeben, nicht beide',
  'analyze.rewrite.none':
    'nichts neu zu fassen: keine Formulierung misst an einer anderen Spalte als der der Rolle, daher wird der Text unverändert ausgegeben',
  'analyze.rewrite.applied': (count: number) =>
    `${count} ${plural(count, 'Neufassung', 'Neufassungen')} übernommen; lesen Sie den neuen Wortlaut, bevor Sie ihn verwenden`,

  // rolefit check.
  'check.help':
    'Messen Stellenanzeige, Beurteilungsbogen und Karriereleiter einer Rolle an derselben Spalte? Exit-Code 0, wenn sie übereinstimmen, 1, wenn nicht',
  'check.help.posting': 'Die Stellenanzeige: eine Textdatei, oder - für die Standardeingabe',
  'check.help.rubric': 'Der Beurteilungsbogen: eine Textdatei, oder - für die Standardeingabe',
  'check.help.ladder': 'Die Karriereleiter: eine Textdatei, oder - für die Standardeingabe',
  'check.help.role': (roles: readonly string[]) =>
    `Die Rolle, für die die Dokumente gedacht sind: ${roles.join(', ')} (Standard: die Rolle des ersten Dokuments, das eine nennt, die Stellenanzeige zuerst)`,
  'check.help.json': 'Die Prüfung als JSON ausgeben',
  'check.none':
    'bitte mindestens ein Dokument zum Prüfen angeben: --posting <file>, --rubric <file> oder --ladder <file> (- liest die Standardeingabe)',
  'check.noValue': (option: string) =>
    `${option} braucht eine Datei, oder - für die Standardeingabe`,
  'check.stdinTwice': (options: readonly string[]) =>
    `nur ein Dokument kann aus der Standardeingabe kommen, und ${options.join(' und ')} verlangen sie (-); geben Sie die anderen als Dateien an`,
  'analyze.empty': (name: string) =>
    `${name} ist leer; bitte den Text einer Stellenanzeige oder eines Beurteilungsbogens angeben`,
  'analyze.answers': (name: string, command: string) =>
    `${name} sieht nach Quiz-Antworten aus (IDs von Fragen und Optionen), nicht nach dem Text einer Stellenanzeige oder eines Beurteilungsbogens. Um die Antworten auszuwerten: ${command}`,

  'serve.help':
    'Web-App und HTTP-API starten (Request-Logs als JSON auf stdout); Ctrl-C oder SIGTERM beendet sie sauber',
  'serve.help.port': 'Port (Standard: $PORT, sonst 3000; 0 wählt einen freien Port)',
  'serve.help.host': 'Adresse, auf der gelauscht wird (Standard: $HOST, sonst 0.0.0.0)',
  'serve.cannotStart': (reason: string) => `der Server lässt sich nicht starten: ${reason}`,
  'serve.running': (url: string, database: string, location: string) =>
    `rolefit läuft unter ${url} (${database}: ${location}). Ctrl-C beendet es.`,
  'serve.ownerToken': (token: string) =>
    `Das Owner-Token für das Analyse-Dashboard (/admin) und GET /api/stats, bei diesem ersten Start erzeugt:\n\n    ${token}\n\nEs wird nur dieses eine Mal gezeigt und nur als Hash gespeichert. Bewahren Sie es in einem Passwortmanager auf, oder setzen Sie ROLEFIT_ADMIN_TOKEN auf ein eigenes Geheimnis (das es dann ersetzt).`,
  'serve.stopping': (signal: string) =>
    `${signal}: laufende Anfragen werden abgeschlossen, dann wird beendet`,
  'serve.port.invalid': (option: string, value: string) =>
    `${option} muss eine ganze Zahl zwischen 0 und 65535 sein (0 wählt einen freien Port), nicht "${value}"`,
  'database.url.invalid': (url: string) =>
    `die Datenbank-URL muss mit file: (SQLite, z. B. file:./data/rolefit.db) oder postgres:// (PostgreSQL) beginnen, nicht "${url}"`,
  'export.help': 'Die gespeicherten Quiz-Antworten als CSV oder JSON ausgeben, älteste zuerst',
  'export.help.format': 'csv (eine Zeile pro Antwort, eine Spalte pro Frage) oder json (ein Array)',
  'export.help.since':
    'Nur Antworten, die an oder nach diesem Datum (2025-01-31) oder Zeitpunkt (ISO 8601) gespeichert wurden',
  'export.help.teams':
    'Auch Antworten aus Teams exportieren (standardmäßig ausgelassen: Sie gehören der jeweiligen Teamleitung, wie beim Export für den Betreiber)',
  'export.format.invalid': (value: string) => `--format muss csv oder json sein, nicht "${value}"`,
  'export.since.invalid': (value: string) =>
    `--since muss ein Datum wie 2025-01-31 oder ein Zeitpunkt wie 2025-01-31T09:00:00Z sein, nicht "${value}"`,
  'export.noDatabase': (path: string) =>
    `keine Datenbank unter ${path}; starten Sie zuerst "rolefit serve", oder zeigen Sie mit --database-url (oder DATABASE_URL) auf Ihre`,
  'export.cannotOpen': (reason: string) => `die Datenbank lässt sich nicht öffnen: ${reason}`,

  'label.work': 'Arbeit',
  'label.measured': 'Gemessen',
  'label.spread': 'Streuung',
  'label.titling': 'Titelmodell',
  'label.risk': 'Risiko',
  'join.titling': (regime: string, verdict: string) => `${regime}. ${verdict}`,
  'join.work': (work: string, shares: string) => `${work}: ${shares}`,
  'join.spread': (value: string, band: string) => `${value}, ${band}`,
  'join.sureness': (confidence: string, away: string) => `${confidence}; ${away}`,
  'confidence.high': (percent: string) => `hohe Sicherheit (${percent})`,
  'confidence.moderate': (percent: string) => `mittlere Sicherheit (${percent})`,
  'confidence.low': (percent: string) => `geringe Sicherheit (${percent})`,
  'share.research': (share: string) => `${share} Forschung`,
  'share.rnd': (share: string) => `${share} F&E`,
  'share.product': (share: string) => `${share} Produkt`,
  'work.twoJobs': 'Zwei Jobs',
  'role.between': (a: string, b: string) => `Zwischen ${a} und ${b}`,
  'titling.risk': (risk: string) => `Risiko, das Sie eingehen: ${risk}`,
  'titling.manage': (manage: string) => `Wie Sie es begrenzen: ${manage}`,
  'titling.other': (regime: string, verdict: string) =>
    `Stattdessen ${inSentence(regime)}: ${verdict}`,
  'grading.on': 'Woran messen',
  'grading.off': 'Woran nicht messen',
  'twoJobs.headline': (a: string, aShare: string, b: string, bShare: string) =>
    `Zwei Jobs in einem: ${a} ${aShare} + ${b} ${bShare}`,
  'twoJobs.gradePart': (role: string, share: string) => `Woran den Teil ${role} (${share}) messen`,
  'twoJobs.share.week': (share: string) => `${share} der Woche`,
  'twoJobs.share.team': (share: string) => `${share} des Aufwands im Team`,
  'twoJobs.share.text': (share: string) => `${share} der beschriebenen Arbeit`,
  'twoJobs.waysOut': 'Auswege',

  'result.oneAnswerAway': (role: string) => `eine Antwort anders, und ${role} läge vorn`,
  'result.why': 'Warum',
  'result.why.middle': 'hält die Mitte',
  'result.why.strong.research': 'zieht stark zum Forschungsende',
  'result.why.strong.product': 'zieht stark zum Produktende',
  'result.why.slight.research': 'zieht leicht zum Forschungsende',
  'result.why.slight.product': 'zieht leicht zum Produktende',
  'result.why.alone': (direction: string, role: string) =>
    `${direction}; für sich genommen zeigt sie auf ${role}`,
  'result.change': 'Was das Ergebnis ändern würde',
  'result.change.note':
    'Jede dieser Änderungen ergibt genau diese eine Rolle: nicht „zwischen zwei Rollen“, nicht „zwei Jobs“.',
  'result.change.role': (role: string, changes: number) =>
    `Allein ${role}: ${changes} ${plural(changes, 'Antwort', 'Antworten')} ändern`,
  'result.change.answer': (question: string, answer: string) => `${question} → „${answer}“`,
  'result.mismatches': 'Falsche Spalte',

  'portfolio.centre': (role: string) => `Schwerpunkt: ${role}`,
  'portfolio.summary': (entries: number, effort: number) =>
    `${entries} ${plural(entries, 'Eintrag', 'Einträge')}, Aufwand ${effort}`,
  'spread.tight': 'eng: die Arbeit ist sehr ähnlich',
  'spread.moderate': 'mittel: die Arbeit reicht in eine Nachbarspalte',
  'spread.wide': 'breit: die Arbeit zieht zu beiden Enden des Spektrums',
  'portfolio.staffing': 'Besetzung (folgt dem Aufwand in jeder Spalte)',
  'roles.research-scientist': 'Research Scientists',
  'roles.research-engineer': 'Research Engineers',
  'roles.ai-engineer': 'AI Engineers',
  'portfolio.staffing.role': (people: number, role: string, roles: string) =>
    `${people} ${people === 1 ? role : roles}`,
  'portfolio.staffing.team': (people: number, roles: readonly string[]) =>
    `Für ${people} ${plural(people, 'Person', 'Personen')}: ${roles.join(', ')}`,
  'portfolio.entries': 'Einträge',
  'portfolio.entries.effort': (effort: string) => `Aufwand ${effort}`,

  'org.headline': (org: string | undefined, verdict: string) =>
    org === undefined ? verdict : `${org} – ${verdict}`,
  'org.summary': (teams: number, counting: number) =>
    `${counting} von ${teams} ${plural(teams, 'Team', 'Teams')} ${plural(counting, 'zählt', 'zählen')}`,
  'org.noCentre': 'Noch kein Schwerpunkt: kein Team hat genug Antworten',
  'org.teams': 'Teams',
  'org.weighting.responses': 'Jedes Team zählt nach seinen Antworten.',
  'org.weighting.headcount': 'Jedes Team zählt nach seiner Kopfzahl.',
  'org.weighting.fallback': (given: number, of: number) =>
    `Verlangt war eine Gewichtung nach Kopfzahl, aber ${given === 0 ? 'kein Team hat eine angegeben' : `nur ${given} von ${of} Teams ${plural(given, 'hat', 'haben')} eine angegeben`}; deshalb zählt jedes Team nach seinen Antworten.`,
  'org.team.answers': (n: number) => `${n} ${plural(n, 'Antwort', 'Antworten')}`,
  'org.team.batches': (counted: number, given: number, min: number) =>
    `${counted} von ${given} Antworten zählen (in Blöcken zu ${min})`,
  'org.team.workstreams': (n: number) => `${n} ${plural(n, 'Arbeitsstrang', 'Arbeitsstränge')}`,
  'org.team.headcount': (n: number) => `${n} ${plural(n, 'Person', 'Personen')}`,
  'org.team.weight': (share: string) => `Gewicht ${share}`,
  'org.team.against': (regime: string) =>
    `gegen das Titelmodell der Organisation; für sich allein: ${regime}`,
  'org.team.waiting': (given: number, min: number) =>
    `noch nicht genug Antworten (${given} von ${min}); zählt nicht mit`,
  'org.heatmap': 'Arbeitsmix je Team',
  'org.heatmap.org': 'Die ganze Organisation',

  'column.research': 'Forschung',
  'column.rnd': 'F&E',
  'column.product': 'Produkt',
  'analysis.kind.posting': 'liest sich wie eine Stellenanzeige',
  'analysis.kind.rubric': 'liest sich wie ein Beurteilungsbogen',
  'analysis.title': (title: string, column: string) =>
    `der Titel „${title}“ steht für die Spalte ${column}`,
  'analysis.title.noColumn': (title: string) => `der Titel „${title}“ steht für keine Spalte`,
  'analysis.noRole': 'Keine Rolle: Der Text sagt zu wenig über die Arbeit',
  'analysis.notEnough':
    'Zu wenig für eine Aussage: Zu wenig hier beschreibt Forschung, F&E oder Produktarbeit.',
  'analysis.truncated': (chars: number) => `Nur die ersten ${chars} Zeichen wurden gelesen.`,
  'analysis.evidence': (phrases: number) =>
    `Belege (${phrases} ${plural(phrases, 'Formulierung', 'Formulierungen')})`,
  'analysis.evidence.none': 'keine Formulierung im Text spricht für eine Spalte',
  'analysis.evidence.line': (line: number) => `Zeile ${line}`,
  'analysis.evidence.negated': 'verneint',
  'analysis.evidence.measure': 'ein Maßstab',
  'analysis.section.title': 'Titel',
  'analysis.section.summary': 'Zusammenfassung',
  'analysis.section.responsibilities': 'Aufgaben',
  'analysis.section.requirements': 'Anforderungen',
  'analysis.section.nice-to-have': 'wünschenswert',
  'analysis.section.metrics': 'Kennzahlen',
  'analysis.section.company': 'Unternehmen',
  'analysis.section.benefits': 'Leistungen',
  'analysis.section.legal': 'Rechtliches',
  'analysis.flags': 'Hinweise',
  'analysis.asked': (role: string) =>
    `Stufen und Neufassungen gemessen an der Arbeit von ${role} (--role)`,
  'analysis.levels': (count: number) => `Stufen (${count})`,
  'analysis.level.grades': (column: string, shares: string) => `bewertet ${column}: ${shares}`,
  'analysis.level.tooLittle': 'sagt zu wenig, um es zu erkennen',
  'analysis.suggestions': (count: number) => `Vorgeschlagene Neufassungen (${count})`,
  'analysis.suggestion': (line: number, instead: string, write: string) =>
    `Zeile ${line}: statt „${instead}“ schreiben Sie „${write}“`,
  'analysis.suggestions.apply': (command: string) => `Der ganze Text neu gefasst: ${command}`,

  // Die Prüfung von Stellenanzeige, Beurteilungsbogen und Karriereleiter (rolefit check).
  'check.document.posting': 'Stellenanzeige',
  'check.document.rubric': 'Beurteilungsbogen',
  'check.document.ladder': 'Karriereleiter',
  'check.disagree': (count: number, role: string) =>
    `${count} ${plural(count, 'Abweichung', 'Abweichungen')}: Nicht jedes Dokument bewertet die Arbeit von ${role}.`,
  'check.against.asked': (role: string) =>
    `Geprüft an der Arbeit von ${role}, wie --role es verlangt.`,
  'check.against.document': (role: string, document: string) =>
    `Geprüft an der Arbeit von ${role}, der Rolle laut ${document}.`,
  'check.table.document': 'Dokument',
  'check.table.file': 'Datei',
  'check.table.role': 'Rolle',
  'check.table.work': 'Arbeit',
  'check.role.none': 'zu wenig, um es zu erkennen',
  'check.mismatches': (count: number) => `Abweichungen (${count})`,
  'check.gradeOn': (role: string) => `Messen Sie die Arbeit von ${role} an:`,
  'check.rewrites': 'Vorgeschlagene Neufassungen',
  'check.rewrites.count': (count: number) =>
    `${count} ${plural(count, 'Neufassung', 'Neufassungen')}`,
  'check.rewrites.hint': (command: string) => `übernehmen mit: ${command}`,
};
