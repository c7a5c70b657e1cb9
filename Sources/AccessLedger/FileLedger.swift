import AccessCore
import Foundation

/// The local records in files under the state folder (`$XDG_STATE_HOME/sgaccess`, default
/// `~/.local/state/sgaccess`), all owner-only:
///
/// - `journal.jsonl`: every account's changes, one JSON line each (intent, then outcome); read filtered by account.
/// - `annotations/<account key>.json`: notes and expiries by range.
/// - `dismissals/<account key>.json`: dismissed addresses.
public struct FileLedger: LedgerStore {
    public let account: LedgerAccount
    public let folder: String

    public init(folder: String, account: LedgerAccount) {
        self.folder = folder
        self.account = account
    }

    public var location: String { folder }
    public var journalPath: String { folder + "/journal.jsonl" }
    public var annotationsPath: String { folder + "/annotations/\(account.key).json" }
    public var dismissalsPath: String { folder + "/dismissals/\(account.key).json" }

    public func append(_ line: JournalLine) throws(LedgerError) {
        try OwnerOnlyFile.makeFolder(folder)
        var data: Data
        do {
            data = try LedgerCoding.encoder().encode(line)
        } catch {
            throw LedgerError(path: journalPath, operation: "encode an entry for", reason: "\(error)")
        }
        data.append(UInt8(ascii: "\n"))
        try OwnerOnlyFile.append(data, to: journalPath)
    }

    public func journal() throws(LedgerError) -> JournalReading {
        guard let data = try OwnerOnlyFile.readAll(journalPath) else { return JournalReading(records: []) }
        return JournalParsing.reading(data, account: account)
    }

    public func annotations() throws(LedgerError) -> [String: Annotation] {
        try readMap(annotationsPath)
    }

    public func updateAnnotations(_ change: (inout [String: Annotation]) -> Void) throws(LedgerError) {
        try update(annotationsPath) { (map: inout [String: Annotation]) in
            change(&map)
            map = map.filter { !$0.value.isEmpty }
        }
    }

    public func dismissals() throws(LedgerError) -> [String: Dismissal] {
        try readMap(dismissalsPath)
    }

    public func updateDismissals(_ change: (inout [String: Dismissal]) -> Void) throws(LedgerError) {
        try update(dismissalsPath, change)
    }

    private func readMap<Value: Codable>(_ path: String) throws(LedgerError) -> [String: Value] {
        guard let data = try OwnerOnlyFile.readAll(path), !data.isEmpty else { return [:] }
        do {
            return try LedgerCoding.decoder().decode([String: Value].self, from: data)
        } catch {
            throw LedgerError(
                path: path, operation: "read",
                reason: "it is not valid JSON (\(Self.summary(error))); move it aside to start afresh")
        }
    }

    private func update<Value: Codable>(
        _ path: String, _ change: (inout [String: Value]) -> Void
    ) throws(LedgerError) {
        try OwnerOnlyFile.makeFolder((path as NSString).deletingLastPathComponent)
        try OwnerOnlyFile.withLock(path) { () throws(LedgerError) in
            var map: [String: Value] = try readMap(path)
            change(&map)
            let data: Data
            do {
                data = try LedgerCoding.encoder(pretty: true).encode(map)
            } catch {
                throw LedgerError(path: path, operation: "encode", reason: "\(error)")
            }
            try OwnerOnlyFile.replace(path, with: data)
        }
    }

    static func summary(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
            .valueNotFound(_, let context):
            return context.debugDescription
        @unknown default: return "\(error)"
        }
    }
}

extension FileLedger {
    /// The ledger in the state folder the environment names, or nil when there is none (no `HOME` and no
    /// `XDG_STATE_HOME`): callers then keep the records in memory and say so.
    public static func inStateFolder(variables: [String: String], account: LedgerAccount) -> FileLedger? {
        let home = variables["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        let stateHome =
            variables["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home.map { $0 + "/.local/state" }
        return stateHome.map { FileLedger(folder: $0 + "/sgaccess", account: account) }
    }
}
