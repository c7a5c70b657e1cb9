import AccessCore
import Foundation
import TestSupport
import Testing

extension TUIEndToEndTests {
    @Suite("Removing rules: confirmation and the lockout guard")
    struct RemoveConfirmation {
        /// A rule that does not cover the client IP: the second by id in the demo seed.
        static let plainRule = "198.51.100.7/32"

        @Test("remove, then Enter or Esc, sends nothing", arguments: ["Enter", "Escape"])
        func cancelSendsNothing(key: String) async throws {
            try await TUIApp.run { app in
                let rule = try #require(app.rule(Self.plainRule))
                try await Self.openRemoval(of: rule, in: app)
                try await app.tmux.send(key)
                try await app.tmux.waitForAbsence(of: "Remove rule")
                try await app.settle()
                #expect(app.rule(Self.plainRule) != nil, "the rule is still there after \(key)")
                #expect(app.mutatingRequests.isEmpty, "no request changed the list: \(app.mutatingRequests)")
            }
        }

        @Test("remove, then y, deletes the rule")
        func confirmWithYLands() async throws {
            try await TUIApp.run { app in
                let rule = try #require(app.rule(Self.plainRule))
                let before = app.simulator.rules().count
                try await Self.openRemoval(of: rule, in: app)
                try await app.tmux.send("y")
                let after = try await app.waitForRules("#\(rule.id) removed") { rules in
                    !rules.contains { $0.id == rule.id }
                }
                #expect(after.count == before - 1, "only that rule went")
                #expect(app.mutatingRequests.map(\.method) == ["DELETE"])
                try await app.tmux.waitFor("Removed ", "(#\(rule.id))")
            }
        }

        @Test("removing the rule that covers my IP needs the typed range: y alone does nothing")
        func lockoutNeedsTypedConfirmation() async throws {
            try await TUIApp.run { app in
                let office = try #require(app.rule("203.0.113.0/24"))
                try await app.waitForMainScreen()
                try await app.tmux.send("1", "g")
                try await app.waitForDetail(ofRule: office.id)
                try await app.tmux.send("d")
                // Up to the typing line: a capture can land while the dialog is being redrawn (the activity poll adds
                // the "would have refused" line), with its title on screen and its last lines not yet.
                let dialog = try await app.tmux.waitFor(
                    "type to confirm", "lock out \(TUIApp.clientIP)", "and press Enter")
                let match = try #require(
                    dialog.firstMatch(of: /Type (\S+) and press Enter/), "dialog says what to type")
                let required = String(match.1)
                #expect(required == "203.0.113.0/24" || required == TUIApp.clientIP)

                try await app.tmux.send("y")
                try await app.tmux.waitFor("> y")
                try await app.settle()
                #expect(app.rule("203.0.113.0/24") != nil, "y alone removed nothing")
                #expect(app.mutatingRequests.isEmpty)
                #expect(try await app.tmux.capture().contains("type to confirm"), "the dialog stays open")

                try await app.tmux.send("BSpace")
                try await app.tmux.type(required)
                try await app.tmux.waitFor("> \(required)")
                try await app.tmux.send("Enter")
                let client = try #require(IPAddress(TUIApp.clientIP))
                let after = try await app.waitForRules("no rule covering \(TUIApp.clientIP)") { rules in
                    !rules.contains { $0.range?.contains(client) == true }
                }
                #expect(!after.contains { $0.id == office.id })
                #expect(app.mutatingRequests.map(\.method) == ["DELETE"])
            }
        }

        /// Focuses the allow list, selects `rule` (the second by id) and presses `d`; waits for the dialog.
        static func openRemoval(of rule: AllowRule, in app: TUIApp) async throws {
            try await app.waitForMainScreen()
            try await app.tmux.send("1", "g", "j")
            try await app.waitForDetail(ofRule: rule.id)
            try await app.tmux.send("d")
            try await app.tmux.waitFor("Remove rule", "(#\(rule.id))?", "[ Cancel ]")
        }
    }
}
