import AccessCore
import Dispatch
import TerminalUI

/// State → grid timings (targets from issue 3: < 2 ms at 1000 rules + 1000 attempts, < 5 ms at 100 000 rules,
/// a filter keystroke over 100 000 rules < 5 ms). Prints figures; asserts nothing.
enum RenderBenchmarks {
    static let now: Int64 = 1_714_564_800

    static func run() {
        print("== render (TerminalUI) ==")
        let small = loadedState(rules: 1000, attempts: 1000, width: 120, height: 40)
        report("state→grid 120×40, 1000 rules + 1000 attempts", target: 2) { _ = render(small, width: 120, height: 40) }
        let smallNarrow = loadedState(rules: 1000, attempts: 1000, width: 80, height: 24)
        report("state→grid 80×24, 1000 rules + 1000 attempts", target: 2) {
            _ = render(smallNarrow, width: 80, height: 24)
        }

        let big = loadedState(rules: 100_000, attempts: 1000, width: 120, height: 40)
        report("state→grid 120×40, 100 000 rules", target: 5) { _ = render(big, width: 120, height: 40) }

        var moved = big
        report("key j + state→grid, 100 000 rules", target: 5) {
            _ = reduce(&moved, .key(.character("j")))
            _ = render(moved, width: 120, height: 40)
        }

        var polled = big
        let sameRules = big.rules.rules.map { $0 }  // a fresh buffer, as a decoded answer would be
        report("poll that changed nothing + grid, 100 000 rules", target: 5) {
            let snapshot = RulesSnapshot(sameRules, basis: polled.ingestBasis)  // the comparison, off the main actor
            _ = reduce(&polled, .rulesLoaded(snapshot, rateLimit: nil, now: now))
            _ = render(polled, width: 120, height: 40)
        }

        var filtering = big
        _ = reduce(&filtering, .key(.character("/")))
        var toggle = false
        report("filter keystroke (substring) + grid, 100 000 rules", target: 5) {
            toggle.toggle()
            _ = reduce(&filtering, .key(toggle ? .character("7") : .backspace))
            _ = render(filtering, width: 120, height: 40)
        }
        var address = big
        _ = reduce(&address, .key(.character("/")))
        for c in "172.16.3.1" { _ = reduce(&address, .key(.character(c))) }
        report("filter keystroke (address containment) + grid, 100 000 rules", target: 5) {
            toggle.toggle()
            _ = reduce(&address, .key(toggle ? .backspace : .character("1")))
            _ = render(address, width: 120, height: 40)
        }

        for (rules, attempts) in [(100_000, 0), (1000, 1000), (100_000, 1000)] {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = loadedState(rules: rules, attempts: attempts, width: 120, height: 40)
            let loadMs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            print(
                "  \("ingest \(rules) rules + \(attempts) attempts (per changed poll)".padding(62)) once   \(format(loadMs)) ms"
            )
        }
    }

    static func loadedState(rules: Int, attempts: Int, width: Int, height: Int) -> AppState {
        let me = IPAddress(v4: 0xAC10_0301)  // 172.16.3.1
        let config = AppConfig(myAddresses: [MyAddress(address: me, source: .configured)])
        var state = AppState(config: config, now: now, width: width, height: height)
        let list = (0..<rules).map { i -> AllowRule in
            let network = IPAddress(v4: 0xAC10_0000 &+ UInt32(i) << 4)
            return AllowRule(
                id: i + 1, range: CIDR(address: network, prefixLength: 28), createdAt: now - Int64(i), updatedAt: now)
        }
        let activity = (0..<attempts).map { i -> AccessAttempt in
            let ip = IPAddress(v4: 0xC633_6400 &+ UInt32(i)).description
            let first: Int64 = now - Int64(i) * 60
            return AccessAttempt(
                ip: ip, allowed: i % 3 == 0, authMethod: "basic", location: "Lisbon, PT",
                firstAt: first, lastAt: now - Int64(i))
        }
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(list), rateLimit: nil, now: now))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(activity), rateLimit: nil, now: now))
        return state
    }

    /// Runs `body` repeatedly and prints the median and worst time in milliseconds.
    static func report(_ name: String, target: Double, iterations: Int = 50, _ body: () -> Void) {
        body()
        var samples: [Double] = []
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        samples.sort()
        let median = samples[samples.count / 2], worst = samples.last!
        let verdict = median < target ? "ok" : "OVER"
        print(
            "  \(name.padding(62)) median \(format(median)) ms  max \(format(worst)) ms  target < \(format(target)) ms  \(verdict)"
        )
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int(value * 100 + 0.5)
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
