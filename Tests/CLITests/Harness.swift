import AccessCore
import AccessLedger
import Foundation
import SendGridAPI
import Synchronization

@testable import SGAccessCLI

/// A key shaped like a real SendGrid key: it must never appear in any output.
let testKey = "SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"

/// The fixed clock of in-process runs: 100 s after `attempt(_:allowed:)`'s default time.
let testNow: Int64 = 1_700_000_600

/// What one in-process run of `sgaccess` printed and returned.
struct RunResult {
    let status: Int32
    let out: String
    let err: String

    var all: String { out + "\n" + err }

    /// Standard output parsed as a JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(out.utf8))
        guard let dictionary = object as? [String: Any] else { throw HarnessError.notAnObject(out) }
        return dictionary
    }
}

enum HarnessError: Error { case notAnObject(String) }

final class Capture: Sendable {
    private let state = Mutex<(out: [String], err: [String])>(([], []))

    var sink: OutputSink {
        OutputSink(
            out: { line in self.state.withLock { $0.out.append(line) } },
            err: { line in self.state.withLock { $0.err.append(line) } })
    }

    var out: String { state.withLock { $0.out.joined(separator: "\n") } }
    var err: String { state.withLock { $0.err.joined(separator: "\n") } }
}

/// Records the configurations the factory was asked for and the questions asked.
final class Recorder: Sendable {
    private let state = Mutex<(configurations: [ClientConfiguration], questions: [String], fetched: [URL])>(
        ([], [], []))

    func add(_ configuration: ClientConfiguration) { state.withLock { $0.configurations.append(configuration) } }
    /// Records `question`; returns how many were asked before it.
    @discardableResult
    func ask(_ question: String) -> Int {
        state.withLock {
            $0.questions.append(question); return $0.questions.count - 1
        }
    }
    func fetch(_ url: URL) { state.withLock { $0.fetched.append(url) } }
    var configurations: [ClientConfiguration] { state.withLock { $0.configurations } }
    var questions: [String] { state.withLock { $0.questions } }
    var fetched: [URL] { state.withLock { $0.fetched } }
}

/// Runs the program in-process against `service`.
func run(
    _ arguments: [String],
    service: FakeService = FakeService(),
    variables: [String: String] = ["SENDGRID_API_KEY": testKey],
    tty: Bool = false,
    answer: Bool = false,
    answers: [Bool]? = nil,
    discovery: String = "198.51.100.99\n",
    recorder: Recorder = Recorder(),
    ledger: (any LedgerStore)? = nil,
    userName: String? = nil
) async -> RunResult {
    let capture = Capture()
    var environment = CLIEnvironment(
        variables: variables,
        stdinIsTerminal: tty,
        confirm: { question in
            let asked = recorder.ask(question)
            guard let answers else { return answer }
            return asked < answers.count ? answers[asked] : false
        },
        makeService: { configuration in
            recorder.add(configuration); return service
        },
        fetchText: { url in
            recorder.fetch(url); return discovery
        },
        startSimulator: { configuration in
            SimulatorHandle(
                baseURL: "http://\(configuration.host):\(configuration.port == 0 ? 49152 : configuration.port)",
                stop: {})
        },
        waitForTermination: {},
        now: { testNow }
    )
    // One store shared by several runs is a restart that keeps the journal.
    if let ledger { environment.makeLedger = { _ in ledger } }
    environment.userName = userName
    let status = await SGAccessProgram.run(arguments: arguments, environment: environment, output: capture.sink)
    return RunResult(status: status, out: capture.out, err: capture.err)
}

func attempt(
    _ ip: String, allowed: Bool, location: String = "Berlin, Germany", at: Int64 = 1_700_000_500
) -> AccessAttempt {
    AccessAttempt(ip: ip, allowed: allowed, authMethod: "API", location: location, firstAt: at - 100, lastAt: at)
}
