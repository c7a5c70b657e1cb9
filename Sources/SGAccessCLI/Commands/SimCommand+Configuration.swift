import AccessCore
import Foundation
import SendGridAPI
import SendGridSimulator
import TerminalKit

extension SimCommand {
    /// The simulator configuration these flags describe. The full-access key is `SENDGRID_API_KEY` when set,
    /// else the demo key. Every bad value is a usage error naming its flag (and never quoting a key).
    func configuration(variables: [String: String]) throws -> SimulatorConfiguration {
        guard !host.isEmpty else { throw CLIError.usage("--host must not be empty; use 127.0.0.1 for loopback.") }
        guard (0...65_535).contains(port) else {
            throw CLIError.usage("--port must be between 0 and 65535 (got \(port)).")
        }
        if case .failure(let problem) = IPAddress.parse(clientIP) {
            throw CLIError.usage(
                "--client-ip '\(Sanitizer.clean(clientIP, maxColumns: 60))' is not an address: \(problem.message)")
        }
        guard (1...1_000_000).contains(ruleCap) else {
            throw CLIError.usage("--rule-cap must be between 1 and 1000000 (got \(ruleCap)).")
        }
        guard (1...1_000_000).contains(activityCapacity) else {
            throw CLIError.usage("--activity-capacity must be between 1 and 1000000 (got \(activityCapacity)).")
        }
        guard (0...1_000_000).contains(generatedRules) else {
            throw CLIError.usage("--rules must be between 0 and 1000000 (got \(generatedRules)).")
        }
        var configuration = SimulatorConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.clientIP = clientIP
        configuration.trustForwardedFor = trustForwardedFor
        configuration.enforce = !noEnforce
        configuration.seed = seed == .demo ? .demo : .empty
        configuration.generatedRules = generatedRules
        configuration.statePath = statePath
        configuration.ruleCap = ruleCap
        configuration.activityCapacity = activityCapacity
        configuration.traffic = traffic
        configuration.trafficInterval = try SimFlagParser.duration(trafficInterval ?? "2", flag: "--traffic-interval")
        configuration.rateLimit = try rateLimit.map(SimFlagParser.rateLimit)
        configuration.faults = try faults.settings()
        configuration.randomSeed = seedRandom
        configuration.logLevel = serverLogLevel.level
        if let key = variables[APIKeyLoader.environmentKey]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !key.isEmpty
        {
            configuration.apiKey = key
        }
        for entry in scopedKeys {
            let (key, scopes) = try SimFlagParser.scopedKey(entry)
            guard configuration.scopedKeys[key] == nil else {
                throw CLIError.usage("--scoped-key: the same key is given twice.")
            }
            configuration.scopedKeys[key] = scopes
        }
        do {
            try configuration.validate()
        } catch {
            throw CLIError.usage(error.description)
        }
        return configuration
    }
}
