/// Limits of the service that the app enforces before sending a request.
public enum Limits {
    /// Current SendGrid documentation caps the allow list at 1000 entries (the spec says "no limit").
    public static let maxRules = 1000
}
