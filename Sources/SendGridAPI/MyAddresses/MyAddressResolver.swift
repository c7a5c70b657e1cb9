import AccessCore
import AsyncHTTPClient
import Foundation
import NIOCore

/// Works out "my IPs": `--my-ip` values, `SGACCESS_MY_IPS` (comma/space separated), the client address in
/// `SSH_CONNECTION` (its first field), and the answer of an optional discovery URL (plain-text address).
/// Duplicates are dropped (the first source wins), except that an SSH address equal to one that tells this host
/// is kept as both; anything unparsable becomes a warning, never a failure.
public struct MyAddressResolver: Sendable {
    public static let environmentKey = "SGACCESS_MY_IPS"
    public static let sshEnvironmentKey = "SSH_CONNECTION"

    /// Fetches the discovery URL's body as text.
    public typealias Fetch = @Sendable (URL) async throws -> String

    let fetch: Fetch

    /// `fetch` defaults to an AsyncHTTPClient GET with a 5-second timeout (the API's transport).
    public init(fetch: Fetch? = nil) {
        self.fetch = fetch ?? MyAddressResolver.httpFetch
    }

    public func resolve(
        myIPs: [String] = [], environment: [String: String] = [:], discoveryURL: URL? = nil
    ) async -> MyAddressResolution {
        var resolution = MyAddressResolution()
        for value in myIPs.flatMap(AllowEntryParser.splitEntries) {
            resolution.add(value, source: .configured, origin: "--my-ip")
        }
        for value in AllowEntryParser.splitEntries(environment[Self.environmentKey] ?? "") {
            resolution.add(value, source: .configured, origin: Self.environmentKey)
        }
        if let ssh = environment[Self.sshEnvironmentKey],
            let client = ssh.split(whereSeparator: \.isWhitespace).first
        {
            resolution.add(String(client), source: .ssh, origin: Self.sshEnvironmentKey)
        }
        if let url = discoveryURL {
            await discover(url, into: &resolution)
        }
        return resolution
    }

    private func discover(_ url: URL, into resolution: inout MyAddressResolution) async {
        do {
            let body = try await fetch(url)
            let first = body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            resolution.add(first, source: .discovered, origin: "the discovery URL")
        } catch {
            resolution.warnings.append(
                "The discovery URL \(url.absoluteString) could not be fetched "
                    + "(\(Self.shortReason(error, url: url))); my IPs come from the other sources only.")
        }
    }

    /// What went wrong, in words (`NetworkFailure`'s): "the connection was refused: nothing is listening on …".
    static func shortReason(_ error: any Error, url: URL) -> String {
        if let coded = error as? CodedTransportFailure {
            return NetworkFailure.reason(code: coded.code, url: url)
        }
        if let kind = NetworkFailure.kind(of: error) {
            return NetworkFailure.reason(kind: kind, url: url)
        }
        return Redactor().untrusted(String(describing: error))
    }

    /// At most 1 KB of the answer is read: an address is a line. The request asks for no compression, so none comes.
    static let httpFetch: Fetch = { url in
        let client = SharedHTTPClients.client()
        let response = try await client.execute(HTTPClientRequest(url: url.absoluteString), timeout: .seconds(5))
        guard (200..<300).contains(Int(response.status.code)) else {
            throw DiscoveryError(status: Int(response.status.code))
        }
        var body = try await response.body.collect(upTo: 1024 * 1024)
        let bytes = body.readBytes(length: min(1024, body.readableBytes)) ?? []
        return String(decoding: bytes, as: UTF8.self)
    }
}
