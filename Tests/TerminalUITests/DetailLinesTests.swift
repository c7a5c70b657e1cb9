import AccessCore
import Testing

@testable import TerminalUI

/// The detail pane's facts about a rule: each address it covers is named once.
@Suite struct DetailLinesTests {
    @Test func anAddressSeenByAPIAndWebIsNamedOnce() throws {
        let now = Fixtures.now
        let attempts = [
            AccessAttempt(
                ip: "192.0.2.7", allowed: true, authMethod: "api_key", location: "Oslo, NO", firstAt: now - 90,
                lastAt: now - 60),
            AccessAttempt(
                ip: "192.0.2.7", allowed: true, authMethod: "basic", location: "Oslo, NO", firstAt: now - 80,
                lastAt: now - 70),
        ]
        let state = Fixtures.loaded(attempts: attempts)
        let rule = try #require(state.rules.row(id: 21))
        #expect(DetailLines.coveredAttempts(rule, state: state) == "covers 2 recent from 1 address: 192.0.2.7")
        let other = try #require(state.rules.row(id: 12))
        #expect(DetailLines.coveredAttempts(other, state: state) == "covers no recent attempt")
        let distinct = Fixtures.loaded()
        #expect(
            DetailLines.coveredAttempts(try #require(distinct.rules.row(id: 12)), state: distinct)
                == "covers 1 recent: 203.0.113.10")
    }
}
