import AccessCore
import Testing

@testable import TerminalUI

/// Right before a change is sent the list is read once more; the change goes only if the verdict is the same.
@Suite struct RecheckTests {
    /// 203.0.113.10 is covered twice: by #12 (the /24) and #16 (a /32 another admin may remove).
    static let doubled =
        Fixtures.rules + [
            AllowRule(id: 16, ip: "203.0.113.10/32", createdAt: Fixtures.now - 60, updatedAt: Fixtures.now - 60)
        ]

    @Test func aConfirmedRemovalIsRecheckedBeforeTheDelete() {
        var state = Fixtures.loaded(rules: Self.doubled)
        select(&state, ip: "203.0.113.0/24")
        pressOnly(&state, .character("d"))
        #expect(state.confirm?.typed == nil, "#16 still covers this host, so a plain y is enough")
        let effects = pressOnly(&state, .character("y"))
        #expect(effects.significant.first == .recheck(.remove([RuleRef(id: 12, ip: "203.0.113.0/24")])))
        #expect(effects.removes.isEmpty, "no DELETE before the re-read")
        #expect(state.inFlight != nil, "other changes wait for the re-check")
        let sent = reduce(
            &state,
            .recheckLoaded(
                .remove([RuleRef(id: 12, ip: "203.0.113.0/24")]), RulesSnapshot(Self.doubled), now: Fixtures.now + 1))
        #expect(sent.removes.map(\.0) == [[12]])
    }

    /// The stale-list race: another admin removes #16 between the poll and `y`.
    @Test func aListChangedBetweenDialogAndYesOpensANewTypedDialog() throws {
        var state = Fixtures.loaded(rules: Self.doubled)
        select(&state, ip: "203.0.113.0/24")
        pressOnly(&state, .character("d"))
        let recheck = pressOnly(&state, .character("y"))
        guard case .recheck(let mutation)? = recheck.significant.first else { Issue.record("no recheck"); return }
        let effects = reduce(&state, .recheckLoaded(mutation, RulesSnapshot(Fixtures.rules), now: Fixtures.now + 2))
        #expect(effects.removes.isEmpty, "the verdict changed: nothing is sent")
        let dialog = try #require(state.confirm)
        #expect(dialog.lines.contains { $0.hasPrefix("The allow list changed since you confirmed") })
        #expect(dialog.lines.contains { $0.contains("lock out 203.0.113.10") })
        #expect(dialog.typed?.expected == "203.0.113.10")
        #expect(state.inFlight == nil)
        #expect(state.rules.row(id: 16) == nil, "the re-read list is on screen")
        #expect(pressOnly(&state, .character("y")).isEmpty)
    }

    @Test func aTargetRemovedMeanwhileIsNotSent() {
        var state = Fixtures.loaded()
        select(&state, ip: "192.0.2.7/32")
        pressOnly(&state, .character("d"))
        guard case .recheck(let mutation)? = pressOnly(&state, .character("y")).significant.first else {
            Issue.record("no recheck"); return
        }
        let effects = reduce(
            &state,
            .recheckLoaded(mutation, RulesSnapshot(Fixtures.rules.filter { $0.id != 21 }), now: Fixtures.now + 2))
        #expect(effects.removes.isEmpty)
        #expect(state.overlay == nil)
        #expect(state.flash?.text.contains("no longer on the list") == true)
    }

    @Test func someMarkedTargetsGoneGivesANewDialogForTheRest() throws {
        var state = Fixtures.loaded()
        press(&state, .down, .character(" "), .character(" "))
        pressOnly(&state, .character("d"))
        guard case .recheck(let mutation)? = pressOnly(&state, .character("y")).significant.first else {
            Issue.record("no recheck"); return
        }
        let effects = reduce(
            &state,
            .recheckLoaded(mutation, RulesSnapshot(Fixtures.rules.filter { $0.id != 15 }), now: Fixtures.now + 2))
        #expect(effects.removes.isEmpty)
        let dialog = try #require(state.confirm)
        #expect(dialog.mutation == .remove([RuleRef(id: 21, ip: "192.0.2.7/32")]))
    }

    @Test func aFailedReReadSendsNothing() {
        var state = Fixtures.loaded()
        select(&state, ip: "192.0.2.7/32")
        pressOnly(&state, .character("d"))
        guard case .recheck(let mutation)? = pressOnly(&state, .character("y")).significant.first else {
            Issue.record("no recheck"); return
        }
        let failure = FailureInfo(
            message: "SendGrid did not answer within 10 seconds.", isTransient: true, reason: "no answer within 10 s")
        let effects = reduce(&state, .recheckFailed(mutation, failure, now: Fixtures.now + 11))
        #expect(effects.removes.isEmpty && effects.adds.isEmpty)
        #expect(state.inFlight == nil)
        #expect(
            state.flash?.text
                == "Could not re-read the allow list before changing 192.0.2.7/32 (#21) (no answer within 10 s); nothing was sent. Press r, then try again."
        )
    }

    @Test func oneKeyAllowIsRecheckedToo() {
        var state = Fixtures.loaded()
        press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        let effects = pressOnly(&state, .character("a"))
        #expect(effects.significant.first == .recheck(.allowAttempt(CIDR(host: IPAddress("198.51.100.23")!))))
        #expect(effects.adds.isEmpty)
        // Someone emptied the list meanwhile: the add would now switch enforcement on without this host.
        let next = reduce(
            &state,
            .recheckLoaded(
                .allowAttempt(CIDR(host: IPAddress("198.51.100.23")!)), RulesSnapshot([]), now: Fixtures.now + 1))
        #expect(next.adds.isEmpty)
        #expect(state.confirm?.typed?.expected == "203.0.113.10")
        #expect(state.confirm?.title == "Switch enforcement on")
    }

    @Test func aStaleAnswerForAnotherChangeIsIgnored() {
        var state = Fixtures.loaded()
        let effects = reduce(
            &state,
            .recheckLoaded(
                .remove([RuleRef(id: 12, ip: "203.0.113.0/24")]), RulesSnapshot(Fixtures.rules), now: Fixtures.now))
        #expect(effects.isEmpty)
    }
}
