import AccessCore
import Testing

@testable import TerminalUI

@Suite struct MutationTests {
    /// The attempts pane with 198.51.100.23 (blocked, not covered) selected.
    func onBlockedAttempt() -> AppState {
        var state = Fixtures.loaded()
        press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        return state
    }

    @Test func oneKeyAllowEmitsExactlyOneAdd() {
        var state = onBlockedAttempt()
        let effects = press(&state, .character("a"))
        #expect(effects.adds.count == 1)
        #expect(effects.adds.first?.0 == ["198.51.100.23/32"])
        #expect(effects.adds.first?.1 == .allowAttempt(CIDR(host: IPAddress("198.51.100.23")!)))
        #expect(state.overlay == nil)
        #expect(state.inFlight != nil)
        let again = press(&state, .character("a"))
        #expect(again.adds.isEmpty, "one add in flight at a time")
        #expect(state.flash?.kind == .error)
    }

    @Test func allowReportsWhatHappenedAndRereads() {
        var state = onBlockedAttempt()
        let mutation = press(&state, .character("a")).adds[0].1
        let added = AllowRule(id: 40, ip: "198.51.100.23/32", createdAt: Fixtures.now, updatedAt: Fixtures.now)
        let effects = reduce(&state, .mutationFinished(mutation, .added([added])))
        #expect(effects.significant == [.fetch(.rules), .fetch(.activity), .loadLedger])
        #expect(state.flash?.text == "Allowed 198.51.100.23/32 (#40); N adds a note.")
        #expect(state.inFlight == nil)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules + [added]), rateLimit: nil, now: Fixtures.now + 5))
        #expect(state.flash?.kind == .info, "the re-read confirms the add")
        #expect(state.attempts.rows.first { $0.ip == "198.51.100.23" }?.status == .allowedSince(ruleID: 40))
    }

    @Test func allowRefusedWhenAlreadyCovered() {
        var state = Fixtures.loaded()
        press(&state, .character("2"))
        select(&state, ip: "10.0.0.7")
        let effects = press(&state, .character("a"))
        #expect(effects.isEmpty)
        #expect(state.flash?.kind == .error)
        #expect(state.flash?.text.contains("already allowed by #31") == true)
    }

    @Test func allowRefusedAtTheCap() {
        var state = Fixtures.loaded(rules: Fixtures.manyRules(Limits.maxRules))
        press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        let effects = press(&state, .character("a"))
        #expect(effects.adds.isEmpty)
        #expect(state.flash?.text.contains("at most 1000") == true)
    }

    @Test func firstRuleOfAnEmptyListGoesThroughTheLockoutConfirmation() {
        var state = Fixtures.loaded(rules: [])
        press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        let effects = press(&state, .character("a"))
        #expect(effects.isEmpty)
        let dialog = try! #require(state.confirm)
        #expect(dialog.typed?.expected == "203.0.113.10", "the address the first rule would leave out is typed")
        #expect(dialog.lines.contains { $0.contains("switches enforcement on") })
        #expect(press(&state, .character("y")).isEmpty, "y is plain text in a typed confirmation")
        press(&state, .control("u"))
        type(&state, "203.0.113.10")
        let confirmed = press(&state, .enter)
        #expect(confirmed.adds.map(\.0) == [["198.51.100.23/32"]])
    }

    @Test func firstRuleCoveringMeStillAsks() {
        var state = Fixtures.loaded(rules: [])
        press(&state, .character("2"))
        select(&state, ip: "203.0.113.10")
        #expect(press(&state, .character("a")).isEmpty)
        let dialog = try! #require(state.confirm)
        #expect(dialog.typed == nil)
        #expect(press(&state, .character("y")).adds.count == 1)
    }

    @Test func allowSlash24AsksThenAdds() {
        var state = onBlockedAttempt()
        #expect(press(&state, .character("A")).isEmpty)
        let dialog = try! #require(state.confirm)
        #expect(dialog.mutation == .allowSlash24(CIDR(address: IPAddress("198.51.100.0")!, prefixLength: 24)))
        #expect(dialog.apiCall == #"POST /v3/access_settings/whitelist {"ips":[{"ip":"198.51.100.0/24"}]}"#)
        let effects = press(&state, .character("y"))
        #expect(effects.adds.map(\.0) == [["198.51.100.0/24"]])
        #expect(effects.adds.first?.1 == dialog.mutation, "the dialog hands back the mutation unchanged")
    }

    @Test func removeThenEnterOrEscSendsNothing() {
        for cancelKey in [Key.enter, .escape] {
            var state = Fixtures.loaded()
            select(&state, ip: "192.0.2.7/32")
            #expect(press(&state, .character("d")).isEmpty)
            #expect(state.confirm != nil)
            #expect(press(&state, cancelKey).isEmpty)
            #expect(state.overlay == nil)
            #expect(state.inFlight == nil)
        }
    }

    @Test func removeThenYSendsTheRemoval() {
        var state = Fixtures.loaded()
        select(&state, ip: "192.0.2.7/32")
        press(&state, .delete)
        let dialog = try! #require(state.confirm)
        #expect(dialog.typed == nil)
        #expect(
            dialog.lines[0]
                == "Remove 192.0.2.7/32 (#21)? Callers from this range will be refused by SendGrid's API, UI and SMTP relay."
        )
        #expect(dialog.apiCall == "DELETE /v3/access_settings/whitelist/21")
        let effects = press(&state, .character("y"))
        #expect(effects.removes.map(\.0) == [[21]])
        #expect(effects.removes.first?.1 == dialog.mutation)
    }

    @Test func confirmationSwallowsEveryOtherKey() {
        var state = Fixtures.loaded()
        select(&state, ip: "192.0.2.7/32")
        press(&state, .character("d"))
        let before = state
        let effects = press(
            &state, .character("q"), .character("d"), .character("a"), .character("j"), .control("c"),
            .tab, .character("Y"), .character(" "), .backspace, .character("n"))
        #expect(effects.isEmpty)
        #expect(state == before)
    }

    @Test func lockoutFlaggedRemovalNeedsTheTypedAddress() {
        var state = Fixtures.loaded()
        select(&state, ip: "203.0.113.0/24")
        press(&state, .character("d"))
        let dialog = try! #require(state.confirm)
        #expect(dialog.typed?.expected == "203.0.113.10", "the address that would be locked out, not the rule")
        #expect(dialog.lines.contains { $0.contains("lock out 203.0.113.10") })
        #expect(press(&state, .character("y")).isEmpty)
        #expect(press(&state, .enter).isEmpty, "Enter with the wrong text cancels")
        #expect(state.overlay == nil)
        #expect(state.flash?.kind == .error)

        press(&state, .character("d"))
        type(&state, "203.0.113.1")
        #expect(press(&state, .enter).isEmpty)
        press(&state, .character("d"))
        type(&state, "203.0.113.10")
        let effects = press(&state, .enter)
        #expect(effects.removes.map(\.0) == [[12]])
    }

    @Test func marksRemoveTogether() {
        var state = Fixtures.loaded()
        press(&state, .down, .character(" "), .character(" "))
        #expect(state.rules.marked == [15, 21])
        press(&state, .character("d"))
        let dialog = try! #require(state.confirm)
        #expect(dialog.typed == nil)
        #expect(dialog.apiCall == #"DELETE /v3/access_settings/whitelist {"ids":[15,21]}"#)
        #expect(press(&state, .character("y")).removes.map(\.0) == [[15, 21]])
    }

    @Test func moreThanFiveRemovalsNeedARangeTypedNeverTheCount() {
        var state = Fixtures.loaded(rules: Fixtures.manyRules(10))
        press(
            &state, .character(" "), .character(" "), .character(" "), .character(" "), .character(" "), .character(" ")
        )
        press(&state, .character("d"))
        let dialog = try! #require(state.confirm)
        #expect(dialog.typed?.expected == "172.16.0.0/32", "the widest rule's range (lowest id on ties), not \"6\"")
        #expect(dialog.typed?.reason.contains("more than 5 rules") == true)
        type(&state, "6")
        #expect(press(&state, .enter).removes.isEmpty, "typing the count no longer confirms")
        press(&state, .character("d"))
        type(&state, "172.16.0.0/32")
        #expect(press(&state, .enter).removes.first?.0.count == 6)
    }

    @Test func hiddenMarkedRowsNeedTypingAndAreCounted() {
        var state = Fixtures.loaded()
        press(&state, .down, .character(" "), .character(" "))
        press(&state, .character("/"))
        type(&state, "192.0.2")
        press(&state, .enter)
        press(&state, .character("d"))
        let dialog = try! #require(state.confirm)
        #expect(dialog.lines.contains("1 of the marked rules is hidden by the filter."))
        #expect(dialog.typed?.expected == "198.51.100.0/28", "the widest of the marked rules, never the count")
    }

    @Test func removingEveryRuleNeedsTyping() {
        var state = Fixtures.loaded(rules: [Fixtures.rules[1]], mine: [])
        press(&state, .character("d"))
        let dialog = try! #require(state.confirm)
        #expect(dialog.typed?.expected == "198.51.100.0/28")
        #expect(dialog.lines.contains { $0.contains("removes every rule") })
    }

    @Test func undoReaddsTheLastRemovalAndShowsNewIDs() {
        var state = Fixtures.loaded()
        select(&state, ip: "192.0.2.7/32")
        let removal = press(&state, .character("d"), .character("y")).removes[0].1
        let done = reduce(&state, .mutationFinished(removal, .removed(ids: [21])))
        #expect(done.significant == [.fetch(.rules), .fetch(.activity), .loadLedger])
        #expect(state.flash?.text == "Removed 192.0.2.7/32 (#21).")
        _ = reduce(
            &state,
            .rulesLoaded(RulesSnapshot(Fixtures.rules.filter { $0.id != 21 }), rateLimit: nil, now: Fixtures.now + 1))
        let record = JournalNotesTests.removal(
            "3f9a1c2b", of: JournalRule(id: 21, ip: "192.0.2.7/32"), at: Fixtures.now)
        _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(records: [record]), reconciled: []))
        #expect(press(&state, .character("u")).isEmpty, "u asks like any add")
        #expect(state.confirm?.title == "Undo journal entry 3f9a1c2b")
        let effects = press(&state, .character("y"))
        #expect(effects.adds.map(\.0) == [["192.0.2.7/32"]])
        let undo = effects.adds[0].1
        let readded = AllowRule(id: 77, ip: "192.0.2.7/32", createdAt: Fixtures.now, updatedAt: Fixtures.now)
        _ = reduce(&state, .mutationFinished(undo, .added([readded])))
        #expect(state.flash?.text == "Undid entry 3f9a1c2b: restored 192.0.2.7/32 (#77).")
    }

    @Test func undoWithNothingRemovedSays() {
        var state = Fixtures.loaded()
        _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(), reconciled: []))
        #expect(press(&state, .character("u")).isEmpty)
        #expect(state.flash?.text.hasPrefix("Nothing to undo") == true)
    }

    @Test func addByTypingValidatesAndNormalises() {
        var state = Fixtures.loaded()
        press(&state, .character("n"))
        type(&state, "300.1.1.1")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.flash?.kind == .error)
        if case .add = state.overlay {} else { Issue.record("the add dialog stays open on bad input") }
        press(&state, .control("u"))
        type(&state, "172.20.1.3/16, 172.21.*.* 172.20.0.0/16")
        if case .add(let input) = state.overlay {
            #expect(input.ranges?.map(\.description) == ["172.20.0.0/16", "172.21.0.0/16"])
        }
        #expect(press(&state, .enter).isEmpty, "172.20.1.3/16 means more than it says: confirm first")
        #expect(state.confirm?.lines.contains { $0.contains("“172.20.1.3/16” means 172.20.0.0/16") } == true)
        let effects = press(&state, .character("y"))
        #expect(effects.adds.map(\.0) == [["172.20.0.0/16", "172.21.0.0/16"]])
    }

    @Test func failuresAreReportedAndTheListReread() {
        var state = Fixtures.loaded()
        select(&state, ip: "192.0.2.7/32")
        let removal = press(&state, .character("d"), .character("y")).removes[0].1
        let effects = reduce(
            &state,
            .mutationFinished(
                removal, .failed(FailureInfo(message: "SendGrid answered 500; try again.", isTransient: true))))
        #expect(effects == [.fetch(.rules), .fetch(.activity), .loadLedger], "the journal is read again too")
        #expect(
            state.flash
                == Flash(
                    id: state.flash!.id, kind: .error,
                    text: "Could not remove 192.0.2.7/32 (#21): SendGrid answered 500; try again."))
    }

    @Test func aRereadThatContradictsTheChangeIsReported() {
        var state = Fixtures.loaded()
        select(&state, ip: "192.0.2.7/32")
        let removal = press(&state, .character("d"), .character("y")).removes[0].1
        _ = reduce(&state, .mutationFinished(removal, .removed(ids: [21])))
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now + 2))
        #expect(state.flash?.kind == .error)
        #expect(state.flash?.text.contains("still shows #21") == true)
    }

    @Test func readOnlyIgnoresEveryMutatingKey() {
        let dangerous = Keymap.standard(readOnly: false).bindings.filter(\.dangerous)
        #expect(!dangerous.isEmpty)
        for pane in [Key.character("1"), .character("2"), .character("3")] {
            var state = Fixtures.loaded(readOnly: true)
            press(&state, pane)
            select(&state, ip: state.activeList == .rules ? "192.0.2.7/32" : "198.51.100.23")
            // Something to undo, something expired: the keys would act but for read-only mode.
            let record = JournalNotesTests.removal("3f9a1c2b", of: JournalRule(id: 40, ip: "192.0.2.50/32"), at: 0)
            let expired = ["192.0.2.7/32": Annotation(expires: JournalNotesTests.date(Fixtures.now - 60))]
            _ = reduce(&state, .ledgerLoaded(LedgerSnapshot(records: [record], annotations: expired), reconciled: []))
            for binding in dangerous where binding.scope != .confirm {
                for key in binding.keys {
                    let before = state
                    let effects = press(&state, key)
                    #expect(effects.significant.isEmpty, "\(key) must do nothing in read-only mode (but explain)")
                    var unflashed = state
                    unflashed.flash = before.flash
                    unflashed.nextFlashID = before.nextFlashID
                    #expect(unflashed == before, "\(key) must change nothing but the flash in read-only mode")
                    #expect(state.flash.map { $0.text.hasPrefix("read-only: ") } ?? true)
                }
            }
        }
        let hints = Fixtures.loaded(readOnly: true).keymap.hints(for: [.rules, .global])
        #expect(hints.allSatisfy { !$0.dangerous })
        #expect((5...8).contains(hints.count))
    }

    @Test func flashesFadeOrStay() {
        var state = Fixtures.loaded()
        let effects = press(&state, .character("y"))
        let id = state.flash!.id
        #expect(effects.contains(.schedule(after: Flash.infoSeconds, .flashExpired(id: id))))
        _ = reduce(&state, .flashExpired(id: id))
        #expect(state.flash == nil)
        press(&state, .character("u"))
        let error = state.flash!
        #expect(error.kind == .error)
        _ = reduce(&state, .flashExpired(id: error.id))
        #expect(state.flash == error, "errors stay until the next key")
        press(&state, .character("j"))
        #expect(state.flash == nil)
    }

    @Test func pollFailureKeepsDataAndMarksItStale() {
        var state = Fixtures.loaded()
        _ = reduce(
            &state, .pollFailed(FailureInfo(message: "Could not connect.", isTransient: true), now: Fixtures.now + 5))
        #expect(state.poll.isStale)
        #expect(state.rules.rows.count == 5)
        #expect(state.flash == nil, "transient failures show in the header")
        _ = reduce(
            &state,
            .pollFailed(FailureInfo(message: "The API key was rejected.", isTransient: false), now: Fixtures.now + 6))
        #expect(state.flash?.text == "The API key was rejected.")
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now + 20))
        #expect(!state.poll.isStale)
    }

    @Test func nothingIsSentBeforeTheListLoads() {
        var state = AppState(config: Fixtures.config(), now: Fixtures.now)
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now))
        press(&state, .character("2"))
        #expect(press(&state, .character("a")).isEmpty)
        #expect(state.flash?.text.contains("not loaded yet") == true)
    }
}
