/// Identifies a scheduled piece of work for `Scheduler.cancel(_:)`.
public struct ScheduledWork: Hashable, Sendable {
    public let id: UInt64

    public init(id: UInt64) { self.id = id }
}

/// Time as the runtime uses it: run work later, or repeatedly. `CursesBackend.DispatchScheduler` uses the main
/// queue; `ManualScheduler` moves only when a test says so.
///
/// CONTRACT. Main actor only. Work runs on the main actor, never before its time, in time order (ties: in the
/// order scheduled). Cancelling unknown or finished work does nothing.
@MainActor
public protocol Scheduler: AnyObject {
    @discardableResult
    func after(_ delay: Duration, _ work: @escaping @MainActor () -> Void) -> ScheduledWork
    /// The first run is one `interval` away.
    @discardableResult
    func every(_ interval: Duration, _ work: @escaping @MainActor () -> Void) -> ScheduledWork
    func cancel(_ work: ScheduledWork)
}
