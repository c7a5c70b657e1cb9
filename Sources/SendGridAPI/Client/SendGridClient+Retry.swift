import Logging
import OpenAPIRuntime

extension SendGridClient {
    /// One HTTP exchange through the generated client, classified.
    func attempt<T: Sendable>(
        _ operation: APIOperation, _ call: (Client) async throws -> T
    ) async -> Result<APIResult<T>, AttemptFailure> {
        let capture = ResponseCapture()
        do {
            let value = try await call(generatedClient(capture: capture))
            return .success(APIResult(value: value, rateLimit: capture.snapshot.rateLimit))
        } catch {
            return .failure(
                AttemptFailure(
                    error, operation: operation, capture: capture.snapshot,
                    timeoutSeconds: configuration.shownTimeoutSeconds, redactor: redactor,
                    baseURL: configuration.baseURL))
        }
    }

    /// Runs `call` with the retry policy: GET after 429 (until the reset), GET and DELETE after transient errors
    /// (capped exponential backoff, full jitter). With `valueWhenGone`, a 404 after an attempt whose outcome was
    /// unknown counts as done (a single-rule DELETE: the rule is gone, which is what was asked), provided
    /// `confirmGone` (when given) agrees: a bulk DELETE's 404 may name an id that never existed.
    ///
    /// Every wait is announced first (`ClientConfiguration.onRetryWait` and an `.info` log line); with a
    /// `ClientConfiguration.deadline`, a call that would start after it, or a wait that would end after it, fails
    /// at once with `.deadlineExceeded`. `boundByDeadline: false` is for the re-read after an uncertain add,
    /// which must happen whatever the time.
    func run<T: Sendable>(
        _ operation: APIOperation, valueWhenGone: T? = nil, confirmGone: (() async -> Bool)? = nil,
        boundByDeadline: Bool = true, _ call: (Client) async throws -> T
    ) async -> Result<APIResult<T>, APIError> {
        var attemptNumber = 1
        var previous: AttemptFailure?
        let deadline = boundByDeadline ? configuration.deadline : nil
        if let deadline, deadline.remaining <= .zero {
            return .failure(
                .deadlineExceeded(seconds: deadline.seconds, waiting: "another request to SendGrid", last: ""))
        }
        while true {
            let outcome = await attempt(operation, call)
            guard case .failure(let failure) = outcome else { return outcome.mapError(\.error) }
            if let done = valueWhenGone, case .notFound = failure.error, previous?.mayHaveLanded == true {
                if let confirmGone, await !confirmGone() { return .failure(failure.error) }
                logger.info("rule was already removed by an earlier attempt", metadata: ["operation": "\(operation)"])
                return .success(APIResult(value: done, rateLimit: nil))
            }
            guard attemptNumber < configuration.retry.maxAttempts,
                let delay = retryDelay(after: failure, operation: operation, attempt: attemptNumber)
            else {
                return .failure(failure.error)
            }
            let wait = RetryWait(
                operation: operation, reason: reason(for: failure), delay: delay,
                nextAttempt: attemptNumber + 1, until: now() + RetryWait.roundedUp(delay))
            if let deadline, delay >= deadline.remaining {
                let error = APIError.deadlineExceeded(
                    seconds: deadline.seconds, waiting: wait.cause,
                    last: failure.error.message)
                logger.warning(
                    "giving up at the deadline",
                    metadata: [
                        "operation": "\(operation)", "error": "\(failure.error.summary)", "wait": "\(wait.seconds) s",
                    ])
                return .failure(error)
            }
            logger.info(
                "\(wait.notice)",
                metadata: [
                    "operation": "\(operation)", "attempt": "\(attemptNumber + 1)",
                    "delay": "\(delay)", "error": "\(failure.error.message)",
                ])
            configuration.onRetryWait?(wait)
            do {
                try await sleep(delay)
            } catch {
                return .failure(.connection(reason: "the request was cancelled while waiting to retry"))
            }
            previous = failure
            attemptNumber += 1
        }
    }

    /// Why a retry waits, for the notice.
    func reason(for failure: AttemptFailure) -> RetryWait.Reason {
        if case .rateLimited(_, let reset) = failure.error { return .rateLimited(reset: reset ?? failure.reset) }
        return .transient(summary: failure.error.summary)
    }

    /// The wait before the next attempt, or nil when this failure must not be retried for this operation.
    func retryDelay(after failure: AttemptFailure, operation: APIOperation, attempt: Int) -> Duration? {
        let policy = configuration.retry
        switch failure.error {
        case .rateLimited(_, let reset):
            guard operation.isGET else { return nil }
            guard let reset = reset ?? failure.reset else {
                return policy.backoff(afterAttempt: attempt, unit: random())
            }
            return policy.rateLimitDelay(reset: reset, now: now(), unit: random())
        case .server, .timeout, .connection:
            guard operation.isIdempotent else { return nil }
            return policy.backoff(afterAttempt: attempt, unit: random())
        default:
            return nil
        }
    }
}
