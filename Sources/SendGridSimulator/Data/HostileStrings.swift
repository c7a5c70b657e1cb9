/// Text a terminal must never pass through raw: escapes, cursor movement, bidi overrides, invisible characters,
/// NUL and very long text. Served in `location`/`auth_method` when `FaultSettings.hostileStrings` is on.
public enum HostileStrings {
    public static let locations: [String] = [
        "\u{1B}[31;1mRED ALERT\u{1B}[0m Berlin",
        "\u{1B}]0;pwned window title\u{07}Oslo",
        "\u{1B}]52;c;cm0gLXJmIH4=\u{07}Clipboard, Nowhere",
        "Paris\rXXXXX overwritten",
        "Lisbon\u{08}\u{08}\u{08}\u{08}\u{08}\u{08}Backspaced",
        "\u{202E}nodnoL ,modgniK detinU\u{202C}",
        "Zero\u{200B}Width\u{200B}Joiner\u{200D}\u{FEFF}Town",
        "Before\u{0}After NUL",
        "\u{9B}31mC1 CSI City",
        "Z\u{0335}\u{0322}a\u{0337}\u{0321}l\u{0334}g\u{0336}o\u{0338} Village",
        "👩‍👩‍👧‍👦 Family 🇧🇷 Flag City",
        String(repeating: "とても長い地名", count: 300),
        String(repeating: "Very long location text ", count: 400),
    ]

    public static let authMethods: [String] = [
        "API\u{1B}[2J\u{1B}[H",
        "Web\r\u{1B}[K",
        "\u{202E}IPA",
        "A\u{200B}P\u{200B}I",
        "API\u{0}hidden",
        "\u{1B}]8;;http://example.invalid\u{07}API\u{1B}]8;;\u{07}",
        String(repeating: "API", count: 2000),
    ]
}
