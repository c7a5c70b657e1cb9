import Foundation
import SendGridSimulator
import TestSupport
import Testing

/// A rate-limited CLI command says why it waits, and `--timeout` bounds the whole command, waits included.
@Suite("sgaccess waits are never silent", .serialized)
struct RateLimitEndToEndTests {
    @Test func aRateLimitedListSaysItWaitsAndThenSucceeds() async throws {
        // Both runs must fall in one 4 s rate-limit window: each step runs at high priority, not queued
        // behind the parallel run's test bodies on the pool (see `startAtHighPriority`).
        try await Task(priority: .high) {
            try await withSimulator(rateLimit: SimulatorRateLimit(limit: 1, windowSeconds: 4)) { sim in
                _ = try await sim.run(["list"])
                let started = ContinuousClock.now
                let result = try await sim.run(["list", "--timeout", "30"])
                #expect(result.status == 0, "\(result.err)")
                let notice = try #require(
                    lines(result.err).first { $0.hasPrefix("rate limited by SendGrid until ") }, "\(result.err)")
                #expect(
                    notice.range(
                        of: #"^rate limited by SendGrid until \d\d:\d\d:\d\d UTC; waiting \d+ s \(Ctrl-C to stop\)$"#,
                        options: .regularExpression) != nil, "\(notice)")
                #expect(result.out.contains(officeRange))
                #expect(ContinuousClock.now - started < .seconds(20))
            }
        }.value
    }

    @Test func aWaitPastTheTimeoutEndsTheCommandWithExitFour() async throws {
        // The second run is timed: each step runs at high priority, not queued behind the parallel run's test
        // bodies on the pool (see `startAtHighPriority`).
        try await Task(priority: .high) {
            try await withSimulator(rateLimit: SimulatorRateLimit(limit: 1, windowSeconds: 60)) { sim in
                _ = try await sim.run(["list"])
                let started = ContinuousClock.now
                let result = try await sim.run(["list", "--timeout", "3"])
                #expect(result.status == 4)
                #expect(result.err.contains("3-second limit set by --timeout"), "\(result.err)")
                #expect(result.err.contains("SendGrid's rate limit is used up until"), "the cause is named too")
                #expect(ContinuousClock.now - started < .seconds(10), "no 60 s wait")
            }
        }.value
    }
}
