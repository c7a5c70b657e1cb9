import Foundation
import TestSupport
import Testing

/// Scratch folders and the tmux harness leave nothing behind.
@Suite("TestSupport: scratch folders and tmux")
struct ScratchAndTmuxTests {
    @Test("a scratch folder is removed after `with`, even when the body throws, and when it is released")
    func scratchFoldersAreRemoved() async throws {
        var seen = ""
        await #expect(throws: HarnessError.self) {
            try await ScratchFolder.with("selftest") { folder in
                seen = folder.path
                try "x".write(toFile: folder.file("a"), atomically: false, encoding: .utf8)
                throw HarnessError("on purpose")
            }
        }
        #expect(seen.hasPrefix(FileManager.default.temporaryDirectory.path + "/sgaccess-selftest-"))
        #expect(!FileManager.default.fileExists(atPath: seen))
        var folder: ScratchFolder? = try ScratchFolder("selftest")
        let path = try #require(folder?.path)
        #expect(FileManager.default.fileExists(atPath: path))
        folder = nil
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(
        "a tmux session types, reads, resizes and probes its pane; closing removes its server and folder",
        .enabled(if: TestEnvironment.hasTmux))
    func tmuxSession() async throws {
        let session = try await TmuxSession.start(width: 60, height: 20)
        let socket = session.socket
        do {
            try await session.typeLine("echo hello-$((6 * 7))")
            try await session.waitFor("hello-42")
            try await session.resize(width: 70, height: 21)
            let lines = try await session.waitForLines("21 rows") { $0.count == 22 }
            #expect(lines.count == 22, "21 rows and the empty text after the last newline")
            #expect(try await session.panePID() > 1)
            #expect(try await session.paneTTY().hasPrefix("/dev/pts/"))
            #expect(try await session.alternateScreenOn() == false)
        } catch {
            await session.close()
            throw error
        }
        await session.close()
        #expect(!FileManager.default.fileExists(atPath: socket))
        #expect(!FileManager.default.fileExists(atPath: session.folder.path))
    }
}
