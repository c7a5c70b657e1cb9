/// The discovery URL (`--my-ip-url`) answered with a status other than 200; reported as a warning, and no
/// address is learned from it.
struct DiscoveryError: Error, CustomStringConvertible {
    let status: Int
    var description: String { "status \(status)" }
}
