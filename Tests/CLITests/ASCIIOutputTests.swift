import AccessCore
import Foundation
import SendGridAPI
import TerminalKit
import Testing

@testable import SGAccessCLI

/// Human output in a locale that is not UTF-8: folded to ASCII of the same width; JSON untouched.
@Suite struct ASCIIOutputTests {
    static let attempts = [
        attempt("198.51.100.23", allowed: false, location: "São Paulo, BR"),
        attempt("192.0.2.99", allowed: false, location: "東京, JP"),
    ]

    static func run(_ arguments: [String], charset: Charset) async -> RunResult {
        let capture = Capture()
        let service = FakeService(ranges: ["203.0.113.0/24"], attempts: attempts)
        var environment = CLIEnvironment(
            variables: ["SENDGRID_API_KEY": testKey], stdinIsTerminal: false, confirm: { _ in false },
            makeService: { _ in service },
            startSimulator: { _ in SimulatorHandle(baseURL: "http://127.0.0.1:1", stop: {}) },
            waitForTermination: {}, now: { testNow })
        environment.charset = charset
        let status = await SGAccessProgram.run(arguments: arguments, environment: environment, output: capture.sink)
        return RunResult(status: status, out: capture.out, err: capture.err)
    }

    @Test func theActivityTableIsASCIIAndKeepsItsColumns() async {
        let utf8 = await Self.run(["activity"], charset: .utf8)
        let ascii = await Self.run(["activity"], charset: .ascii)
        #expect(ascii.status == 0)
        #expect(utf8.out.contains("São Paulo") && utf8.out.contains("東京"), "\(utf8.out)")
        #expect(ascii.all.utf8.allSatisfy { $0 < 0x80 }, "\(ascii.all)")
        #expect(ascii.out.contains("Sao Paulo, BR") && ascii.out.contains("????, JP"), "\(ascii.out)")
        let widths = { (text: String) in text.split(separator: "\n").map { DisplayWidth.of(String($0)) } }
        #expect(widths(ascii.out) == widths(utf8.out), "same columns:\n\(utf8.out)\n\(ascii.out)")
    }

    @Test func jsonStaysUTF8ButItsErrorLineIsFolded() async throws {
        let ascii = await Self.run(["activity", "--json"], charset: .ascii)
        #expect(ascii.status == 0)
        #expect(ascii.out.contains("São Paulo"), "\(ascii.out)")
        let failed = await Self.run(["check", "999.1.1.1", "--json"], charset: .ascii)
        #expect(failed.err.utf8.allSatisfy { $0 < 0x80 }, "\(failed.err)")
    }
}
