import AccessCore
import AccessLedger
import Foundation
import Logging
import SendGridAPI
import TerminalKit
import TerminalUI

@testable import TerminalApp

/// Unix seconds a test moves by hand; read by the runtime from any thread.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64

    init(_ start: Int64) { value = start }

    var now: Int64 { lock.withLock { value } }
    func advance(_ seconds: Int64) { lock.withLock { value += seconds } }
}

/// The whole app in process: the real runtime and reducer on a `MemoryTerminal`, a `ManualScheduler`, a manual
/// clock and a `ScriptedService`. Time moves only through `advance(seconds:)`.
@MainActor
struct RuntimeHarness {
    static let start: Int64 = 1_764_547_200
    static let me = IPAddress("203.0.113.10")!
    static let rules = [
        AllowRule(id: 1, ip: "203.0.113.0/24", createdAt: start - 3600, updatedAt: start - 3600),
        AllowRule(id: 2, ip: "198.51.100.7/32", createdAt: start - 600, updatedAt: start - 600),
    ]
    static let attempts = [
        AccessAttempt(
            ip: "192.0.2.99", allowed: false, authMethod: "API", location: "Oslo, NO", firstAt: start - 900,
            lastAt: start - 60),
        AccessAttempt(
            ip: "203.0.113.10", allowed: true, authMethod: "API", location: "Dublin, IE", firstAt: start - 900,
            lastAt: start - 5),
    ]

    let terminal: MemoryTerminal
    let scheduler = ManualScheduler()
    let clock = ManualClock(RuntimeHarness.start)
    let service: ScriptedService
    let runtime: AppRuntime

    /// The account the harness starts on.
    static let target = AccountTarget(profile: "runtime-test", endpoint: .global)

    init(
        rules: [AllowRule] = RuntimeHarness.rules, pollInterval: Int = 5,
        listInterval: Int = AppConfig.defaultListInterval, width: Int = 120, height: Int = 40,
        opener: (any AccountOpener)? = nil, snapshots: any SnapshotBuilder = StandardSnapshotBuilder(),
        ledger: (any LedgerStore)? = nil, service: ScriptedService? = nil,
        keyLatency: (any KeyLatencySink)? = nil, releaseMemory: (@Sendable () -> Void)? = nil
    ) {
        terminal = MemoryTerminal(width: width, height: height)
        self.service = service ?? ScriptedService(rules: rules, attempts: Self.attempts)
        let app = AppConfig(
            target: Self.target, myAddresses: [MyAddress(address: Self.me, source: .configured)],
            pollInterval: pollInterval, listInterval: listInterval)
        let clock = self.clock
        runtime = AppRuntime(
            service: self.service,
            options: RuntimeOptions(
                app: app, clock: { clock.now }, snapshots: snapshots,
                actor: JournalActor(user: "ops", host: "bastion", sshClient: nil, program: "app"),
                keyLatency: keyLatency, releaseMemory: releaseMemory),
            logger: Logger(label: "runtime-test", factory: { _ in SwiftLogNoOpLogHandler() }),
            backend: terminal, scheduler: scheduler, opener: opener, ledger: ledger)
    }

    /// Starts the app and lets the first poll answer.
    func start() async throws {
        try runtime.start()
        await runtime.settle()
    }

    /// Moves the clock and the scheduler together, one second at a time, letting every answer arrive.
    func advance(seconds: Int) async {
        for _ in 0..<seconds {
            clock.advance(1)
            scheduler.advance(by: .seconds(1))
            await runtime.settle()
        }
    }

    /// Moves the clock and the scheduler without waiting for answers (for calls the test holds).
    func advanceWithoutWaiting(seconds: Int) {
        for _ in 0..<seconds {
            clock.advance(1)
            scheduler.advance(by: .seconds(1))
        }
    }

    /// Keys, as one read of the terminal (nothing is waited for: see `runtime.settle()`).
    func press(_ keys: Key...) async {
        for key in keys { terminal.press(key) }
    }

    var screen: String { terminal.text }

    /// The calls in order, except that the two GETs of a poll (sent together, answered in any order) are sorted
    /// within each poll: `["activity", "list"]` stands for one poll.
    func calls() async -> [String] {
        var out: [String] = []
        var pair: [String] = []
        for call in await service.calls {
            if call == "list" || call == "activity" {
                pair.append(call)
                if pair.count == 2 { out += pair.sorted(); pair = [] }
            } else {
                out += pair
                pair = []
                out.append(call)
            }
        }
        return out + pair
    }
}
