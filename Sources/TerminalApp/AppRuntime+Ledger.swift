import AccessCore
import AccessLedger
import Foundation
import Logging
import SendGridAPI
import TerminalUI

/// The local records: the journal's outcomes, the reconciliation at start and the reads of the journal and the
/// notes, each off the main actor (the ledger's calls are synchronous file I/O).
extension AppRuntime {
    /// The write-ahead journal of the current account, stamped with the injected clock.
    var recorder: ChangeRecorder {
        let clock = options.clock
        return ChangeRecorder(
            store: ledger, actor: options.actor, clock: { Date(timeIntervalSince1970: TimeInterval(clock())) })
    }

    func loadLedger() {
        let ledger = self.ledger
        request {
            do throws(LedgerError) {
                return .ledgerLoaded(try AppRuntime.read(ledger), reconciled: [])
            } catch {
                return .ledgerFailed(error.message)
            }
        }
    }

    /// Settles the entries an earlier run (or an unanswered request) left without an outcome, then reads.
    func reconcile(_ live: [AllowRule]) {
        let ledger = self.ledger
        let recorder = self.recorder
        let logger = self.logger
        request {
            do throws(LedgerError) {
                let written = try recorder.reconcile(live: live)
                if !written.isEmpty { logger.info("journal reconciled", metadata: ["entries": "\(written.count)"]) }
                return .ledgerLoaded(try AppRuntime.read(ledger), reconciled: written)
            } catch {
                return .ledgerFailed(error.message)
            }
        }
    }

    /// `N`: the note of one range, set in the annotations store (its expiry kept), then the records read again.
    func annotate(_ range: String, note: String?) {
        let ledger = self.ledger
        let by = options.actor.signature
        let now = Date(timeIntervalSince1970: TimeInterval(options.clock()))
        request {
            do throws(LedgerError) {
                try ledger.updateAnnotations { annotations in
                    let old = annotations[range]
                    annotations[range] = Annotation(note: note, expires: old?.expires, updated: now, by: by)
                }
                return .ledgerLoaded(try AppRuntime.read(ledger), reconciled: [])
            } catch {
                return .ledgerFailed(error.message)
            }
        }
    }

    nonisolated static func read(_ ledger: any LedgerStore) throws(LedgerError) -> LedgerSnapshot {
        let journal = try ledger.journal()
        return LedgerSnapshot(
            records: journal.records, annotations: try ledger.annotations(), unreadableLines: journal.unreadableLines)
    }

    /// SendGrid's answer journalled: what landed, with the ids it gave.
    nonisolated static func journalSuccess(
        _ result: MutationResult, of intent: JournalIntent, recorder: ChangeRecorder, logger: Logger
    ) {
        let failure: LedgerError?
        switch result {
        case .added(let rules):
            let added = rules.map { rule in
                let wanted = intent.adds.first { $0.range != nil && $0.range == rule.range }
                return JournalRule(id: rule.id, ip: rule.ip, note: wanted?.note, expires: wanted?.expires)
            }
            let names = rules.map { "#\($0.id) \($0.ip)" }.joined(separator: ", ")
            failure = recorder.finish(intent, status: .succeeded, answer: "SendGrid added \(names).", added: added)
        case .removed(let ids):
            let names = ids.map { "#\($0)" }.joined(separator: ", ")
            failure = recorder.finish(intent, status: .succeeded, answer: "SendGrid removed \(names).", removedIDs: ids)
        case .failed, .notJournalled:
            failure = nil
        }
        if let failure { logger.error("journal outcome not written", metadata: ["message": "\(failure.message)"]) }
    }

    /// A refusal SendGrid answered is journalled as failed; a lost answer (timeout, lost connection, 5xx) is not:
    /// the change may have landed, so the entry stays "outcome unknown" and the next list read settles it.
    nonisolated static func journalFailure(
        _ error: APIError, of intent: JournalIntent, recorder: ChangeRecorder, logger: Logger
    ) {
        guard error.refusedBeforeActing else { return }
        if let failure = recorder.finish(intent, status: .failed, answer: error.message) {
            logger.error("journal outcome not written", metadata: ["message": "\(failure.message)"])
        }
    }
}

extension APIError {
    /// True when SendGrid answered with a refusal, so the change certainly did not happen.
    var refusedBeforeActing: Bool {
        switch self {
        case .badRequest, .unauthorized, .forbidden, .notFound, .rateLimited: return true
        default: return false
        }
    }
}
