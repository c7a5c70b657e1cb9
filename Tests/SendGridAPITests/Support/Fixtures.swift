import Foundation
import Logging

@testable import SendGridAPI

/// Shaped like a real key (SG. + 22 + . + 43) so that the pattern redaction is exercised too.
let testKey = "SG.abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq"
let fixedNow: Int64 = 1_700_000_000

/// A client on a fake transport with instant, recorded sleeps, jitter fixed at `unit` and a fixed clock.
func makeClient(
    _ transport: FakeTransport, retry: RetryPolicy = .standard, onBehalfOf: String? = nil,
    unit: Double = 0.5, logger: Logger? = nil, timeoutSeconds: Int = 7,
    deadline: Deadline? = nil, onRetryWait: (@Sendable (RetryWait) -> Void)? = nil
) -> (SendGridClient, SleepRecorder) {
    let sleeps = SleepRecorder()
    let configuration = ClientConfiguration(
        baseURL: URL(string: "http://127.0.0.1:8025")!, apiKey: APIKey(testKey), onBehalfOf: onBehalfOf,
        timeoutSeconds: timeoutSeconds, retry: retry, deadline: deadline, onRetryWait: onRetryWait)
    let client = SendGridClient(
        configuration: configuration, transport: transport,
        logger: logger ?? Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
        sleep: sleeps.sleep, random: { unit }, now: { fixedNow })
    return (client, sleeps)
}

let ruleJSON = #"{"id":7,"ip":"203.0.113.0/24","created_at":1441824715,"updated_at":1441824716}"#
let listJSON =
    #"{"result":[{"id":1,"ip":"192.168.1.1/32","created_at":1441824715,"updated_at":1441824715},"#
    + #"{"id":2,"ip":"192.0.0.0/8","created_at":1441824716,"updated_at":1441824717}]}"#

/// Runs `body` and returns the APIError it threw, or nil when it succeeded.
func apiError<T>(_ body: () async throws(APIError) -> T) async -> APIError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}
