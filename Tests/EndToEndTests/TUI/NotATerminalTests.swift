import Foundation
import SendGridSimulator
import TestSupport
import Testing

extension TUIEndToEndTests {
    @Suite("Without a usable terminal")
    struct NotATerminal {
        @Test("stdin from /dev/null: a clear error and a non-zero status, no ncurses exit")
        func stdinNotATerminal() async throws {
            var configuration = SimulatorConfiguration()
            configuration.clientIP = TUIApp.clientIP
            let simulator = try await startAtHighPriority { [configuration] in
                try await SimulatorServer.start(configuration)
            }
            let scratch = try ScratchFolder("tui")
            defer { scratch.remove() }
            var environment = TestEnvironment.clean
            environment["SENDGRID_API_KEY"] = SimulatorConfiguration.demoAPIKey
            environment["XDG_STATE_HOME"] = scratch.path
            environment["TERM"] = "xterm-256color"
            let result: ProcessResult
            do {
                result = try await ProcessResult.run(
                    try BuiltProducts.sgaccess(),
                    ["tui", "--base-url", simulator.baseURL, "--my-ip", TUIApp.clientIP],
                    environment: environment, standardInput: "/dev/null")
            } catch {
                await simulator.stop()
                throw error
            }
            await simulator.stop()
            #expect(result.status != 0 && result.status < 128, "a plain failure status, not a crash: \(result.status)")
            #expect(result.err.contains("needs a terminal"), "stderr explains: \(result.err)")
            #expect(result.err.contains("standard input"))
            #expect(!result.err.contains("Error opening terminal"), "not ncurses' own exit")
            #expect(!result.out.contains("\u{1B}["), "no escape sequences written: \(result.out.debugDescription)")
        }

        struct Case: Sendable, CustomTestStringConvertible {
            let name: String
            let variables: [String: String]
            let unsetting: [String]
            let redirection: String
            let expected: String
            var testDescription: String { name }
        }

        static let cases: [Case] = [
            Case(
                name: "TERM=dumb", variables: ["TERM": "dumb"], unsetting: [], redirection: "2> stderr.txt",
                expected: "TERM is `dumb`"),
            Case(
                name: "TERM unset", variables: [:], unsetting: ["TERM"], redirection: "2> stderr.txt",
                expected: "TERM is not set"),
            Case(
                name: "stdout to a file", variables: [:], unsetting: [], redirection: "> stdout.txt 2> stderr.txt",
                expected: "standard output is not one"),
        ]

        @Test("in a terminal but unusable: a clear error and a non-zero status", arguments: cases)
        func unusableTerminal(_ situation: Case) async throws {
            try await TUIApp.run(
                variables: situation.variables, unsetting: situation.unsetting,
                redirection: situation.redirection
            ) { app in
                let code = try await app.waitForExit()
                let stderr =
                    (try? String(contentsOf: app.scratch.appendingPathComponent("stderr.txt"), encoding: .utf8)) ?? ""
                #expect(code != 0 && code < 128, "a plain failure status, not a crash: \(code)")
                #expect(stderr.contains(situation.expected), "stderr explains: \(stderr)")
                #expect(!stderr.contains("Error opening terminal"), "not ncurses' own exit")
                let modes = try app.sttyAfterExit()
                #expect(modes.contains("echo") && modes.contains("icanon"), "the terminal was left alone")
                if situation.redirection.contains("stdout.txt") {
                    let stdout =
                        (try? String(contentsOf: app.scratch.appendingPathComponent("stdout.txt"), encoding: .utf8))
                        ?? ""
                    #expect(!stdout.contains("\u{1B}["), "no escape sequences in the file")
                }
                #expect(app.mutatingRequests.isEmpty)
            }
        }
    }
}
