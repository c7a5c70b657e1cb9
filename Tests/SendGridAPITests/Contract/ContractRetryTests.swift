import AccessCore
import Foundation
import SendGridSimulator
import Testing

@testable import SendGridAPI

/// Transient failures on a real socket: 429 and 5xx retried on GET (and DELETE), never blindly on POST.
@Suite("Contract: retries against the simulator")
struct ContractRetryTests {
    @Test func aGETRateLimitedWaitsUntilTheResetAndSucceeds() async throws {
        let start: Int64 = 1_700_000_000
        let clock = ManualSimulatorClock(start)
        let sleeps = SleepRecorder()
        let retry = RetryPolicy(
            maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(1),
            rateLimitWait: 1...60, rateLimitJitter: .zero)
        try await withContractSimulator({
            $0.clock = clock; $0.rateLimit = SimulatorRateLimit(limit: 2, windowSeconds: 10)
        }) { sim in
            // Sleeping moves the simulator's clock: the budget refills exactly when the client has waited.
            let client = contractClient(
                sim, retry: retry,
                sleep: { delay in
                    try await sleeps.sleep(delay)
                    clock.advance(by: delay)
                }, now: { clock.now() })
            _ = try await client.listRules()
            #expect(
                try await client.activity(limit: 1).rateLimit == RateLimit(limit: 2, remaining: 0, reset: start + 10))
            let result = try await client.listRules()
            #expect(sleeps.recorded == [.seconds(10)])
            #expect(result.rateLimit == RateLimit(limit: 2, remaining: 1, reset: start + 20))
            #expect(result.value == sim.rules())
            #expect(answered(sim).map { $0.hasSuffix(" 429") } == [false, false, true, false])
        }
    }

    @Test func aPOSTRateLimitedIsReportedWithTheResetAndNotRetried() async throws {
        let start: Int64 = 1_700_000_000
        let clock = ManualSimulatorClock(start)
        try await withContractSimulator({
            $0.clock = clock; $0.rateLimit = SimulatorRateLimit(limit: 1, windowSeconds: 30)
        }) { sim in
            let client = contractClient(sim, now: { clock.now() })
            _ = try await client.listRules()
            let before = sim.rules()
            let error = await apiError { () async throws(APIError) in try await client.addRules(["192.0.2.1"]) }
            #expect(error == .rateLimited(messages: ["too many requests"], reset: start + 30))
            #expect(error?.message.contains(APIError.utcClock(start + 30)) == true)
            #expect(sim.rules() == before)
            #expect(sim.requestLog().count == 2, "a 429 on POST is not retried and needs no re-read")
        }
    }

    @Test func aForced429WithoutResetHeadersIsRetriedWithBackoff() async throws {
        try await withContractSimulator { sim in
            let sleeps = SleepRecorder()
            sim.failNext(status: 429)
            let result = try await contractClient(sim, sleeps: sleeps).activity(limit: 3)
            #expect(result.value.count == 3)
            #expect(sleeps.recorded.count == 1)
            #expect(answered(sim).map { String($0.suffix(3)) } == ["429", "200"])
        }
    }

    @Test func aGETAfter5xxIsRetriedAndSucceeds() async throws {
        try await withContractSimulator { sim in
            let sleeps = SleepRecorder()
            sim.failNext(count: 2, status: 503)
            let result = try await contractClient(sim, sleeps: sleeps).listRules()
            #expect(result.value == sim.rules())
            // Full jitter at 0.5 of a doubling ceiling: 1 ms, then 2 ms.
            #expect(sleeps.recorded == [.milliseconds(1), .milliseconds(2)])
            #expect(answered(sim).map { String($0.suffix(3)) } == ["503", "503", "200"])
        }
    }

    @Test func a5xxThatPersistsIsReportedAfterTheRetriesRunOut() async throws {
        try await withContractSimulator { sim in
            sim.failNext(count: 10, status: 502)
            let error = await apiError { () async throws(APIError) in try await contractClient(sim).rule(id: 1) }
            #expect(error == .server(status: 502, messages: ["bad gateway"]))
            #expect(error?.message.contains("did not recover after retries") == true)
            #expect(sim.requestLog().count == quickRetry.maxAttempts)
        }
    }

    @Test func aServerErrorRateIsRiddenOutByGETRetries() async throws {
        try await withContractSimulator({ $0.faults = FaultSettings(serverErrorRate: 0.5) }) { sim in
            let client = contractClient(
                sim, retry: RetryPolicy(maxAttempts: 12, baseDelay: .milliseconds(1), maxDelay: .milliseconds(1)))
            for _ in 0..<5 {
                let rules = try await client.listRules().value
                #expect(rules.count == 15)
            }
            #expect(sim.requestLog().contains { $0.status >= 500 }, "the seeded generator should have drawn some 5xx")
        }
    }

    @Test func aDELETEWhoseAnswerWasLostCountsAsDoneWhenTheRetryFinds404() async throws {
        try await withContractSimulator { sim in
            let doomed = try #require(sim.rules().last)
            sim.failNext(with: .connectionReset)
            _ = try await contractClient(sim).removeRule(id: doomed.id)
            #expect(!sim.rules().contains(doomed))
            #expect(
                answered(sim) == [
                    "DELETE /v3/access_settings/whitelist/\(doomed.id) 204",
                    "DELETE /v3/access_settings/whitelist/\(doomed.id) 404",
                ])
        }
    }

    @Test func aBulkDELETEWhoseAnswerWasLostCountsAsDoneWhenEveryRuleIsGone() async throws {
        try await withContractSimulator { sim in
            let doomed = sim.rules().suffix(3).map(\.id)
            sim.failNext(with: .connectionReset)
            _ = try await contractClient(sim).removeRules(ids: doomed)
            #expect(sim.rules().allSatisfy { !doomed.contains($0.id) })
            #expect(answered(sim).first == "DELETE /v3/access_settings/whitelist 204")
        }
    }

    @Test func aBulkDELETERetried404WhileARuleRemainsIsStillNotFound() async throws {
        try await withContractSimulator { sim in
            let kept = try #require(sim.rules().last)
            // The first attempt fails before anything is done; the retry finds an unknown id and deletes nothing.
            sim.failNext(status: 503)
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim).removeRules(ids: [kept.id, 999_999])
            }
            #expect(error == .notFound(messages: ["No allowed IP has the id 999999."]))
            #expect(sim.rules().contains(kept))
        }
    }

    @Test func aBulkDELETEAfter5xxIsRetried() async throws {
        try await withContractSimulator { sim in
            let doomed = sim.rules().suffix(2).map(\.id)
            sim.failNext(status: 500)
            _ = try await contractClient(sim).removeRules(ids: doomed)
            #expect(sim.rules().allSatisfy { !doomed.contains($0.id) })
            #expect(answered(sim).map { String($0.suffix(3)) } == ["500", "204"])
        }
    }

    @Test func aTruncatedGETBodyIsRetried() async throws {
        try await withContractSimulator { sim in
            sim.failNext(with: .truncatedBody)
            let result = try await contractClient(sim).listRules()
            #expect(result.value == sim.rules())
            #expect(sim.requestLog().count == 2)
            #expect(sim.requestLog().first?.delivery != .normal)
        }
    }

    @Test(arguments: [ForcedFault.connectionReset, .truncatedBody])
    func aLostGETAnswerWithoutRetriesIsAConnectionFailure(_ fault: ForcedFault) async throws {
        try await withContractSimulator { sim in
            sim.failNext(with: fault)
            let error = await apiError { () async throws(APIError) in
                try await contractClient(sim, retry: .none).listRules()
            }
            guard case .connection? = error else {
                Issue.record("expected a connection failure, got \(String(describing: error))")
                return
            }
            #expect(error?.isTransient == true)
        }
    }

    @Test func aMalformedBodyIsUndecodableAndNotRetried() async throws {
        try await withContractSimulator { sim in
            sim.failNext(with: .malformedJSON)
            let error = await apiError { () async throws(APIError) in try await contractClient(sim).listRules() }
            guard case .undecodable(let reason)? = error else {
                Issue.record("expected undecodable, got \(String(describing: error))")
                return
            }
            #expect(!reason.isEmpty && !reason.contains("<!--"), "\(reason)")
            #expect(sim.requestLog().count == 1)
        }
    }

    @Test func aMalformedActivityBodyIsUndecodable() async throws {
        try await withContractSimulator { sim in
            sim.failNext(with: .malformedJSON)
            let error = await apiError { () async throws(APIError) in try await contractClient(sim).activity(limit: 5) }
            guard case .undecodable? = error else {
                Issue.record("expected undecodable, got \(String(describing: error))")
                return
            }
        }
    }
}
