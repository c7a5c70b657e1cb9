import AccessCore
import Foundation

/// Learns the operator's own addresses ("my IPs") from, in order: `--my-ip` flags, `SGACCESS_MY_IPS`, the client
/// address in `SSH_CONNECTION`, and an optional discovery URL answering the public address as plain text.
/// The first source naming an address wins; duplicates are dropped.
public enum MyAddressResolver {
    public static let listVariable = "SGACCESS_MY_IPS"
    public static let sshVariable = "SSH_CONNECTION"

    /// Parses `--my-ip` values (each may hold several, separated by commas or spaces).
    public static func parseFlags(_ values: [String]) throws -> [IPAddress] {
        try parseList(values.joined(separator: " "), origin: "--my-ip")
    }

    public static func resolve(
        flags: [String],
        discoveryURL: URL?,
        variables: [String: String],
        timeoutSeconds: Int,
        fetch: @Sendable (URL, Int) async throws -> String
    ) async throws -> [MyAddress] {
        var found: [MyAddress] = try parseFlags(flags).map { MyAddress(address: $0, source: .configured) }
        if let list = variables[listVariable] {
            found += try parseList(list, origin: listVariable).map { MyAddress(address: $0, source: .configured) }
        }
        if let ssh = variables[sshVariable], let address = sshClientAddress(ssh) {
            found.append(MyAddress(address: address, source: .ssh))
        }
        if let url = discoveryURL {
            found.append(MyAddress(address: try await discover(url, timeoutSeconds: timeoutSeconds, fetch: fetch), source: .discovered))
        }
        var seen = Set<IPAddress>()
        return found.filter { seen.insert($0.address).inserted }
    }

    /// The first field of `SSH_CONNECTION` ("client_ip client_port server_ip server_port"); IPv4-mapped IPv6
    /// addresses (`::ffff:203.0.113.10`) are returned as IPv4, as SendGrid sees them.
    public static func sshClientAddress(_ value: String) -> IPAddress? {
        guard let first = value.split(separator: " ").first, let address = IPAddress(String(first)) else { return nil }
        return unmapped(address)
    }

    static func unmapped(_ address: IPAddress) -> IPAddress {
        guard address.family == .v6, address.value >> 32 == 0xFFFF else { return address }
        return IPAddress(v4: UInt32(truncatingIfNeeded: address.value))
    }

    static func parseList(_ text: String, origin: String) throws -> [IPAddress] {
        try AllowEntryParser.splitEntries(text).map { piece in
            switch IPAddress.parse(piece) {
            case .success(let address): return unmapped(address)
            case .failure(let error):
                throw CLIError.usage("\(origin): '\(Sanitizer.terminalSafe(piece, maxColumns: 60))' is not an address. \(error.message)")
            }
        }
    }

    static func discover(_ url: URL, timeoutSeconds: Int, fetch: @Sendable (URL, Int) async throws -> String) async throws -> IPAddress {
        let body: String
        do {
            body = try await fetch(url, timeoutSeconds)
        } catch {
            throw CLIError(.api, "Could not learn your public address from \(url.absoluteString): \(Sanitizer.terminalSafe(String(describing: error), maxColumns: 120)). "
                + "Pass --my-ip ADDR instead.")
        }
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let address = IPAddress(text) else {
            throw CLIError(.api, "The discovery URL \(url.absoluteString) did not answer an address (it said '\(Sanitizer.terminalSafe(text, maxColumns: 40))'). "
                + "Pass --my-ip ADDR instead.")
        }
        return unmapped(address)
    }
}
