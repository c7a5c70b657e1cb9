import AccessCore
import Foundation
import SendGridAPI
import TestSupport

@testable import SGAccessCLI

/// Runs `sgaccess` in process for the allow-list file commands: standard input is `stdin` (for `plan -`), typed
/// answers come from `typed`, and the ledger lives in `state` (a scratch XDG_STATE_HOME shared by the runs).
struct ListFileRunner {
    let service: FakeService
    let state: ScratchFolder
    var recorder = Recorder()
    var variables: [String: String] { ["SENDGRID_API_KEY": testKey, "XDG_STATE_HOME": state.path] }

    init(_ ranges: [String] = ["203.0.113.0/24"], attempts: [AccessAttempt] = []) throws {
        service = FakeService(ranges: ranges, attempts: attempts)
        state = try ScratchFolder("listfile")
    }

    func run(
        _ arguments: [String], stdin: String = "", tty: Bool = false, answer: Bool = false, typed: String? = nil
    ) async -> RunResult {
        let capture = Capture()
        let recorder = self.recorder
        let service = self.service
        var environment = CLIEnvironment(
            variables: variables, stdinIsTerminal: tty,
            confirm: { question in
                recorder.ask(question)
                return answer
            },
            makeService: { configuration in
                recorder.add(configuration)
                return service
            },
            fetchText: { _ in "198.51.100.99\n" },
            startSimulator: { _ in SimulatorHandle(baseURL: "http://127.0.0.1:1", stop: {}) },
            waitForTermination: {}, now: { testNow })
        environment.readStandardInput = { Data(stdin.utf8) }
        environment.askLine = { question in
            recorder.ask(question)
            return typed
        }
        let status = await SGAccessProgram.run(arguments: arguments, environment: environment, output: capture.sink)
        return RunResult(status: status, out: capture.out, err: capture.err)
    }

    /// The journal's lines, parsed.
    func journal() throws -> [[String: Any]] {
        try state.read("sgaccess/journal.jsonl").split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }
}
