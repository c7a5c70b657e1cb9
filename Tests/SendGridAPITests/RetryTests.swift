import AccessCore
import Foundation
import Testing

@testable import SendGridAPI

@Suite("Retries: 429 waits for the reset, transient errors back off, only GET/DELETE repeat")
struct RetryTests {
    @Test func getRetries429UntilTheResetThenSucceeds() async throws {
        let transport = FakeTransport([
            .errors(
                429, "too many requests",
                headers: [
                    "X-RateLimit-Limit": "600", "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": "\(fixedNow + 5)",
                ]),
            .json(200, listJSON, rateLimit: (600, 599, fixedNow + 65)),
        ])
        let (client, sleeps) = makeClient(transport, unit: 0.5)
        let result = try await client.listRules()
        #expect(result.value.count == 2)
        #expect(result.rateLimit == RateLimit(limit: 600, remaining: 599, reset: fixedNow + 65))
        #expect(sleeps.recorded == [.seconds(5) + .milliseconds(500)], "5 s to the reset plus half the 1 s jitter")
        #expect(transport.requests.count == 2)
    }

    @Test(arguments: [(Int64(1000), Duration.seconds(60)), (Int64(-30), .seconds(1)), (Int64(0), .seconds(1))])
    func rateLimitWaitIsClamped(offset: Int64, expected: Duration) async throws {
        let transport = FakeTransport([
            .errors(429, "too many requests", headers: ["X-RateLimit-Reset": "\(fixedNow + offset)"]),
            .json(200, #"{"result":[]}"#),
        ])
        let (client, sleeps) = makeClient(transport, unit: 0)
        _ = try await client.activity(limit: 1)
        #expect(sleeps.recorded == [expected])
    }

    @Test func a429WithoutResetFallsBackToBackoff() async throws {
        let transport = FakeTransport([.errors(429, "slow down"), .json(200, listJSON)])
        let (client, sleeps) = makeClient(transport, unit: 1)
        _ = try await client.listRules()
        #expect(sleeps.recorded == [.milliseconds(500)])
    }

    @Test func rateLimitRetriesStopAtMaxAttempts() async {
        let step = Step.errors(429, "too many requests", headers: ["X-RateLimit-Reset": "\(fixedNow + 2)"])
        let transport = FakeTransport([step, step, step])
        let (client, sleeps) = makeClient(transport, retry: RetryPolicy(maxAttempts: 3), unit: 0)
        let error = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(error == .rateLimited(messages: ["too many requests"], reset: fixedNow + 2))
        #expect(transport.requests.count == 3)
        #expect(sleeps.recorded == [.seconds(2), .seconds(2)])
    }

    @Test func transientGETErrorsBackOffExponentiallyWithFullJitter() async throws {
        let transport = FakeTransport([
            .errors(503, "unavailable"), .fail(.timedOut), .fail(.networkConnectionLost), .json(200, listJSON),
        ])
        let (client, sleeps) = makeClient(transport, unit: 0.5)
        let result = try await client.listRules()
        #expect(result.value.count == 2)
        // Ceilings 0.5 s, 1 s, 2 s; full jitter at 0.5 takes half of each.
        #expect(sleeps.recorded == [.milliseconds(250), .milliseconds(500), .seconds(1)])
    }

    @Test func backoffIsCappedAndJitterIsFull() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(500), maxDelay: .seconds(8))
        #expect(policy.backoff(afterAttempt: 1, unit: 1) == .milliseconds(500))
        #expect(policy.backoff(afterAttempt: 4, unit: 1) == .seconds(4))
        #expect(policy.backoff(afterAttempt: 5, unit: 1) == .seconds(8))
        #expect(policy.backoff(afterAttempt: 50, unit: 1) == .seconds(8))
        #expect(policy.backoff(afterAttempt: 50, unit: 0) == .zero)
        #expect(policy.backoff(afterAttempt: 3, unit: 0.25) == .milliseconds(500))
    }

    @Test func serverErrorsGiveUpAfterMaxAttempts() async {
        let transport = FakeTransport([.errors(500, "a"), .errors(502, "b"), .errors(503, "c")])
        let (client, sleeps) = makeClient(transport, retry: RetryPolicy(maxAttempts: 3))
        let error = await apiError { () async throws(APIError) in try await client.activity(limit: 5) }
        #expect(error == .server(status: 503, messages: ["c"]))
        #expect(transport.requests.count == 3)
        #expect(sleeps.recorded.count == 2)
    }

    @Test(arguments: [400, 401, 403, 404])
    func clientErrorsAreNotRetried(status: Int) async {
        let transport = FakeTransport([.errors(status, "no"), .json(200, listJSON)])
        let (client, sleeps) = makeClient(transport)
        _ = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(transport.requests.count == 1)
        #expect(sleeps.recorded.isEmpty)
    }

    @Test func deleteIsRetriedAfterATransientError() async throws {
        let transport = FakeTransport([.fail(.timedOut), .noContent()])
        let (client, sleeps) = makeClient(transport)
        _ = try await client.removeRules(ids: [1, 2])
        #expect(transport.requests.map(\.method) == ["DELETE", "DELETE"])
        for request in transport.requests {
            let body = try JSONSerialization.jsonObject(with: Data(try #require(request.body).utf8)) as? [String: Any]
            #expect(body?["ids"] as? [Int] == [1, 2])
        }
        #expect(sleeps.recorded.count == 1)
    }

    @Test func aSingleDeleteThatFindsTheRuleGoneAfterATimeoutSucceeds() async throws {
        let transport = FakeTransport([.fail(.timedOut), .errors(404, "not found")])
        let (client, _) = makeClient(transport)
        _ = try await client.removeRule(id: 12)
        #expect(transport.requests.count == 2)
    }

    @Test func aSingleDeleteOf404WithoutEarlierUncertaintyIsNotFound() async {
        let transport = FakeTransport([.errors(404, "not found")])
        let (client, _) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in try await client.removeRule(id: 12) }
        #expect(error == .notFound(messages: ["not found"]))
    }

    @Test func deleteIsNotRetriedOn429() async {
        let transport = FakeTransport([.errors(429, "too many requests"), .noContent()])
        let (client, _) = makeClient(transport)
        let error = await apiError { () async throws(APIError) in try await client.removeRule(id: 3) }
        #expect(error == .rateLimited(messages: ["too many requests"], reset: nil))
        #expect(transport.requests.count == 1)
    }

    @Test func retriesCanBeDisabled() async {
        let transport = FakeTransport([.errors(503, "x"), .json(200, listJSON)])
        let (client, sleeps) = makeClient(transport, retry: .none)
        _ = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(transport.requests.count == 1)
        #expect(sleeps.recorded.isEmpty)
    }

    @Test func cancellationDuringTheWaitStopsRetrying() async {
        let transport = FakeTransport([.errors(503, "x"), .json(200, listJSON)])
        let configuration = ClientConfiguration(baseURL: .init(string: "http://127.0.0.1:1")!, apiKey: APIKey(testKey))
        let client = SendGridClient(
            configuration: configuration, transport: transport,
            sleep: { _ in throw CancellationError() }, random: { 0 }, now: { fixedNow })
        let error = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(error == .connection(reason: "the request was cancelled while waiting to retry"))
        #expect(transport.requests.count == 1)
    }
}
