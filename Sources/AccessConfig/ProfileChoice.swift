/// One entry of the account picker: a profile, or one of its `subusers` (on-behalf-of it, same key and host).
public struct ProfileChoice: Hashable, Sendable {
    public var profile: String
    /// nil is the profile itself.
    public var subuser: String?

    public init(profile: String, subuser: String? = nil) {
        self.profile = profile
        self.subuser = subuser
    }
}
