import AccessCore
import Testing

@testable import TerminalUI

/// When the list cannot be read, triage says "unknown", never "0 blocked" or "allowed".
@Suite struct UnreadableListTests {
    static let scope = FailureInfo(
        message:
            "SendGrid refused access (403). The key may lack scope access_settings.whitelist.read, or this machine's address is not on the allow list.",
        isTransient: false, reason: "the key may lack access_settings.whitelist.read")

    func activityOnly() -> AppState {
        var state = AppState(config: Fixtures.config(), now: Fixtures.now, width: 120, height: 40)
        _ = reduce(&state, .pollFailed(Self.scope, now: Fixtures.now, target: .rules))
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now))
        return state
    }

    @Test func attemptsAreUnknownNotAllowed() {
        let state = activityOnly()
        #expect(state.attempts.rows.allSatisfy { if case .unknown = $0.status { return true } else { return false } })
        #expect(state.attempts.rows.first { $0.ip == "203.0.113.10" }?.status == .unknown(allowedThen: true))
        #expect(state.attempts.rows.first { $0.ip == "198.51.100.23" }?.status == .unknown(allowedThen: false))
        let lines = render(state, width: 120, height: 40).lines
        #expect(!lines.joined().contains("0 blocked"))
        #expect(lines.contains { $0.contains("? refused at the time") })
        #expect(lines.contains { $0.contains("? allowed at the time") })
        #expect(!lines.contains { $0.contains("✓ allowed") })
        #expect(lines[1].contains("cannot read the allow list: the key may lack access_settings.whitelist.read"))
        #expect(
            lines.contains { $0.contains("Cannot read the allow list: SendGrid refused") },
            "the pane says why, not Loading…")
        #expect(!lines.contains { $0.contains("Loading the allow list") })
    }

    @Test func theDetailSaysUnknown() {
        var state = activityOnly()
        press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        press(&state, .enter)
        let text = render(state, width: 120, height: 40).lines.joined(separator: "\n")
        #expect(text.contains("unknown: the allow list has not been read"))
        #expect(!text.contains("no rule covers"))
    }

    @Test func allowSaysWhyItCannotAct() {
        var state = activityOnly()
        press(&state, .character("2"))
        select(&state, ip: "198.51.100.23")
        #expect(press(&state, .character("a")).isEmpty)
        #expect(
            state.flash?.text.hasPrefix(
                "The allow list cannot be read (the key may lack access_settings.whitelist.read)") == true)
    }

    @Test func theListLoadingLaterTriagesForReal() {
        var state = activityOnly()
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now + 5))
        #expect(state.attempts.rows.first { $0.ip == "198.51.100.23" }?.status == .blocked)
        #expect(state.poll.rulesFailure == nil)
    }

    @Test func anActivityFailureSaysSoInItsPane() {
        var state = AppState(config: Fixtures.config(), now: Fixtures.now, width: 120, height: 40)
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now))
        let failure = FailureInfo(
            message:
                "SendGrid refused access (403). The key may lack scope access_settings.activity.read, or this machine's address is not on the allow list.",
            isTransient: false)
        _ = reduce(&state, .pollFailed(failure, now: Fixtures.now, target: .activity))
        let lines = render(state, width: 120, height: 40).lines
        #expect(lines.contains { $0.contains("Cannot load the recent activity: SendGrid refused access (403).") })
        #expect(!lines.contains { $0.contains("Loading recent activity") })
    }

    @Test func waitingForSendGridShowsAfterTwoSeconds() {
        var state = Fixtures.loaded(width: 120, height: 40)
        #expect(press(&state, .character("r")) == [.fetch(.rules), .fetch(.activity)])
        #expect(state.poll.waitingSince == Fixtures.now, "two GETs outstanding since the refresh")
        _ = reduce(&state, .tick(now: Fixtures.now + 2))
        #expect(!render(state, width: 120, height: 40).lines[0].contains("waiting"))
        #expect(state.tickChangesScreen(Fixtures.now + 3))
        _ = reduce(&state, .tick(now: Fixtures.now + 6))
        #expect(
            render(state, width: 120, height: 40).lines[0].contains(
                "waiting for SendGrid… 6s (gives up at 10s) · updated"))
        _ = reduce(&state, .rulesLoaded(RulesSnapshot(Fixtures.rules), rateLimit: nil, now: Fixtures.now + 6))
        #expect(render(state, width: 120, height: 40).lines[0].contains("waiting"), "the activity is still out")
        _ = reduce(&state, .activityLoaded(AttemptsSnapshot(Fixtures.attempts), rateLimit: nil, now: Fixtures.now + 7))
        #expect(state.poll.waitingSince == nil)
        #expect(!render(state, width: 120, height: 40).lines[0].contains("waiting"))
    }

    @Test func eachRequestOfAChangeCountsItsOwnWait() {
        var state = Fixtures.loaded(width: 120, height: 40)
        select(&state, ip: "192.0.2.7/32")
        press(&state, .character("d"))
        guard case .recheck(let mutation)? = pressOnly(&state, .character("y")).first else {
            Issue.record("no recheck"); return
        }
        #expect(state.poll.waitingSince == Fixtures.now)
        _ = reduce(&state, .tick(now: Fixtures.now + 7))
        let sent = reduce(&state, .recheckLoaded(mutation, RulesSnapshot(Fixtures.rules), now: Fixtures.now + 7))
        #expect(sent.removes.count == 1)
        #expect(
            state.poll.waitingSince == Fixtures.now + 7, "the DELETE waits from when it was sent, not from the re-read")
        _ = reduce(&state, .tick(now: Fixtures.now + 13))
        let header = render(state, width: 120, height: 40).lines[0]
        #expect(
            header.contains("waiting for SendGrid… 6s (each try gives up after 10s)"),
            "a change may be tried again (DELETE) or re-read (POST): its wait is not bounded by one timeout: \(header)")
        _ = reduce(&state, .mutationFinished(mutation, .removed(ids: [21])))
        #expect(state.poll.outstanding.keys.allSatisfy { if case .get = $0 { return true } else { return false } })
    }
}
