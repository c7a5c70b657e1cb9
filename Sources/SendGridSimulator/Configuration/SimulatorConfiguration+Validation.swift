import AccessCore

extension SimulatorConfiguration {
    /// Checks every setting; the error names the setting and says what is accepted. The key is never quoted.
    public func validate() throws(SimulatorError) {
        func fail(_ message: String) -> SimulatorError { .invalidConfiguration(message) }
        guard !apiKey.isEmpty else {
            throw fail("The simulator's API key is empty; set SENDGRID_API_KEY or leave it unset for the demo key.")
        }
        if scopedKeys.keys.contains(apiKey) {
            throw fail("A scoped key is the same as the full-access key; give it its own value.")
        }
        if scopedKeys.keys.contains("") { throw fail("A scoped key is empty; give every scoped key a value.") }
        if case .failure(let problem) = IPAddress.parse(clientIP) {
            throw fail("The client IP '\(clientIP)' is not an address: \(problem.message)")
        }
        guard (0...65_535).contains(port) else {
            throw fail("The port \(port) is out of range; use 1–65535, or 0 for a free one.")
        }
        guard ruleCap >= 1 else { throw fail("The rule cap must be at least 1 (it is \(ruleCap)).") }
        guard (0...GeneratedRules.maxCount).contains(generatedRules) else {
            throw fail(
                "The number of generated rules must be from 0 to \(GeneratedRules.maxCount) (it is \(generatedRules)).")
        }
        let seeded = generatedRules + (seed == .demo ? DemoSeed.rules.count : 0)
        guard seeded <= ruleCap else {
            throw fail(
                "The rule cap \(ruleCap) is below the \(seeded) rules seeded at start; raise the cap to at least \(seeded)."
            )
        }
        guard activityCapacity >= 1 else {
            throw fail("The activity capacity must be at least 1 (it is \(activityCapacity)).")
        }
        guard trafficInterval > .zero else { throw fail("The traffic interval must be longer than zero.") }
        if let rateLimit {
            guard rateLimit.limit >= 1, rateLimit.windowSeconds >= 1 else {
                throw fail("The rate limit needs at least 1 request per window of at least 1 second.")
            }
        }
        try faults.validate()
    }
}

extension FaultSettings {
    func validate() throws(SimulatorError) {
        let rates = [
            ("5xx", serverErrorRate), ("malformed JSON", malformedJSONRate),
            ("truncated body", truncatedBodyRate), ("connection reset", connectionResetRate),
        ]
        for (name, rate) in rates where !(0...1).contains(rate) {
            throw .invalidConfiguration("The \(name) rate \(rate) is out of range; use a share from 0 to 1.")
        }
        guard latency >= .zero, latencyJitter >= .zero else {
            throw .invalidConfiguration("Latency and jitter cannot be negative.")
        }
        guard !serverErrorStatuses.isEmpty, serverErrorStatuses.allSatisfy({ (500...599).contains($0) }) else {
            throw .invalidConfiguration("Server error statuses must be between 500 and 599.")
        }
    }
}
