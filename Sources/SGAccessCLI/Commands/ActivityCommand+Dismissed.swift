import AccessCore
import Foundation

/// `sgaccess activity --dismissed`: the dismissals of this account (address, when, reason, by), newest first,
/// from the local store; SendGrid is not asked. JSON: `DismissalsShape`.
extension ActivityCommand {
    func listDismissals(_ context: CommandContext) throws -> ExitStatus {
        let dismissals: [Dismissal]
        do {
            dismissals = try context.ledger.dismissals().values.sorted { ($0.at, $0.address) > ($1.at, $1.address) }
        } catch {
            throw CLIError(.api, "The dismissals could not be read. \(error.message)")
        }
        context.emit(DismissalsShape(dismissals)) {
            guard !dismissals.isEmpty else { return ["No dismissed addresses for this account."] }
            var table = TextTable(columns: [
                .init("IP", maxColumns: 39), .init("DISMISSED"), .init("REASON", maxColumns: 50),
                .init("BY", maxColumns: 30),
            ])
            for dismissal in dismissals {
                table.append([
                    dismissal.address, Timestamp.utc(JournalShape.seconds(dismissal.at)), dismissal.reason ?? "",
                    dismissal.by ?? "",
                ])
            }
            return table.lines
        }
        return .success
    }
}

/// `sgaccess activity --dismissed --json`: `{"count", "dismissals": [{"address", "at", "reason", "by"}]}`, newest
/// first; `at` in Unix seconds, `reason` and `by` null when unknown.
struct DismissalsShape: Encodable {
    struct Row: Encodable {
        let dismissal: Dismissal

        enum CodingKeys: String, CodingKey { case address, at, reason, by }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(dismissal.address, forKey: .address)
            try c.encode(JournalShape.seconds(dismissal.at), forKey: .at)
            try c.encode(dismissal.reason, forKey: .reason)
            try c.encode(dismissal.by, forKey: .by)
        }
    }

    let count: Int
    let dismissals: [Row]

    init(_ dismissals: [Dismissal]) {
        count = dismissals.count
        self.dismissals = dismissals.map(Row.init)
    }
}
