import AccessCore
import Foundation
import SendGridSimulator
import TestSupport
import Testing

extension TUIEndToEndTests {
    @Suite("The lockout guard when the app's knowledge is wrong or stale")
    struct Guard {
        /// The stale-list race: #16-like 203.0.113.10/32 also covers this host; another admin removes it between
        /// the poll and `y`; the app's re-check must catch it and send no DELETE of the /24.
        @Test("another admin removes the second covering rule before y: no DELETE, a new typed dialog")
        func staleListRace() async throws {
            try await TUIApp.run { app in
                let extra = try #require(try app.simulator.addRules([TUIApp.clientIP]).first)
                let office = try #require(app.rule("203.0.113.0/24"))
                try await app.tmux.waitFor("allowed by #\(extra.id)")
                try await app.tmux.send("1", "g")
                try await app.waitForDetail(ofRule: office.id)
                try await app.tmux.send("d")
                let plain = try await app.tmux.waitFor("Remove rule", "(#\(office.id))?", "[ Cancel ]")
                #expect(!plain.contains("type to confirm"), "#\(extra.id) still covers this host")
                #expect(app.simulator.removeRules(ids: [extra.id]) == 1)
                try await app.tmux.send("y")
                try await app.tmux.waitFor(
                    "The allow list changed since you confirmed", "type to confirm", "lock out \(TUIApp.clientIP)")
                try await app.settle()
                #expect(app.mutatingRequests.isEmpty, "no DELETE went out: \(app.mutatingRequests)")
                #expect(app.rule("203.0.113.0/24") != nil)
            }
        }

        @Test("SSH_CONNECTION names a workstation and nothing else is configured: y does not remove the host's rule")
        func workstationAddressIsNotThisHost() async throws {
            try await TUIApp.run(
                variables: ["SSH_CONNECTION": "198.51.100.7 50022 10.0.0.2 22"],
                unsetting: ["SGACCESS_MY_IPS"], myIP: nil
            ) { app in
                let office = try #require(app.rule("203.0.113.0/24"))
                try await app.tmux.waitFor("SSH 198.51.100.7", "✗ blocked")
                try await app.tmux.send("1", "g")
                try await app.waitForDetail(ofRule: office.id)
                try await app.tmux.send("d")
                try await app.tmux.waitFor("type to confirm", "203.0.113.")
                try await app.tmux.send("y", "Enter")
                try await app.settle()
                #expect(app.mutatingRequests.isEmpty, "a plain y (or y Enter) removed it: \(app.mutatingRequests)")
                #expect(app.rule("203.0.113.0/24") != nil)
                // After a few polls the app has learned this host from SendGrid's own activity.
                try await app.tmux.waitFor("this host \(TUIApp.clientIP) ✓", "seen at our last", timeout: .seconds(40))
            }
        }

        @Test("n 0.0.0.0/0 Enter sends nothing without the typed range")
        func wholeInternetNeedsTheRangeTyped() async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                try await app.tmux.send("n")
                try await app.tmux.waitFor("Add to the allow list")
                try await app.tmux.type("0.0.0.0/0")
                try await app.tmux.send("Enter")
                try await app.tmux.waitFor("type to confirm", "4,294,967,296 addresses", "Type 0.0.0.0/0")
                try await app.tmux.send("y", "Enter")
                try await app.settle()
                #expect(app.mutatingRequests.isEmpty, "something was posted: \(app.mutatingRequests)")
                #expect(app.rule("0.0.0.0/0") == nil)
            }
        }

        @Test("a key that can read the activity but not the list never says 0 blocked")
        func activityOnlyKey() async throws {
            let key = "SG.activity-only-key-000000.sgaccess-simulator-activity-only-key-0000000"
            try await TUIApp.run(
                variables: ["SENDGRID_API_KEY": key],
                configure: { $0.scopedKeys = [key: [.activityRead]] }
            ) { app in
                let screen = try await app.tmux.waitFor("cannot read the allow list", "? refused at the time")
                #expect(!screen.contains("0 blocked"))
                #expect(!screen.contains("✓ allowed"))
                #expect(!screen.contains("Loading the allow list"))
                try await app.tmux.send("2", "a")
                try await app.tmux.waitFor("The allow list cannot be read")
                #expect(app.mutatingRequests.isEmpty)
            }
        }
    }
}
