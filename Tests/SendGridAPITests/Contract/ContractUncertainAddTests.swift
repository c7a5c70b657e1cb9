import AccessCore
import Foundation
import SendGridSimulator
import Testing

@testable import SendGridAPI

/// POST is sent once; when its outcome is unknown the client re-reads the list and says what landed.
@Suite("Contract: uncertain adds against the simulator")
struct ContractUncertainAddTests {
    @Test func a5xxBeforeAnythingLandedReportsEverythingMissing() async throws {
        try await withContractSimulator { sim in
            let before = sim.rules()
            sim.failNext(status: 503)
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).addRules(["25.203.44.*", "10.1.2.3/8"])
            }
            #expect(
                error
                    == .addUncertain(landed: [], missing: ["25.203.44.0/24", "10.0.0.0/8"], cause: "server error 503"))
            #expect(sim.rules() == before)
            #expect(
                answered(sim) == ["POST /v3/access_settings/whitelist 503", "GET /v3/access_settings/whitelist 200"])
            #expect(error?.message.contains("Not added: 25.203.44.0/24, 10.0.0.0/8; retry only these.") == true)
        }
    }

    @Test func a5xxWithSomeEntriesAlreadyPresentSplitsLandedFromMissing() async throws {
        try await withContractSimulator { sim in
            // Another operator (or an earlier, lost request) already added one of them.
            try sim.addRules(["192.0.2.200"])
            sim.failNext(status: 500)
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).addRules(["192.0.2.200", "198.51.100.0/24"])
            }
            #expect(
                error
                    == .addUncertain(
                        landed: ["192.0.2.200/32"], missing: ["198.51.100.0/24"], cause: "server error 500"))
            let listed = Set(listedIPs(sim))
            #expect(listed.contains("192.0.2.200/32") && !listed.contains("198.51.100.0/24"))
        }
    }

    @Test func aConnectionResetAfterTheAddReportsEverythingLanded() async throws {
        try await withContractSimulator { sim in
            sim.failNext(with: .connectionReset)
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).addRules(["25.203.44.*", "10.1.2.3/8"])
            }
            guard case .addUncertain(let landed, let missing, let cause)? = error else {
                Issue.record("expected addUncertain, got \(String(describing: error))")
                return
            }
            #expect(landed == ["25.203.44.0/24", "10.0.0.0/8"] && missing.isEmpty)
            #expect(cause.hasPrefix("connection failed"), "\(cause)")
            #expect(listedIPs(sim).suffix(2) == ["25.203.44.0/24", "10.0.0.0/8"])
            #expect(sim.requestLog().filter { $0.method == "POST" }.count == 1, "POST is never sent twice")
        }
    }

    @Test func aTruncatedAnswerToTheAddReportsEverythingLanded() async throws {
        try await withContractSimulator { sim in
            sim.failNext(with: .truncatedBody)
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).addRules(["2001:db8:abcd::1", "198.51.100.0/24"])
            }
            guard case .addUncertain(let landed, let missing, _)? = error else {
                Issue.record("expected addUncertain, got \(String(describing: error))")
                return
            }
            #expect(landed == ["2001:db8:abcd::1/128", "198.51.100.0/24"] && missing.isEmpty)
            #expect(listedIPs(sim).suffix(2) == ["2001:db8:abcd::1/128", "198.51.100.0/24"])
            #expect(sim.requestLog().filter { $0.method == "POST" }.count == 1)
        }
    }

    @Test func aMalformedAnswerToTheAddReportsEverythingLanded() async throws {
        try await withContractSimulator { sim in
            sim.failNext(with: .malformedJSON)
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).addRules(["192.*.*.*"])
            }
            guard case .addUncertain(let landed, let missing, let cause)? = error else {
                Issue.record("expected addUncertain, got \(String(describing: error))")
                return
            }
            #expect(landed == ["192.0.0.0/8"] && missing.isEmpty)
            #expect(cause.hasPrefix("unreadable answer"), "\(cause)")
            #expect(listedIPs(sim).last == "192.0.0.0/8")
        }
    }

    @Test func aFailedReReadSaysTheOutcomeIsUnknown() async throws {
        try await withContractSimulator { sim in
            // The POST and every re-read attempt fail.
            sim.failNext(count: 1 + quickRetry.maxAttempts, status: 500)
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).addRules(["192.0.2.1"])
            }
            guard case .addUncertain(let landed, let missing, let cause)? = error else {
                Issue.record("expected addUncertain, got \(String(describing: error))")
                return
            }
            #expect(landed.isEmpty && missing.isEmpty)
            #expect(cause.contains("re-reading the list"), "\(cause)")
            #expect(error?.message.contains("unknown whether anything was added") == true)
        }
    }
}
