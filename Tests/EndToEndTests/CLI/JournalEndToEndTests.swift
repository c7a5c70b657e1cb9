import Foundation
import SendGridSimulator
import TestSupport
import Testing

/// The journal's write-ahead promise with a real kill: `remove` writes its intent to journal.jsonl, is killed
/// with SIGKILL before SendGrid's (delayed) answer, and the next command reconciles the entry and says so.
@Suite("sgaccess journal: a killed change is reconciled by the next run", .serialized)
struct JournalEndToEndTests {
    @Test func aRemovalKilledBeforeTheAnswerIsReconciledByTheNextCommand() async throws {
        let state = try ScratchFolder("journal")
        defer { state.remove() }
        try await withSimulator { sim in
            let victim = try #require(sim.simulator.rules().first { $0.range?.description != officeRange })
            // Every answer waits 1.5 s: long enough to kill the CLI between its intent and the DELETE's answer.
            try sim.simulator.setFaults(FaultSettings(latency: .milliseconds(1500)))
            let environment = sim.environment.merging(["XDG_STATE_HOME": state.path]) { $1 }
            let running = try SGAccessBinary.start(
                ["remove", "\(victim.id)", "--yes", "--my-ip", clientIP], environment: environment)
            defer { running.cleanUp() }
            let journal = state.file("sgaccess/journal.jsonl")
            let intentWritten = try await waitFor(timeout: .seconds(30)) {
                state.read("sgaccess/journal.jsonl").contains("\"intent\"") || running.exitStatus != nil
            }
            #expect(intentWritten && running.exitStatus == nil, "the CLI was still waiting: \(running.stderr())")
            running.send(SIGKILL)
            _ = try await running.waitForExit(timeout: .seconds(10))
            let lines = state.read("sgaccess/journal.jsonl").split(separator: "\n")
            #expect(lines.count == 1, "only the intent: \(lines)")
            #expect((try? FileManager.default.attributesOfItem(atPath: journal)[.posixPermissions] as? Int) == 0o600)

            try sim.simulator.setFaults(.none)
            // Give a DELETE that was under way the time to land (or not) before judging the list.
            try await Task.sleep(for: .seconds(2))
            let landed = sim.simulator.rules().allSatisfy { $0.id != victim.id }
            let next = try await SGAccessBinary.run(["journal"], environment: environment)
            #expect(next.status == 0, "\(next.err)")
            let phrase = landed ? "it landed" : "it did not land"
            #expect(next.err.contains("1 change from an earlier run had no recorded outcome (entry "), "\(next.err)")
            #expect(next.err.contains(phrase), "\(next.err)")
            #expect(next.out.contains("(read off the list later)"), "\(next.out)")
            #expect(next.out.contains("#\(victim.id) \(victim.range?.description ?? victim.ip)"))
            let after = state.read("sgaccess/journal.jsonl").split(separator: "\n")
            #expect(after.count == 2 && after[1].contains("\"reconciled\":true"), "\(after)")

            let again = try await SGAccessBinary.run(["journal", "--json"], environment: environment)
            #expect(!again.err.contains("earlier run"), "reconciled once: \(again.err)")
            let entries = try #require(try again.json()["entries"] as? [[String: Any]])
            let outcome = try #require(entries.first?["outcome"] as? [String: Any])
            #expect(outcome["status"] as? String == (landed ? "succeeded" : "failed"))
        }
    }

    /// Polls `condition` every 50 ms (never blocking a thread) until it holds or `timeout` passes.
    func waitFor(timeout: Duration, _ condition: () -> Bool) async throws -> Bool {
        let clock = ContinuousClock()
        let end = clock.now + timeout
        while clock.now < end {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return condition()
    }
}
