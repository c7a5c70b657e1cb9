import AccessCore
import Foundation
import SendGridSimulator
import Testing

@testable import SendGridAPI

/// SLOW (each ~1–4 s of real time): the simulator answers after 2.5–4 s and the client gives up after 1 s.
/// They run in parallel with the rest of the suite.
@Suite("Contract: timeouts against the simulator (slow)", .timeLimit(.minutes(1)))
struct ContractTimeoutTests {
    static let slow = FaultSettings(latency: .milliseconds(2_500))

    /// The client gives up after its 1 s, long before the server's answer: the server waits 4 s, so that the
    /// bound (3.5 s) leaves room for the timer's lateness when the whole suite loads both cores (one clean-clone run
    /// measured 2.50 s with a 2.5 s server and a 2.4 s bound).
    @Test func aSlowGETTimesOut() async throws {
        try await withContractSimulator({ $0.faults = FaultSettings(latency: .milliseconds(4_000)) }) { sim in
            let started = ContinuousClock.now
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim, retry: .none, timeoutSeconds: 1).listRules()
            }
            let elapsed = ContinuousClock.now - started
            #expect(error == .timeout(seconds: 1, url: sim.baseURL + "/v3/access_settings/whitelist"))
            #expect(error?.message.contains("within 1 second at \(sim.baseURL)/v3/access_settings/whitelist.") == true)
            #expect(elapsed >= .milliseconds(900) && elapsed < .milliseconds(3_500), "\(elapsed)")
        }
    }

    @Test func aSlowPOSTIsReconciledOnceTheServerIsFastAgain() async throws {
        try await withContractSimulator({ $0.faults = Self.slow }) { sim in
            let client = contractClient(sim, retry: .none, timeoutSeconds: 1)
            async let outcome = apiError { () async throws(APIError) in try await client.addRules(["192.0.2.1"]) }
            // As soon as the POST has been handled (its answer still held back), the re-read will be fast.
            let handled = await eventually { sim.requestLog().contains { $0.method == "POST" } }
            try sim.setFaults(.none)
            let error = await outcome
            #expect(handled)
            #expect(error == .addUncertain(landed: ["192.0.2.1/32"], missing: [], cause: "no answer within 1 s"))
            #expect(listedIPs(sim).last == "192.0.2.1/32")
        }
    }
}
