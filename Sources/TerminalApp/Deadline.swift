import SendGridAPI

/// Runs a GET with a hard deadline of its own, so that a SendGrid that accepts the connection and never answers
/// cannot hold a poll longer than the stated timeout, whatever the transport does (URLSession on Linux was seen
/// to overrun it under load). Only for reads: a change cut short would leave its outcome unknown, so changes rely
/// on the client's timeout and its re-read.
enum Deadline {
    static func read<T: Sendable>(
        seconds: Int, _ body: @escaping @Sendable () async throws(APIError) -> T
    ) async throws(APIError) -> T {
        let outcome: Result<T, APIError> = await withTaskGroup(of: Result<T, APIError>?.self) { group in
            group.addTask {
                do throws(APIError) { return .success(try await body()) } catch { return .failure(error) }
            }
            group.addTask {
                // One second of grace lets the client's own timeout (and its message) win when it works.
                try? await Task.sleep(for: .seconds(seconds + 1))
                return Task.isCancelled ? nil : .failure(.timeout(seconds: seconds))
            }
            var first: Result<T, APIError> = .failure(.timeout(seconds: seconds))
            for await result in group {
                if let result { first = result; break }
            }
            group.cancelAll()
            return first
        }
        return try outcome.get()
    }
}
