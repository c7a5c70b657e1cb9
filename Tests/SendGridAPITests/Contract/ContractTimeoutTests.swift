import AccessCore
import Foundation
import SendGridSimulator
import Testing

@testable import SendGridAPI

/// SLOW (each ~1–2 s of real time): the simulator answers after 2.5 s and the client gives up after 1 s.
/// They run in parallel with the rest of the suite.
@Suite("Contract: timeouts against the simulator (slow)", .timeLimit(.minutes(1)))
struct ContractTimeoutTests {
    static let slow = FaultSettings(latency: .milliseconds(2_500))

    @Test func aSlowGETTimesOut() async throws {
        try await withContractSimulator({ $0.faults = Self.slow }) { sim in
            let started = ContinuousClock.now
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim, retry: .none, timeoutSeconds: 1).listRules()
            }
            let elapsed = ContinuousClock.now - started
            #expect(error == .timeout(seconds: 1, url: sim.baseURL + "/v3/access_settings/whitelist"))
            #expect(error?.message.contains("within 1 second at \(sim.baseURL)/v3/access_settings/whitelist.") == true)
            #expect(elapsed >= .milliseconds(900) && elapsed < .milliseconds(2_400), "\(elapsed)")
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
