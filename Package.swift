// swift-tools-version:6.1
import PackageDescription

// One target per layer; dependencies point inward:
//   AccessCore (pure domain) <- SendGridAPI (client) <- SendGridSimulator (server)
//   TerminalKit (terminal toolkit: Grid, Cell, Style, Key, sizes, the one sanitiser, display width; no dependencies)
//     <- SendGridAPI, TerminalUI, CursesBackend, SGAccessCLI
//   AccessCore + TerminalKit <- TerminalUI (the app: pure state, reducer, views)
//   TerminalKit <- CursesBackend (ncurses, signals, tty); TerminalUI <- TerminalApp (runtime, on TerminalKit's
//     backend and scheduler protocols); CursesBackend + TerminalApp <- SGAccessCLI (wires the real backend)
//   everything <- sgaccess (executable, argument parsing only)
let swift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "sgaccess",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sgaccess", targets: ["sgaccess"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
    ],
    targets: [
        .target(name: "AccessCore", swiftSettings: swift6),
        .target(name: "TerminalKit", swiftSettings: swift6),
        .target(
            name: "SendGridAPI",
            dependencies: [
                "AccessCore", "TerminalKit", "CZlib",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Generated/README.md"],
            swiftSettings: swift6
        ),
        // The URLSession transport (FoundationNetworking, libcurl): only tests and the measuring build link it, so
        // that the app loads none of FoundationNetworking's libraries (docs/TRANSPORT.md).
        .target(
            name: "SendGridURLSession",
            dependencies: [
                "SendGridAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swift6
        ),
        .target(
            name: "SendGridSimulator",
            dependencies: [
                "AccessCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swift6
        ),
        .target(name: "TerminalUI", dependencies: ["AccessCore", "TerminalKit"], swiftSettings: swift6),
        // The local records per account (journal of changes, notes and expiries, dismissed attempts) in owner-only
        // files under $XDG_STATE_HOME/sgaccess; the value types and the pure planning live in AccessCore/Ledger.
        .target(name: "AccessLedger", dependencies: ["AccessCore"], swiftSettings: swift6),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // System zlib: SendGridAPI undoes gzip answers itself, in one pass (docs/FIRST-FRAME.md).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(
            name: "CursesBackend",
            dependencies: ["CNcursesw", "TerminalKit"],
            swiftSettings: swift6
        ),
        // Manual and tmux-driven check of the ncurses backend: draws a Grid, shows keys and size.
        .executableTarget(
            name: "curses-smoke",
            dependencies: ["CursesBackend", "CNcursesw", "TerminalKit"],
            swiftSettings: swift6
        ),
        .target(
            name: "TerminalApp",
            dependencies: [
                "TerminalUI", "TerminalKit", "SendGridAPI", "AccessCore", "AccessLedger",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swift6
        ),
        // The config file (profiles) and the pure resolution of flags > profile > environment into one target.
        .target(
            name: "AccessConfig",
            dependencies: ["AccessCore", "SendGridAPI", "TerminalKit", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: swift6
        ),
        // The non-interactive commands: parsing, guards, tables and JSON; unit-tested without a process.
        .target(
            name: "SGAccessCLI",
            dependencies: [
                "AccessCore", "AccessConfig", "AccessLedger", "SendGridAPI", "SendGridSimulator", "TerminalApp", "TerminalUI",
                "TerminalKit", "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["JSONShapes.md"],
            swiftSettings: swift6
        ),
        .executableTarget(
            name: "sgaccess",
            dependencies: [
                "SGAccessCLI", "AccessCore", "SendGridAPI", "SendGridSimulator", "TerminalApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swift6
        ),
        // `sgaccess` plus the URLSession transport (SGACCESS_TRANSPORT=urlsession), for scripts/bench-transport.sh.
        .executableTarget(
            name: "sgaccess-urlsession",
            dependencies: ["SGAccessCLI", "SendGridAPI", "SendGridURLSession"],
            path: "Benchmarks/sgaccess-urlsession",
            swiftSettings: swift6
        ),
        // Prints speed and memory figures; run with `swift run -c release sgaccess-bench`.
        .executableTarget(
            name: "sgaccess-bench",
            dependencies: ["AccessCore", "TerminalUI"],
            path: "Benchmarks/sgaccess-bench",
            swiftSettings: swift6
        ),
        // The one test-support library of every suite that spawns processes or drives tmux: a process runner that
        // never blocks a thread, the built-products locator (SGACCESS_BUILD_DIR), the tmux harness, scratch folders.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: swift6),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"], swiftSettings: swift6),
        .testTarget(name: "AccessCoreTests", dependencies: ["AccessCore"], swiftSettings: swift6),
        .testTarget(
            name: "AccessLedgerTests", dependencies: ["AccessLedger", "AccessCore", "TestSupport"],
            swiftSettings: swift6),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "AccessCore"], swiftSettings: swift6),
        .testTarget(
            name: "SendGridAPITests",
            dependencies: [
                "SendGridAPI", "SendGridURLSession", "SendGridSimulator", "AccessCore", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "SendGridSimulatorTests",
            dependencies: [
                "SendGridSimulator", "AccessCore", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "CursesBackendTests",
            // Depends on curses-smoke so that `swift test` builds the binary the tmux tests drive.
            dependencies: ["CursesBackend", "CNcursesw", "TerminalKit", "TestSupport", "curses-smoke"],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "AccessConfigTests", dependencies: ["AccessConfig", "AccessCore", "SendGridAPI", "TestSupport"],
            swiftSettings: swift6),
        .testTarget(name: "TerminalAppTests", dependencies: ["TerminalApp"], swiftSettings: swift6),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "AccessCore"], swiftSettings: swift6),
        // Seeded random keys through the pure app against the in-process simulator engine (the guard's invariants).
        .testTarget(
            name: "GuardMonkeyTests",
            dependencies: ["TerminalUI", "SendGridSimulator", "AccessCore"],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "SGAccessCLI", "AccessConfig", "AccessLedger", "SendGridAPI", "SendGridSimulator", "AccessCore", "TerminalKit", "TestSupport",
            ],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "EndToEndTests",
            // Depends on the executable so that `swift test` builds the binary it drives.
            dependencies: ["sgaccess", "SendGridAPI", "SendGridSimulator", "AccessCore", "TestSupport"],
            swiftSettings: swift6
        ),
    ]
)
