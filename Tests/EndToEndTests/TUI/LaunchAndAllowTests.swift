import AccessCore
import Foundation
import SendGridSimulator
import TestSupport
import Testing

extension TUIEndToEndTests {
    @Suite("Launch and one-key allow")
    struct LaunchAndAllow {
        @Test("launch shows the allow list, the attempts with blocked ones first, and my IP's verdict")
        func launchShowsEverything() async throws {
            try await TUIApp.run { app in
                let office = try #require(app.rule("203.0.113.0/24"))
                let rules = app.simulator.rules()
                let cidrs = ["203.0.113.0/24", "198.51.100.7/32", "192.0.2.15/32"]
                // Waits for the whole frame: a capture can land while ncurses is still writing the lower rows.
                let screen = try await app.tmux.waitForScreen("the full first screen") { screen in
                    screen.contains("\(TUIApp.clientIP) ✓ allowed by #\(office.id)")
                        && screen.contains("rules \(rules.count)/1000")
                        && cidrs.allSatisfy(screen.contains)
                        && Self.statuses(screen).contains("allowed")
                }
                #expect(Self.statuses(screen).first == "blocked", "blocked attempts are listed first:\n\(screen)")
                #expect(screen.contains("198.51.100.23"), "a blocked address of the demo seed is listed")
                #expect(!screen.contains(SimulatorConfiguration.demoAPIKey))
                #expect(!app.log.contains(SimulatorConfiguration.demoAPIKey), "the key never reaches the log")
                #expect(app.mutatingRequests.isEmpty)
            }
        }

        @Test("a blocked attempt is allowed with two keys: the simulator gets its /32 and the screen says so")
        func oneKeyAllowLands() async throws {
            try await TUIApp.run { app in
                try await app.waitForMainScreen()
                let before = app.simulator.rules()
                // Keys are handled in order: 2 focuses the attempts, g selects the top row (blocked ones come first).
                try await app.tmux.send("2", "g", "a")
                let screen = try await app.tmux.waitForScreen("the \"Allowed …\" flash") { $0.contains("Allowed ") }
                let flash = try #require(Self.flash(in: screen), "flash names the range and id:\n\(screen)")
                let cidr = try AllowEntryParser.parse(flash.ip).get().range

                let after = try await app.waitForRules("one rule more") { $0.count == before.count + 1 }
                let added = try #require(after.first { rule in !before.contains { $0.id == rule.id } })
                #expect(added.id == flash.id, "the screen names the new rule's id")
                #expect(added.range == cidr, "the simulator got \(added.ip), the screen said \(flash.ip)")
                #expect(cidr.prefixLength == (cidr.network.description.contains(":") ? 128 : 32))
                #expect(!before.contains { $0.range?.contains(cidr) == true }, "\(flash.ip) was blocked before")
                #expect(app.mutatingRequests.count == 1, "exactly one request changed the list")
                #expect(app.mutatingRequests.first?.method == "POST")
                // The next poll turns the row into "now allowed by #id".
                try await app.tmux.waitFor("now allowed by #\(added.id)")
            }
        }

        /// The status of each attempt row, top to bottom (the attempts pane is right of the divider).
        static func statuses(_ screen: String) -> [String] {
            screen.split(separator: "\n").compactMap { line -> String? in
                guard let bar = line.firstIndex(of: "│") else { return nil }
                let right = line[line.index(after: bar)...]
                if right.contains("✗ blocked") { return "blocked" }
                if right.contains("✓ ") { return "allowed" }
                return nil
            }
        }

        /// The range and id of a flash like "Allowed 198.51.100.23/32 (#16)."
        static func flash(in screen: String) -> (ip: String, id: Int)? {
            guard let match = screen.firstMatch(of: /Allowed (\S+) \(#(\d+)\)/), let id = Int(match.2) else {
                return nil
            }
            return (String(match.1), id)
        }
    }
}
