import AccessCore
import AccessLedger
import ArgumentParser
import Foundation
import SendGridAPI

/// `sgaccess journal [--since 2h|DATE|ISO] [--limit N]`: this account's journal of changes, oldest first (newest
/// last), one line each: time, entry id, who, kind, what, outcome ("outcome unknown" while an entry has none).
/// Reads the list first to reconcile entries an earlier run left without an outcome (a list that cannot be read
/// is reported, and the journal shown as it is). JSON: `JournalShape`.
struct JournalCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Show the journal of changes made to this account's allow list.")

    @Option(help: "Only entries since then: a duration ago (30m, 2h, 7d), a date (2026-01-31) or an ISO 8601 time.")
    var since: String?

    @Option(help: "At most this many entries (the newest).")
    var limit: Int?

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1 (got \(limit)).") }
        if let since, Self.instant(since, now: Date()) == nil {
            throw ValidationError(
                "--since '\(since.prefix(40))' is neither a duration (30m, 2h, 7d) nor a date (2026-01-31) nor an ISO 8601 time."
            )
        }
    }

    /// `2h` back from `now`, or the date or instant named.
    static func instant(_ text: String, now: Date) -> Date? {
        ExpirySpec.duration(text).map { now.addingTimeInterval(-$0) } ?? ExpirySpec.instant(text)
    }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let context = try await CommandContext.make(
            global, environment: environment, output: output, command: "journal")
        do {
            let rules = try await context.service.listRules().value
            context.reconcileJournal(live: rules)
        } catch {
            context.note(
                "Warning: the list could not be read, so entries without an outcome are shown unreconciled: "
                    + CLIError(error).message)
        }
        let reading: JournalReading
        do {
            reading = try context.ledger.journal()
        } catch {
            throw CLIError(.api, "The journal could not be read. \(error.message)")
        }
        var records = reading.records
        if let since, let from = Self.instant(since, now: context.clockDate) {
            records = records.filter { $0.intent.time >= from }
        }
        if let limit { records = Array(records.suffix(limit)) }
        if reading.unreadableLines > 0 {
            context.note(
                "Warning: \(reading.unreadableLines) line(s) of the journal could not be read and are not shown "
                    + "(\(context.ledger.location)).")
        }
        if context.ledgerIsEphemeral {
            context.note("Note: no state folder (set HOME or XDG_STATE_HOME), so no journal is kept across runs.")
        }
        let shape = JournalShape(
            count: records.count, unreadableLines: reading.unreadableLines,
            entries: records.map(JournalShape.Entry.init))
        context.emit(shape) {
            guard !records.isEmpty else {
                return ["The journal of this account has no entries\(since == nil ? "" : " in that time")."]
            }
            var table = TextTable(columns: [
                .init("TIME"), .init("ENTRY"), .init("WHO", maxColumns: 30), .init("KIND"),
                .init("WHAT", maxColumns: 70), .init("OUTCOME", maxColumns: 40),
            ])
            for record in records { table.append(Self.row(record)) }
            return table.lines
        }
        return .success
    }

    static func row(_ record: JournalRecord) -> [String] {
        let intent = record.intent
        return [
            Timestamp.utc(JournalShape.seconds(intent.time)), intent.id, intent.actor.signature,
            intent.kind.rawValue + (intent.undoes.map { " of \($0)" } ?? ""), what(intent), outcome(record.outcome),
        ]
    }

    /// "+203.0.113.7/32 (build agent)  -#16 198.51.100.0/24"
    static func what(_ intent: JournalIntent) -> String {
        let adds = intent.adds.map { "+\($0.ip)\(noted($0))" }
        let removes = intent.removes.map { "-\($0.id.map { "#\($0) " } ?? "")\($0.ip)\(noted($0))" }
        return (adds + removes).joined(separator: "  ")
    }

    static func noted(_ rule: JournalRule) -> String {
        rule.note.map { " (\($0))" } ?? ""
    }

    static func outcome(_ outcome: JournalOutcome?) -> String {
        guard let outcome else { return "outcome unknown" }
        return outcome.status.rawValue + (outcome.reconciled ? " (read off the list later)" : "")
    }
}
