import type { PrepChecklistItems } from '../types.js';

/**
 * German preparation checklists for the next interview round (R10): six concrete steps per
 * announced format, in the infinitive style usual for German checklists. Each list translates the
 * English one item for item.
 */
export const checklists = {
  executive: [
    'Den aktuellen Geschäftsbericht, die Strategie und aktuelle Meldungen des Unternehmens lesen.',
    'Eine zweiminütige Zusammenfassung vorbereiten, welchen Mehrwert Sie dem Unternehmen bringen.',
    'Eigene Erfolge mit Kennzahlen verknüpfen, die der Führung wichtig sind: Umsatz, Kosten, Risiko oder Wachstum.',
    'Durchdenken, wie die Stelle zu den Zielen des Bereichs für das kommende Jahr beiträgt.',
    'Zwei oder drei strategische Fragen zu Prioritäten und Herausforderungen vorbereiten.',
    'Sich über die Führungskräfte, die Sie treffen, und ihre Verantwortungsbereiche informieren.',
  ],
  'skills-assessment': [
    'Nachfragen, welche Fähigkeiten in welchem Format, mit welchen Werkzeugen und in welcher Zeit geprüft werden.',
    'Mit Übungen unter Zeitvorgabe trainieren, die dem Test ähneln.',
    'Am Vortag Geräte, Software und Internetverbindung prüfen.',
    'Jeder geforderten Fähigkeit aus der Stellenanzeige ein Beispiel aus der eigenen Arbeit zuordnen.',
    'Vor dem Start alle Anweisungen genau lesen und die Zeit einteilen.',
    'Den eigenen Lösungsweg zeigen: Ein klares Vorgehen zählt auch bei einer unvollständigen Antwort.',
  ],
  'case-study': [
    'Üben, ein geschäftliches Problem in seine Teile zu zerlegen, bevor Sie eine Lösung vorschlagen.',
    'Markt, wichtigste Wettbewerber und Geschäftsmodell des Unternehmens kennenlernen.',
    'Benötigte Rechnungen auffrischen: Marktgröße, Margen und einfache Break-even-Rechnungen.',
    'Verständnisfragen stellen und die eigenen Annahmen laut aussprechen.',
    'Die Antwort gliedern: Problem, Analyse, Empfehlung, Risiken und nächste Schritte.',
    'Mit einer vertrauten Person oder veröffentlichten Beispielfällen unter Zeitdruck proben.',
  ],
  presentation: [
    'Thema, Publikum, Zeitrahmen und verfügbare Technik bestätigen lassen.',
    'Einen klaren roten Faden aufbauen: Problem, Vorgehen, Ergebnisse und Empfehlung.',
    'Folien schlicht halten und eine Sicherungskopie in einem zweiten Format mitbringen.',
    'Den Vortrag laut und mit Zeitmessung proben und Raum für Fragen lassen.',
    'Wahrscheinliche Fragen vorhersehen und kurze Antworten vorbereiten.',
    'Beispiele auf die Produkte und Herausforderungen des Unternehmens zuschneiden.',
  ],
  panel: [
    'Herausfinden, wer im Gremium sitzt und welche Rolle jede Person hat.',
    'Beispiele vorbereiten, die den jeweiligen Bereich ansprechen: Technik, Geschäft oder Team.',
    'Der fragenden Person antworten und dabei das ganze Gremium einbeziehen.',
    'Genügend Exemplare des Lebenslaufs für alle mitbringen.',
    'Fragen für verschiedene Mitglieder des Gremiums vorbereiten.',
    'Alle Namen notieren, damit jede Person danach ein eigenes Dankschreiben erhält.',
  ],
  technical: [
    'Die in der Stellenanzeige genannten Technologien und Sprachen wiederholen.',
    'Üben, Aufgaben laut zu lösen und dabei Abwägungen zu erklären.',
    'Grundlagen auffrischen, auf die die Stelle setzt, etwa Datenstrukturen, Algorithmen oder Systementwurf.',
    'Ein früheres Projekt im Detail vorstellen können: eigene Entscheidungen und was Sie heute anders machen würden.',
    'Die Umgebung für Programmieraufgaben aus der Ferne testen: Editor, Kamera, Mikrofon und Bildschirmfreigabe.',
    'Vor dem Programmieren Verständnisfragen stellen und die Lösung an Beispielen prüfen.',
  ],
  general: [
    'Die Stellenanzeige und die eigene Bewerbung noch einmal lesen.',
    'Drei oder vier konkrete Beispiele für eigene Erfolge vorbereiten: Situation, Aufgabe, Vorgehen und Ergebnis.',
    'Sich über Produkte, Kultur und aktuelle Meldungen des Unternehmens informieren.',
    'Durchdachte Fragen zur Stelle, zum Team und zu den nächsten Schritten vorbereiten.',
    'Das Praktische planen: Uhrzeit, Ort oder Videolink und eine Ansprechperson.',
    'Die Notizen aus dem vorigen Gespräch durchgehen und an das Besprochene anknüpfen.',
  ],
} as const satisfies PrepChecklistItems;
