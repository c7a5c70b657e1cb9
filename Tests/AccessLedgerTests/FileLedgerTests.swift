import AccessCore
import Foundation
import TestSupport
import Testing

@testable import AccessLedger

@Suite struct FileLedgerTests {
    @Test func journalLinesComeBackPairedAndOnlyForTheirAccount() throws {
        try ScratchFolder.withSync("ledger") { folder in
            let ledger = FileLedger(folder: folder.path + "/sgaccess", account: LedgerFixtures.account)
            let neighbour = FileLedger(folder: folder.path + "/sgaccess", account: LedgerFixtures.other)
            let removed = JournalRule(id: 12, ip: "198.51.100.7/32", note: "build agent", expires: nil)
            try ledger.append(.intent(LedgerFixtures.intent("0000000a", removes: [removed])))
            try neighbour.append(.intent(LedgerFixtures.intent("0000000b", account: LedgerFixtures.other)))
            try ledger.append(
                .outcome(
                    JournalOutcome(
                        entry: "0000000a", time: LedgerFixtures.t0, status: .succeeded, answer: "204",
                        removedIDs: [12])))
            try ledger.append(.intent(LedgerFixtures.intent("0000000c")))

            let reading = try ledger.journal()
            #expect(reading.records.map(\.id) == ["0000000a", "0000000c"])
            #expect(reading.records[0].outcome?.removedIDs == [12])
            #expect(reading.records[0].intent.removes == [removed])
            #expect(reading.pending.map(\.id) == ["0000000c"])
            #expect(try neighbour.journal().records.map(\.id) == ["0000000b"])
        }
    }

    @Test func filesAndFoldersAreOwnerOnly() throws {
        try ScratchFolder.withSync("ledger") { folder in
            let ledger = FileLedger(folder: folder.path + "/state/sgaccess", account: LedgerFixtures.account)
            try ledger.append(.intent(LedgerFixtures.intent("00000001")))
            try ledger.updateAnnotations { $0["198.51.100.7/32"] = Annotation(note: "agent") }
            try ledger.updateDismissals { $0["192.0.2.1"] = Dismissal(address: "192.0.2.1", at: LedgerFixtures.t0) }
            for path in [ledger.journalPath, ledger.annotationsPath, ledger.dismissalsPath] {
                #expect(try Self.mode(path) == 0o600, "\(path)")
            }
            #expect(try Self.mode(ledger.folder) == 0o700)
            #expect(try Self.mode(ledger.folder + "/annotations") == 0o700)
        }
    }

    @Test func aTornLastLineIsCountedNotFatal() throws {
        try ScratchFolder.withSync("ledger") { folder in
            let ledger = FileLedger(folder: folder.path, account: LedgerFixtures.account)
            try ledger.append(.intent(LedgerFixtures.intent("00000001")))
            let handle = try #require(FileHandle(forWritingAtPath: ledger.journalPath))
            handle.seekToEndOfFile()
            handle.write(Data("{\"type\":\"outcome\",\"outc".utf8))
            handle.closeFile()
            let reading = try ledger.journal()
            #expect(reading.records.map(\.id) == ["00000001"])
            #expect(reading.unreadableLines == 1)
            #expect(reading.pending.count == 1)
        }
    }

    @Test func aFullDiskIsAnErrorThatNamesTheFile() throws {
        try ScratchFolder.withSync("ledger") { folder in
            let ledger = FileLedger(folder: folder.path, account: LedgerFixtures.account)
            try FileManager.default.createSymbolicLink(atPath: ledger.journalPath, withDestinationPath: "/dev/full")
            #expect {
                try ledger.append(.intent(LedgerFixtures.intent("00000001")))
            } throws: { error in
                let message = (error as? LedgerError)?.message ?? ""
                return message.contains(ledger.journalPath) && message.contains("No space left on device")
            }
        }
    }

    @Test func annotationsSurviveAReopenAndEmptyOnesAreDropped() throws {
        try ScratchFolder.withSync("ledger") { folder in
            let expires = LedgerFixtures.t0.addingTimeInterval(3600)
            let first = FileLedger(folder: folder.path, account: LedgerFixtures.account)
            try first.updateAnnotations {
                $0["198.51.100.7/32"] = Annotation(note: "build agent", expires: expires)
                $0["203.0.113.0/24"] = Annotation(note: "office")
            }
            try first.updateAnnotations { $0["203.0.113.0/24"] = Annotation() }
            let reopened = FileLedger(folder: folder.path, account: LedgerFixtures.account)
            #expect(
                try reopened.annotations() == ["198.51.100.7/32": Annotation(note: "build agent", expires: expires)])
            #expect(try FileLedger(folder: folder.path, account: LedgerFixtures.other).annotations().isEmpty)
        }
    }

    @Test func aDamagedAnnotationsFileIsAnErrorNotAnEmptyStore() throws {
        try ScratchFolder.withSync("ledger") { folder in
            let ledger = FileLedger(folder: folder.path, account: LedgerFixtures.account)
            try ledger.updateAnnotations { $0["198.51.100.7/32"] = Annotation(note: "x") }
            try Data("{ not json".utf8).write(to: URL(fileURLWithPath: ledger.annotationsPath))
            #expect(throws: LedgerError.self) { try ledger.annotations() }
            // An update must not overwrite what it could not read.
            #expect(throws: LedgerError.self) { try ledger.updateAnnotations { $0["a"] = Annotation(note: "y") } }
            #expect(
                String(decoding: FileManager.default.contents(atPath: ledger.annotationsPath)!, as: UTF8.self)
                    == "{ not json")
        }
    }

    @Test func concurrentAppendsFromManyWritersAllLand() async throws {
        try await ScratchFolder.with("ledger") { folder in
            let ledger = FileLedger(folder: folder.path, account: LedgerFixtures.account)
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask { try? ledger.append(.intent(LedgerFixtures.intent(JournalID.make(UInt32(index))))) }
                }
            }
            let reading = try ledger.journal()
            #expect(reading.records.count == 40)
            #expect(reading.unreadableLines == 0)
        }
    }

    @Test func theStateFolderFollowsXDG() {
        let account = LedgerFixtures.account
        #expect(
            FileLedger.inStateFolder(variables: ["HOME": "/home/ops"], account: account)?.folder
                == "/home/ops/.local/state/sgaccess")
        #expect(
            FileLedger.inStateFolder(variables: ["HOME": "/home/ops", "XDG_STATE_HOME": "/var/x"], account: account)?
                .folder == "/var/x/sgaccess")
        #expect(FileLedger.inStateFolder(variables: [:], account: account) == nil)
    }

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
