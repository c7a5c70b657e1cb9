extension InfoShape {
    /// The human lines of `sgaccess info`: one "Label: value" per setting, labels aligned.
    var lines: [String] {
        let rows: [(String, String)] = [
            ("Version", version),
            ("Config file", configText),
            ("State folder", stateFolder ?? "unknown (HOME is not set)"),
            ("Log file", logFile.map { "\($0) (the terminal app's default)" } ?? "unknown (HOME is not set)"),
            ("Profile", profile ?? "none (flags and environment only)"),
            ("Target", target),
            ("Base URL", baseURL),
            ("On behalf of", onBehalfOf ?? "nobody (the parent account)"),
            ("API key", key.source + (key.present ? ": present" : ": missing")),
            ("My IPs", myIPsText),
            ("Discovery URL", discoveryURL ?? "none (opt in with my_ip_url or --my-ip-url)"),
            ("Read-only", readOnly ? "yes" : "no"),
            ("Poll interval", "\(pollInterval) s (the activity)"),
            ("List interval", "\(listInterval) s (the allow list)"),
            ("Activity limit", "\(activityLimit)"),
            ("Accent", accent ?? "default"),
            ("Profiles", profilesText),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        var lines = rows.map { label, value in
            (label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + value
        }
        if let problem = key.problem { lines.append("Key problem: " + problem) }
        return lines
    }

    private var configText: String {
        guard let path = config.path else { return "none (HOME and XDG_CONFIG_HOME are not set)" }
        if config.exists { return "\(path) (read, \(profiles.count) profile\(profiles.count == 1 ? "" : "s"))" }
        return "\(path) (not found; optional: without it flags and the environment are used)"
    }

    private var myIPsText: String {
        let given = myIPs.isEmpty ? "none given" : myIPs.joined(separator: ", ") + " (\(myIPsOrigin))"
        return given + (usesEnvironmentMyIPs ? "; SGACCESS_MY_IPS and SSH_CONNECTION also count" : "")
    }

    private var profilesText: String {
        guard !profiles.isEmpty else { return "none" }
        return profiles.map { entry in
            var text = entry.name + (entry.isDefault ? " (default)" : "")
            if !entry.subusers.isEmpty { text += " [subusers: \(entry.subusers.joined(separator: ", "))]" }
            return text
        }.joined(separator: ", ")
    }
}
