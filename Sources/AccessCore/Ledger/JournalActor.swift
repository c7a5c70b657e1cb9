/// Who made a change, as far as this host can tell: the login, the host, and the address the operator's SSH
/// session comes from (`SSH_CONNECTION`'s first field), plus which program made it ("cli allow", "app").
public struct JournalActor: Codable, Hashable, Sendable {
    public var user: String?
    public var host: String?
    /// The operator's SSH client address, when the session is an SSH one.
    public var sshClient: String?
    /// "cli allow", "cli apply", "app", "cli expire", …
    public var program: String

    public init(user: String?, host: String?, sshClient: String?, program: String) {
        self.user = user
        self.host = host
        self.sshClient = sshClient
        self.program = program
    }

    /// From the environment: `USER` (else `LOGNAME`), the host name given, and `SSH_CONNECTION`.
    public init(variables: [String: String], hostName: String?, program: String) {
        let user = variables["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? variables["LOGNAME"]
        let ssh = variables["SSH_CONNECTION"]?.split(separator: " ").first.map(String.init)
        self.init(user: user, host: hostName, sshClient: ssh, program: program)
    }

    /// `user@host`, or whichever half is known; "unknown" when neither is.
    public var signature: String {
        switch (user, host) {
        case let (user?, host?): return "\(user)@\(host)"
        case let (user?, nil): return user
        case let (nil, host?): return "@\(host)"
        case (nil, nil): return "unknown"
        }
    }
}
