import AccessCore
import Synchronization
import Testing

@testable import TerminalApp

/// The runtime lets the heap give memory back after a changed list replaced the previous one, and only then.
@MainActor @Suite struct RuntimeMemoryReleaseTests {
    final class Counter: Sendable {
        let value = Mutex(0)
    }

    @Test func aChangedListReleasesMemoryAndAnUnchangedOneDoesNot() async throws {
        let counter = Counter()
        let h = RuntimeHarness(pollInterval: 5, listInterval: 5, releaseMemory: { counter.value.withLock { $0 += 1 } })
        try await h.start()
        #expect(counter.value.withLock { $0 } == 1, "the first list replaced the empty one")
        await h.advance(seconds: 5)
        #expect(await h.service.count("list") == 2)
        #expect(counter.value.withLock { $0 } == 1, "an unchanged list builds nothing, so frees nothing")
        await h.service.setRules(RuntimeHarness.rules.dropLast())
        await h.advance(seconds: 5)
        #expect(counter.value.withLock { $0 } == 2)
    }
}
