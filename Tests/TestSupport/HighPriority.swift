/// Starts an in-process server (or anything else that goes on running) from a task of high priority, and returns
/// what `start` returns.
///
/// The tasks an in-process server leaves running (its accept loop, one child task per connection) inherit the
/// priority of the task that started them. At the default priority they queue on the cooperative pool behind the
/// bodies of every test of the parallel run — hundreds at first, some of them seconds of CPU work — and on 2 cores a
/// request can wait there longer than the client's time-out. Started from here, they run on the high-priority
/// workers first, as a real server would have its own CPU.
public func startAtHighPriority<T: Sendable>(_ start: @escaping @Sendable () async throws -> T) async throws -> T {
    try await Task(priority: .high) { try await start() }.value
}
