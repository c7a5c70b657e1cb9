/// Removes API keys from text: the given secrets, anything shaped like a SendGrid key
/// (`SG.` + 22 + `.` + 43 characters of `[A-Za-z0-9_-]`), and `Authorization` header values.
public enum Redactor {
    public static let placeholder = "SG.<redacted>"

    public static func redact(_ text: String, secrets: [String] = []) -> String {
        var out = text
        for secret in secrets where !secret.isEmpty {
            out = out.replacing(secret, with: placeholder)
        }
        if let keyShape = try? Regex(#"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}"#) {
            out = out.replacing(keyShape, with: placeholder)
        }
        if let header = try? Regex(#"(?i)(authorization:\s*)[^\s,;]+(\s+[^\s,;]+)?"#) {
            out = out.replacing(header) { match in
                String(match.output[1].substring ?? "") + "<redacted>"
            }
        }
        return out
    }
}
