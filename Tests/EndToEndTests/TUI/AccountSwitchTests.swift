import Foundation
import SendGridSimulator
import TestSupport
import Testing

extension TUIEndToEndTests {
    /// One config file with two profiles on one simulator (its parent account and the subuser `sub1`, two
    /// tenants with different lists): the app opens on the default profile and switches with `c` without a
    /// restart, the header naming the account each time, and every request after a switch goes to the new one.
    @Suite("Switching account from the config file")
    struct AccountSwitch {
        static let subuserRule = "198.51.100.77/32"

        @Test("c switches between a parent and a subuser profile without restarting")
        func switchesBetweenProfiles() async throws {
            try await TUIApp.run(
                variables: ["SGACCESS_CONFIG": "config.toml"], myIP: nil, baseURLFlag: false,
                prepareWith: { simulator, scratch in
                    try simulator.addRules(["203.0.113.0/24", Self.subuserRule], tenant: "sub1")
                    try Self.writeConfig(in: scratch, baseURL: simulator.baseURL)
                }
            ) { app in
                let port = String(app.simulator.baseURL.split(separator: ":").last ?? "")
                let parent = "profile parent · parent account · 127.0.0.1:\(port) (custom URL)"
                try await app.tmux.waitFor(parent, "203.0.113.200")
                #expect(try await !app.tmux.capture().contains(Self.subuserRule))

                try await app.tmux.send("c")
                try await app.tmux.waitFor("Switch account", "profile sub · subuser sub1")
                try await app.tmux.send("j", "Enter")
                try await app.tmux.waitFor(
                    "profile sub · subuser sub1 · 127.0.0.1:\(port) (custom URL)", Self.subuserRule)
                let switched = try await app.tmux.capture()
                #expect(!switched.contains(parent), "the parent's header is gone:\n\(switched)")
                #expect(!switched.contains("203.0.113.200"), "the parent's rules are gone:\n\(switched)")
                let afterSwitch = app.simulator.requestLog().count
                try await app.tmux.send("r")
                try await Self.waitForRequests(app, after: afterSwitch)
                let tenants = Set(app.simulator.requestLog().dropFirst(afterSwitch).map(\.tenant))
                #expect(tenants == ["sub1"], "after the switch only the subuser is asked: \(tenants)")

                try await app.tmux.send("c")
                try await app.tmux.waitFor("Switch account")
                try await app.tmux.send("k", "Enter")
                try await app.tmux.waitFor(parent, "203.0.113.200")
                try await app.tmux.send("q")
                #expect(try await app.waitForExit() == 0)
            }
        }

        /// Two profiles on the same simulator; the key comes from SENDGRID_API_KEY (the default `api_key_env`).
        static func writeConfig(in scratch: URL, baseURL: String) throws {
            let text = """
                default_profile = "parent"

                [profiles.parent]
                base_url = "\(baseURL)"
                my_ips = ["\(TUIApp.clientIP)"]
                accent = "green"

                [profiles.sub]
                base_url = "\(baseURL)"
                on_behalf_of = "sub1"
                my_ips = ["\(TUIApp.clientIP)"]
                accent = "red"

                """
            try text.write(to: scratch.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        }

        static func waitForRequests(_ app: TUIApp, after count: Int) async throws {
            let deadline = ContinuousClock.now + .seconds(10)
            while app.simulator.requestLog().count < count + 2, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
    }
}
