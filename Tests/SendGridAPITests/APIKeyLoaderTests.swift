import Foundation
import Testing

@testable import SendGridAPI

@Suite("API key loading: environment or a private file, never argv")
final class APIKeyLoaderTests {
    /// The folders `keyFile` made for this test; removed when the test ends (Swift Testing makes one instance
    /// per test), so nothing is left in the temporary directory.
    private var folders: [URL] = []

    deinit {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }

    /// Writes `contents` to a fresh file with `mode` and returns its path.
    private func keyFile(_ contents: String, mode: Int) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sgaccess-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        folders.append(dir)
        let path = dir.appendingPathComponent("key").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(contents.utf8)))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func readsTheEnvironment() throws {
        let loaded = try APIKeyLoader.load(environment: ["SENDGRID_API_KEY": " \(testKey)\n"]).get()
        #expect(loaded.key.secret == testKey)
        #expect(loaded.source == .environment)
    }

    @Test func missingEverywhereSaysHowToProvideIt() {
        let result = APIKeyLoader.load(environment: ["SENDGRID_API_KEY": "  "])
        guard case .failure(let error) = result else { Issue.record("expected failure"); return }
        #expect(error == .missing)
        #expect(error.message.contains("SENDGRID_API_KEY") && error.message.contains("--api-key-file"))
    }

    @Test(arguments: [0o600, 0o400])
    func readsAPrivateFileAndItWinsOverTheEnvironment(mode: Int) throws {
        let path = try keyFile("\(testKey)\n", mode: mode)
        let loaded = try APIKeyLoader.load(environment: ["SENDGRID_API_KEY": "SG.other"], keyFilePath: path).get()
        #expect(loaded.key.secret == testKey)
        #expect(loaded.source == .file(path))
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o620, 0o602, 0o660, 0o777])
    func refusesFilesOpenToGroupOrOthers(mode: Int) throws {
        let path = try keyFile(testKey, mode: mode)
        let result = APIKeyLoader.load(environment: [:], keyFilePath: path)
        guard case .failure(let error) = result else {
            Issue.record("mode \(String(mode, radix: 8)) was accepted"); return
        }
        #expect(error == .fileTooOpen(path, mode: mode))
        #expect(error.message.contains("Run `chmod 600 \(path)`"))
        #expect(error.message.contains("0" + String(mode, radix: 8)))
        #expect(!error.message.contains(testKey))
    }

    @Test(arguments: ["SG.abc\u{1B}[2Jdef", "SG.abc\u{7F}def", "SG.abc\u{0}def", "SG.abcé", "SG.abc\u{202E}def"])
    func refusesControlAndNonASCIICharactersWithoutEchoingTheKey(key: String) throws {
        #expect(
            APIKeyLoader.load(environment: ["SENDGRID_API_KEY": key]).failure == .malformed(source: "SENDGRID_API_KEY"))
        let path = try keyFile(key, mode: 0o600)
        let failure = APIKeyLoader.load(environment: [:], keyFilePath: path).failure
        #expect(failure == .malformed(source: path))
        #expect(failure?.message.contains("SG.abc") == false)
    }

    @Test func refusesMissingEmptyMalformedAndNonFiles() throws {
        let missing = "/nonexistent/sgaccess/key"
        #expect(APIKeyLoader.load(environment: [:], keyFilePath: missing).failure == .fileNotFound(missing))
        let empty = try keyFile(" \n", mode: 0o600)
        #expect(APIKeyLoader.load(environment: [:], keyFilePath: empty).failure == .emptyFile(empty))
        let twoLines = try keyFile("\(testKey)\nsecond line\n", mode: 0o600)
        let malformed = APIKeyLoader.load(environment: [:], keyFilePath: twoLines).failure
        #expect(malformed == .malformed(source: twoLines))
        #expect(malformed?.message.contains(testKey) == false)
        let directory = (empty as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
        #expect(APIKeyLoader.load(environment: [:], keyFilePath: directory).failure == .notAFile(directory))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
