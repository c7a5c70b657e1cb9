import Foundation
import Synchronization
import Testing

@testable import SendGridAPI

/// Waits are never silent and never pass the job's deadline.
@Suite("Retry waits: announced before they start, bounded by the deadline")
struct RetryNoticeTests {
    final class Notices: Sendable {
        private let waits = Mutex<[RetryWait]>([])
        var all: [RetryWait] { waits.withLock { $0 } }
        var hook: @Sendable (RetryWait) -> Void { { [self] wait in waits.withLock { $0.append(wait) } } }
    }

    @Test func a429WaitIsAnnouncedAndLoggedBeforeTheSleep() async throws {
        let transport = FakeTransport([
            .errors(429, "too many requests", headers: ["X-RateLimit-Reset": "\(fixedNow + 43)"]),
            .json(200, listJSON),
        ])
        let notices = Notices()
        let logs = LogRecorder()
        let (client, sleeps) = makeClient(
            transport, unit: 0, logger: logs.logger(),
            deadline: .after(seconds: 600), onRetryWait: notices.hook)
        _ = try await client.listRules()
        #expect(sleeps.recorded == [.seconds(43)])
        let notice = try #require(notices.all.first)
        #expect(notices.all.count == 1)
        // fixedNow is 2023-11-14 22:13:20 UTC; 43 s later is 22:14:03.
        #expect(notice.notice == "rate limited by SendGrid until 22:14:03 UTC; waiting 43 s (Ctrl-C to stop)")
        #expect(logs.all.contains { $0.hasPrefix("info rate limited by SendGrid until 22:14:03 UTC; waiting 43 s") })
    }

    @Test func transientWaitsAreAnnouncedWithTheAttempt() async throws {
        let transport = FakeTransport([.errors(503, "unavailable"), .json(200, listJSON)])
        let notices = Notices()
        let (client, _) = makeClient(transport, unit: 1, onRetryWait: notices.hook)
        _ = try await client.listRules()
        #expect(
            notices.all.map(\.notice) == ["SendGrid: server error 503; retrying in 1 s (attempt 2, Ctrl-C to stop)"]
        )
    }

    @Test func aWaitPastTheDeadlineEndsTheCallAtOnceNamingTheTimeout() async throws {
        let step = Step.errors(429, "too many requests", headers: ["X-RateLimit-Reset": "\(fixedNow + 43)"])
        let transport = FakeTransport([step, .json(200, listJSON)])
        let notices = Notices()
        let (client, sleeps) = makeClient(transport, unit: 0, deadline: .after(seconds: 10), onRetryWait: notices.hook)
        let error = await apiError { () async throws(APIError) in try await client.listRules() }
        guard case .deadlineExceeded(let seconds, let cause, let last)? = error else {
            Issue.record("expected deadlineExceeded, got \(String(describing: error))")
            return
        }
        #expect(seconds == 10)
        #expect(cause.contains("43 s") && cause.contains("22:14:03 UTC"))
        #expect(error?.message.contains("10-second limit set by --timeout") == true)
        #expect(
            last.hasPrefix("SendGrid's rate limit is used up until 22:14:03 UTC (429)"),
            "the failure itself is told too")
        #expect(sleeps.recorded.isEmpty, "no wait began")
        #expect(notices.all.isEmpty, "nothing announced that will not happen")
        #expect(transport.requests.count == 1)
    }

    @Test func noCallStartsAfterTheDeadline() async throws {
        let transport = FakeTransport([.json(200, listJSON)])
        let passed = Deadline(instant: .now - .seconds(1), seconds: 5)
        let (client, _) = makeClient(transport, deadline: passed)
        let error = await apiError { () async throws(APIError) in try await client.listRules() }
        #expect(error == .deadlineExceeded(seconds: 5, waiting: "another request to SendGrid", last: ""))
        #expect(transport.requests.isEmpty)
    }

    @Test func withoutADeadlineTheWaitHappens() async throws {
        let step = Step.errors(429, "too many requests", headers: ["X-RateLimit-Reset": "\(fixedNow + 43)"])
        let (client, sleeps) = makeClient(FakeTransport([step, .json(200, listJSON)]), unit: 0)
        _ = try await client.listRules()
        #expect(sleeps.recorded == [.seconds(43)])
    }
}
