import AccessCore
import Foundation

extension AppState {
    /// The records read off the main actor: swapped in; a reconciliation is reported in words.
    mutating func ledgerLoaded(_ snapshot: LedgerSnapshot, reconciled: [JournalOutcome]) -> [Effect] {
        ledger.records = snapshot.records
        ledger.annotations = snapshot.annotations
        ledger.unreadableLines = snapshot.unreadableLines
        ledger.isLoaded = true
        ledger.isReading = false
        ledger.failure = nil
        let atStart = ledger.reconcilingAtStart
        ledger.reconcilingAtStart = false
        guard !reconciled.isEmpty else { return [] }
        if atStart { return info(Self.reconciledSentence(reconciled)) }
        // After a change whose answer was lost: its error is on screen; only a change that landed after all is news.
        guard reconciled.contains(where: { $0.status != .failed }) else { return [] }
        return info(
            "SendGrid's answer was lost, but the list shows the change landed after all (read off the list; see J).")
    }

    mutating func ledgerFailed(_ sentence: String) -> [Effect] {
        ledger.isReading = false
        let clean = Sanitizer.clean(sentence, maxColumns: 300)
        ledger.failure = clean
        return error("The local journal and notes cannot be read: \(clean)")
    }

    /// "1 change from an earlier run had no recorded outcome; read off the list: it landed."
    static func reconciledSentence(_ outcomes: [JournalOutcome]) -> String {
        let count = outcomes.count
        let head =
            "\(count) change\(count == 1 ? "" : "s") from an earlier run had no recorded outcome; read off the list: "
        if count == 1 {
            switch outcomes[0].status {
            case .succeeded: return head + "it landed."
            case .failed: return head + "it did not land."
            case .partial: return head + "part of it landed."
            }
        }
        let landed = outcomes.filter { $0.status == .succeeded }.count
        let failed = outcomes.filter { $0.status == .failed }.count
        let partial = count - landed - failed
        var parts: [String] = []
        if landed > 0 { parts.append("\(landed) landed") }
        if failed > 0 { parts.append("\(failed) did not land") }
        if partial > 0 { parts.append("\(partial) partly landed") }
        return head + parts.joined(separator: ", ") + "."
    }

    /// After a list read: settles what is pending in the journal once per account (and after a change whose
    /// answer never came), against the list just read.
    mutating func reconcileIfDue() -> [Effect] {
        guard ledger.needsReconcile, rules.isLoaded, inFlight == nil else { return [] }
        ledger.needsReconcile = false
        ledger.reconcilingAtStart = ledger.firstReconcile
        ledger.firstReconcile = false
        ledger.isReading = true
        return [.reconcile(live: liveRules)]
    }

    /// Asks for the records again (after a change, or when the journal view opens).
    mutating func reloadLedger() -> [Effect] {
        ledger.isReading = true
        return [.loadLedger]
    }

    /// `u`: undoes the newest entry of the journal not undone yet, planned against the live list, through the
    /// same confirmation and re-check as every change.
    mutating func undoFromJournal() -> [Effect] {
        if let failure = ledger.failure {
            return error("The journal cannot be read (\(failure)), so there is nothing to undo from it.")
        }
        // The journal is read after the first list read, so without a list "still being read" would never end.
        guard rules.isLoaded else { return error(listUnavailableSentence) }
        guard ledger.isLoaded, !ledger.isReading else {
            return error("The journal is still being read; press u again in a moment.")
        }
        guard let record = UndoPlanner.latest(in: ledger.records) else {
            return error("Nothing to undo: " + UndoRefusal.nothingToUndo.message)
        }
        switch UndoPlanner.plan(record, records: ledger.records, live: liveRules) {
        case .failure(let refusal): return error(Sanitizer.clean(refusal.message, maxColumns: 300))
        case .success(let plan):
            if plan.isEmpty {
                let why = plan.skipped.map { Sanitizer.clean($0, maxColumns: 120) }.joined(separator: " ")
                return error("Entry \(plan.entry) needs no undoing: \(why)")
            }
            if !plan.readd.isEmpty && !plan.remove.isEmpty {
                return error(
                    "Entry \(plan.entry) both added and removed rules; undo it with `sgaccess undo \(plan.entry)`, which shows the whole plan."
                )
            }
            let refs = plan.remove.map { RuleRef(id: $0.id, ip: Sanitizer.sanitize($0.ip)) }
            return propose(.undo(UndoChange(entry: plan.entry, readd: plan.readd, remove: refs)))
        }
    }

    /// What the runtime journals before sending `mutation` (pure: read from the state right after the re-check).
    public func journalDraft(for mutation: Mutation) -> JournalChange {
        let outgoing = ledger.outgoing?.mutation == mutation ? ledger.outgoing : nil
        let assessment = GuardAssessment.assess(
            index: rules.index, change: mutation.proposedChange, knowledge: knowledge, attempts: attempts.attempts,
            now: now)
        var verdict = assessment.verdict.message
        if assessment.hostUnknown { verdict += " " + AddressKnowledge.unknownHostSentence }
        let removes = mutation.removedRefs.map { ref -> JournalRule in
            let rule = rules.row(id: ref.id)?.rule
            return JournalRule(id: ref.id, ip: rule?.ip ?? ref.ip, annotation: rule.flatMap(ledger.annotation(of:)))
        }
        let adds: [JournalRule]
        let kind: JournalKind
        var undoes: String?
        switch mutation {
        case .undo(let change):
            adds = change.readd
            kind = .undo
            undoes = change.entry
        case .remove:
            adds = []
            kind = outgoing?.kind ?? .remove
        default:
            let annotation = outgoing?.annotation
            adds = mutation.addedIPs.map { JournalRule(id: nil, ip: $0, annotation: annotation) }
            kind = .add
        }
        return JournalChange(
            kind: kind, adds: adds, removes: removes, verdict: verdict, overrides: outgoing?.overrides ?? [],
            undoes: undoes, requests: [mutation.apiCall],
            hostAddresses: knowledge.hostAddresses.map(\.description))
    }

    /// `J`: opens the journal view and reads the journal again.
    mutating func openJournal() -> [Effect] {
        overlay = .journal(JournalView())
        return reloadLedger()
    }

    /// The journal view: j/k, PgUp/PgDn, g/G scroll (by entry); Esc, q or J close it; `u` closes it and undoes.
    mutating func journalKey(_ key: Key, _ view: JournalView) -> [Effect] {
        if key == .character("J") || keymap.command(for: key, in: [.help]) == .cancel {
            overlay = nil
            return []
        }
        if keymap.command(for: key, in: [.global]) == .undo {
            overlay = nil
            return undoFromJournal()
        }
        let count = ledger.records.count
        let page = max(1, (height - 8) / 2)
        var next = view
        switch keymap.command(for: key, in: [.global]) {
        case .moveDown: next.scroll += 1
        case .moveUp: next.scroll -= 1
        case .pageDown, .halfPageDown: next.scroll += page
        case .pageUp, .halfPageUp: next.scroll -= page
        case .top: next.scroll = 0
        case .bottom: next.scroll = count - 1
        default: return []
        }
        next.scroll = max(0, min(next.scroll, count - 1))
        overlay = .journal(next)
        return []
    }
}
