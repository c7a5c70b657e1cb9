import AccessCore
import Dispatch
import TerminalUI

/// Main-actor work per changed poll at 100 000 rules + 1000 attempts (issue 10: no key waits more than 16 ms):
/// before, everything a changed list needs (rows, sanitised text, coverage and search indexes, sort, filter,
/// retriage) ran in the reducer; now it is built into a `RulesSnapshot` in the request task and the reducer only
/// swaps it in. Side by side in one run, on one thread; prints figures, asserts nothing.
enum IngestBenchmarks {
    static let polls = 15

    static func run() {
        print("== ingest per changed poll, 100 000 rules + 1000 attempts (main actor) ==")
        let base = RenderBenchmarks.loadedState(rules: 100_000, attempts: 1000, width: 120, height: 40)
        // Two lists that differ in one rule, alternated so that every poll is a changed one.
        let lists = [base.rules.rules, base.rules.rules.dropLast() + [renumbered(base.rules.rules.last!)]]

        var before = base
        let all = measure { poll in
            let snapshot = RulesSnapshot(lists[(poll + 1) % 2], basis: before.ingestBasis)
            _ = reduce(&before, .rulesLoaded(snapshot, rateLimit: nil, now: RenderBenchmarks.now))
        }
        print(line("before: build + swap, all on the main actor", all))

        var after = base
        let swap = measure(prepare: { poll in RulesSnapshot(lists[(poll + 1) % 2], basis: after.ingestBasis) }) {
            snapshot in
            _ = reduce(&after, .rulesLoaded(snapshot, rateLimit: nil, now: RenderBenchmarks.now))
        }
        print(line("after: swap only (built off the main actor)", swap.main))
        print(line("after: the build, in the request task", swap.off))

        var raced = base
        _ = reduce(&raced, .key(.character("/")))
        for c in "172.16.3" { _ = reduce(&raced, .key(.character(c))) }
        _ = reduce(&raced, .key(.enter))
        let stale = measure(prepare: { poll -> RulesSnapshot in
            var basis = raced.ingestBasis
            basis.ruleSettings = RulesPane.Settings()  // built before the filter was typed
            return RulesSnapshot(lists[(poll + 1) % 2], basis: basis)
        }) { snapshot in
            _ = reduce(&raced, .rulesLoaded(snapshot, rateLimit: nil, now: RenderBenchmarks.now))
        }
        print(line("after, filter typed during the build: swap + refilter", stale.main))
    }

    static func renumbered(_ rule: AllowRule) -> AllowRule {
        AllowRule(id: rule.id + 1_000_000, ip: rule.ip, createdAt: rule.createdAt, updatedAt: rule.updatedAt)
    }

    /// Milliseconds of `body` per poll.
    static func measure(_ body: (Int) -> Void) -> [Double] {
        (0..<polls).map { poll in time { body(poll) } }
    }

    /// Milliseconds of `prepare` (off the main actor in the app) and of `body` (on it), per poll.
    static func measure<T>(prepare: (Int) -> T, _ body: (T) -> Void) -> (off: [Double], main: [Double]) {
        var off: [Double] = [], main: [Double] = []
        for poll in 0..<polls {
            var value: T?
            off.append(time { value = prepare(poll) })
            main.append(time { body(value!) })
        }
        return (off, main)
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    static func line(_ name: String, _ samples: [Double]) -> String {
        let sorted = samples.sorted()
        let f = RenderBenchmarks.format
        return "  \(name.padding(58)) min \(f(sorted.first!))  median \(f(sorted[sorted.count / 2]))  "
            + "max \(f(sorted.last!)) ms  (\(samples.count) polls)"
    }
}
