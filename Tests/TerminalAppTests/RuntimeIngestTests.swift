import AccessCore
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// A key is never queued behind a poll: the list is built into a snapshot in the request task, so the main actor
/// handles keys while a large ingest is in progress.
@MainActor
// The list is read at every 5 s poll here, so that the poll the test waits for is a list read; a build that is
// never reached fails the test within the limit instead of stalling the whole run.
@Suite(.timeLimit(.minutes(1))) struct RuntimeIngestTests {
    /// 20 000 /32 rules in 10.0.0.0/16, and one in 198.51.100.0/24.
    static let large: [AllowRule] =
        (0..<20_000).map {
            AllowRule(
                id: 100 + $0, ip: "10.0.\($0 / 256 % 256).\($0 % 256)/32", createdAt: RuntimeHarness.start - 60,
                updatedAt: RuntimeHarness.start - 60)
        } + [AllowRule(id: 99, ip: "198.51.100.99/32", createdAt: 1, updatedAt: 1)]

    /// Starts the app, puts the large list on the server and lets the next poll reach the snapshot build, which
    /// is held there until the test releases it.
    static func holdingTheNextListBuild() async throws -> (RuntimeHarness, HeldSnapshotBuilder) {
        let builder = HeldSnapshotBuilder()
        let harness = RuntimeHarness(listInterval: 5, snapshots: builder)
        try await harness.start()
        await harness.service.setRules(large)
        await builder.hold()
        harness.advanceWithoutWaiting(seconds: 5)
        await builder.waitUntilHeld()
        return (harness, builder)
    }

    @Test func aKeyIsHandledWhileALargeListIsBeingIngested() async throws {
        let (harness, builder) = try await Self.holdingTheNextListBuild()

        await harness.press(.character("j"))
        #expect(harness.runtime.state.rules.list.cursor == 1, "the key was handled while the build waits")
        #expect(harness.runtime.state.rules.rows.count == 2, "the new list is not in yet")

        await builder.release()
        await harness.runtime.settle()
        #expect(harness.runtime.state.rules.rows.count == Self.large.count)
        #expect(await builder.onMainThread == [false, false], "every list build ran off the main thread")
    }

    @Test func aFilterTypedDuringTheIngestFiltersTheNewList() async throws {
        let (harness, builder) = try await Self.holdingTheNextListBuild()

        await harness.press(.character("/"))
        for character in "198.51" { await harness.press(.character(character)) }
        await harness.press(.enter)
        let rules = harness.runtime.state.rules
        #expect(rules.visible.map { rules.rows[$0].id } == [2], "the old list, filtered")

        await builder.release()
        await harness.runtime.settle()
        let now = harness.runtime.state.rules
        #expect(now.visible.map { now.rows[$0].id } == [99], "the new list, filtered by the filter typed meanwhile")
        #expect(harness.screen.contains("198.51.100.99/32"))
    }
}
