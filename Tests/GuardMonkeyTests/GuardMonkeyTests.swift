import AccessCore
import TerminalUI
import Testing

@testable import SendGridSimulator

/// Who the app is told this host is, per run.
enum MonkeyScenario: String, CaseIterable, Sendable {
    /// `--my-ip 203.0.113.10`.
    case configured
    /// Nothing configured: the app learns this host from SendGrid's activity.
    case learning
    /// Only `SSH_CONNECTION` with the operator's workstation address.
    case workstationOnly

    var given: [MyAddress] {
        switch self {
        case .configured: return [MyAddress(address: MonkeyRun.client, source: .configured)]
        case .learning: return []
        case .workstationOnly: return [MyAddress(address: IPAddress("198.51.100.7")!, source: .ssh)]
        }
    }
}

/// How a change was confirmed: the text typed (nil for a plain y) and whether this host's address was known.
struct MonkeyConfirmation: Hashable {
    let typed: String?
    let hostKnown: Bool
}

/// Thousands of seeded random keys against the enforcing simulator, with another admin changing the list now and
/// then, checking through the simulator's request log that the guard holds:
/// - no DELETE without its confirmation, and no add wider than the threshold without its confirmation;
/// - the simulator's client IP (this host) is never refused unless the confirmation that caused it had its address
///   typed — or, while this host's address was unknown to the app, the range of the rule (the dialog said so);
/// - the app asks to exit only on `q`.
@Suite struct GuardMonkeyTests {
    static let keysPerRun = 1_500

    @Test(arguments: MonkeyScenario.allCases)
    func randomKeysNeverBreakTheGuard(_ scenario: MonkeyScenario) async throws {
        var run = try MonkeyRun(scenario: scenario, seed: 0x5eed_0000 + UInt64(scenario.rawValue.count))
        try await run.play(keys: Self.keysPerRun)
        #expect(run.deletesSent == run.driver.requests.filter { $0.method == "DELETE" }.count)
        let refusals = run.driver.requests.filter { $0.status == 403 }.count
        #expect(refusals == 0 || run.lockouts > 0, "a 403 without a typed lockout (\(run.summary))")
        print("monkey \(run.summary); \(run.driver.requests.count) requests, \(refusals) refused")
        #expect(run.deletesSent > 0, "the monkey should reach some removals (seeded: \(run.summary))")
        #expect(run.addsSent > 0, "the monkey should reach some adds (seeded: \(run.summary))")
        #expect(run.violations.isEmpty, "\(run.violations.prefix(5))")
    }
}

/// One seeded run: the state, the driver, and what was confirmed how.
struct MonkeyRun {
    static let client = IPAddress("203.0.113.10")!
    let scenario: MonkeyScenario
    var rng: SplitMix64
    var driver: EngineDriver
    var state: AppState
    var confirmedBy: [Mutation: MonkeyConfirmation] = [:]
    var violations: [String] = []
    var deletesSent = 0
    var addsSent = 0
    var lockouts = 0
    var summary: String { "\(scenario): \(deletesSent) deletes, \(addsSent) adds, \(lockouts) lockouts typed" }

    init(scenario: MonkeyScenario, seed: UInt64) throws {
        self.scenario = scenario
        rng = SplitMix64(seed: seed)
        var simulator = SimulatorConfiguration()
        simulator.clientIP = MonkeyRun.client.description
        simulator.randomSeed = seed
        let start: Int64 = 1_764_547_200
        driver = try EngineDriver(configuration: simulator, now: start)
        state = AppState(
            config: AppConfig(myAddresses: scenario.given), now: start, width: 120, height: 40)
        apply(.resize(width: 120, height: 40), key: nil)
        apply(.tick(now: start), key: nil)
        apply(.pollDue(generation: 0), key: nil)
    }

    /// Plays `count` seeded steps. Yields every few steps: the run is seconds of CPU work, and a test that never
    /// suspends holds one of the cooperative pool's threads (two on this machine) for all of it, starving the tests
    /// that wait for an in-process server's answer.
    mutating func play(keys count: Int) async throws {
        for step in 0..<count {
            if step % 10 == 0 { await Task.yield() }
            driver.now += Int64.random(in: 0...2, using: &rng)
            apply(.tick(now: driver.now), key: nil)
            if Double.random(in: 0..<1, using: &rng) < 0.03 { anotherAdmin() }
            if Double.random(in: 0..<1, using: &rng) < 0.1 { _ = driver.engine.generateTraffic(now: driver.now) }
            for key in nextKeys() { apply(.key(key), key: key) }
            for action in driver.due() { apply(action, key: nil) }
            if step % 100 == 0 { _ = render(state, width: 80, height: 24) }
        }
    }

    /// Reduces `action`, then performs its effects (and theirs) against the engine, checking each change.
    mutating func apply(_ action: Action, key: Key?) {
        let before = state
        var queue = reduce(&state, action)
        if case .confirm(let dialog)? = before.overlay,
            queue.contains(.recheck(dialog.mutation))
        {
            confirmedBy[dialog.mutation] = .init(typed: dialog.typed?.expected, hostKnown: before.knowledge.isHostKnown)
        }
        if queue.contains(.exit(0)), !(key == .character("q") && before.overlay == nil) {
            violations.append("exit on \(String(describing: key)) with overlay \(String(describing: before.overlay))")
        }
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            check(effect)
            let locksBefore = driver.allows(MonkeyRun.client)
            for next in driver.perform(effect) { queue += reduce(&state, next) }
            if locksBefore && !driver.allows(MonkeyRun.client) { lockedOut(by: effect) }
        }
    }

    mutating func check(_ effect: Effect) {
        switch effect {
        case .remove(let mutation):
            deletesSent += 1
            if confirmedBy[mutation] == nil { violations.append("DELETE without confirmation: \(mutation)") }
        case .add(let mutation):
            let ips = mutation.addedIPs
            addsSent += 1
            let wide = ips.compactMap(CIDR.init).filter(WideRange.isWide)
            if !wide.isEmpty && confirmedBy[mutation] == nil {
                violations.append("wide add without confirmation: \(ips)")
            }
            for everything in wide
            where everything.prefixLength == 0 && confirmedBy[mutation]?.typed != everything.description {
                violations.append("\(everything) added without the range typed")
            }
        default:
            break
        }
    }

    /// This host was just refused: the change must have been confirmed by typing its address (or, while the app
    /// did not know it, the rule's range). Another admin then puts a rule back so that the run goes on.
    mutating func lockedOut(by effect: Effect) {
        lockouts += 1
        let mutation: Mutation?
        switch effect {
        case .remove(let m), .add(let m): mutation = m
        default: mutation = nil
        }
        let confirmation = mutation.flatMap { confirmedBy[$0] }
        let targets = mutation.map { $0.isRemoval ? $0.removedRefs.map(\.ip) : $0.addedIPs } ?? []
        let typedAddress = confirmation?.typed == MonkeyRun.client.description
        let typedRangeWhileUnknown =
            confirmation.map { !$0.hostKnown && $0.typed.map(targets.contains) == true } ?? false
        if !(typedAddress || typedRangeWhileUnknown) {
            violations.append(
                "locked out by \(String(describing: mutation)) confirmed as \(String(describing: confirmation))")
        }
        driver.parentRules.append(
            AllowRule(
                id: 90_000 + lockouts, range: CIDR(host: MonkeyRun.client),
                createdAt: driver.now, updatedAt: driver.now))
    }

    mutating func anotherAdmin() {
        var rules = driver.parentRules
        if !rules.isEmpty && Bool.random(using: &rng) {
            rules.remove(at: Int.random(in: 0..<rules.count, using: &rng))
        } else {
            let address = IPAddress(v4: UInt32.random(in: 0xC633_6400...0xC633_64FF, using: &rng))
            rules.append(
                AllowRule(
                    id: 80_000 + Int.random(in: 0..<9_999, using: &rng), range: CIDR(host: address),
                    createdAt: driver.now, updatedAt: driver.now))
        }
        driver.parentRules = rules
    }
}
