import AccessCore
import TerminalKit
import TerminalUI
import Testing

@testable import TerminalApp

/// A long list's first screen is drawn as soon as it is read, before its snapshot is built; it decides nothing.
@MainActor
@Suite(.timeLimit(.minutes(1))) struct RuntimePreviewTests {
    /// Starts the app on `RuntimeIngestTests.large` with the first list build held.
    static func startingWithTheFirstBuildHeld() async throws -> (RuntimeHarness, HeldSnapshotBuilder) {
        let builder = HeldSnapshotBuilder()
        await builder.hold()
        let harness = RuntimeHarness(rules: RuntimeIngestTests.large, snapshots: builder)
        try harness.runtime.start()
        await builder.waitUntilHeld()
        // The preview was handed to the main actor before the build started: let it be drawn.
        for _ in 0..<20 where harness.runtime.state.rules.preview == nil { await Task.yield() }
        return (harness, builder)
    }

    @Test func theFirstScreenIsDrawnWhileTheSnapshotIsBuilt() async throws {
        let (harness, builder) = try await Self.startingWithTheFirstBuildHeld()
        let state = harness.runtime.state
        #expect(!state.rules.isLoaded, "the list is not taken in yet")
        #expect(state.rules.preview?.count == RuntimeIngestTests.large.count)
        #expect(harness.screen.contains("#99  198.51.100.99/32"), "the first rule by id is on screen")
        #expect(harness.screen.contains("#100  10.0.0.0/32"))
        #expect(harness.screen.contains("20001 rules, indexing…"))

        await builder.release()
        await harness.runtime.settle()
        #expect(harness.runtime.state.rules.isLoaded)
        #expect(harness.runtime.state.rules.preview == nil)
        #expect(!harness.screen.contains("indexing"))
        #expect(harness.screen.contains("20001 rules"))
    }

    @Test func aRemovalAskedDuringThePreviewSendsNothing() async throws {
        let (harness, builder) = try await Self.startingWithTheFirstBuildHeld()
        await harness.press(.character("d"))
        await harness.press(.character("y"))
        #expect(harness.runtime.state.overlay == nil, "no confirmation offered for a list not yet taken in")
        await builder.release()
        await harness.runtime.settle()
        #expect(await harness.service.count("remove") == 0)
        #expect(harness.runtime.state.rules.rules.count == RuntimeIngestTests.large.count)
    }

    @Test func aShortListHasNoPreview() async throws {
        let harness = RuntimeHarness()
        try await harness.start()
        #expect(harness.runtime.state.rules.preview == nil)
        #expect(harness.runtime.state.rules.isLoaded)
    }
}
