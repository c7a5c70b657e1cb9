import SendGridAPI
import SendGridSimulator
import TerminalKit

extension SimCommand {
    /// The start-up banner on standard error: how the simulator behaves, then ready-to-paste `export` lines for
    /// another shell. The demo key is a fake, documented key and is printed; a key taken from
    /// `SENDGRID_API_KEY` may be a real one and never is.
    func banner(_ configuration: SimulatorConfiguration, baseURL: String) -> [String] {
        let demo = configuration.apiKey == SimulatorConfiguration.demoAPIKey
        let keyLine =
            demo
            ? "  export \(APIKeyLoader.environmentKey)=\(SimulatorConfiguration.demoAPIKey)"
            : "  # \(APIKeyLoader.environmentKey): the key it was started with (already set in this shell)"
        return [
            summary(configuration),
            "Use it from another shell (the key is \(demo ? "the simulator's fake demo key" : "yours")):",
            "  export SENDGRID_BASE_URL=\(baseURL)",
            keyLine,
        ]
    }

    /// One sentence on standard error saying how the simulator behaves (never a key of the operator's).
    func summary(_ configuration: SimulatorConfiguration) -> String {
        let keySource =
            configuration.apiKey == SimulatorConfiguration.demoAPIKey
            ? "the documented demo key" : "the key in \(APIKeyLoader.environmentKey)"
        var extras: [String] = []
        if !configuration.scopedKeys.isEmpty { extras.append("\(configuration.scopedKeys.count) scoped key(s)") }
        if let limit = configuration.rateLimit {
            extras.append("rate limit \(limit.limit) per \(limit.windowSeconds) s")
        }
        if configuration.traffic { extras.append("generating traffic") }
        if configuration.faults != FaultSettings.none { extras.append("injecting faults") }
        let more = extras.isEmpty ? "" : ", " + extras.joined(separator: ", ")
        return "Simulator: seed \(seed.rawValue), client IP \(clientIP), enforcement \(noEnforce ? "off" : "on"), "
            + "rule cap \(ruleCap)\(more); it accepts \(keySource). Stop it with Ctrl-C."
    }

    /// Why the simulator did not start, in one sentence that gives the advice once, in this command's flags.
    func startFailure(_ error: any Error, key: String) -> CLIError {
        let redactor = Redactor(secrets: [key])
        guard case SimulatorError.serverStopped(let reason) = error else {
            let text = (error as? SimulatorError)?.description ?? String(describing: error)
            return CLIError(.api, redactor.redact(Sanitizer.clean(text, maxColumns: 300)))
        }
        let clean = redactor.redact(Sanitizer.clean(reason, maxColumns: 200))
        let next: String
        if clean.contains("already in use") {
            next = "Pick another --port, or --port 0 for a free one."
        } else if clean.contains("not an address of this machine") {
            next = "Use --host 127.0.0.1, or an address of this machine."
        } else {
            next = "Check --host and --port."
        }
        return CLIError(.api, "The simulator could not start: \(clean). \(next)")
    }
}
