import Foundation

extension Date {
    /// The instant of the app's clock (Unix seconds).
    init(unix: Int64) { self.init(timeIntervalSince1970: TimeInterval(unix)) }

    /// Unix seconds, rounded down.
    var unix: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
}
