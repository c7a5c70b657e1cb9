import ArgumentParser

/// Options a command accepts but would ignore. Each is refused in the command's `validate()` with a sentence
/// (exit 2), so that nobody believes a flag did something it did not.
enum OptionCombinations {
    /// `tui --json`: the terminal app prints no result.
    static func terminalApp(json: Bool) throws {
        if json {
            throw ValidationError(
                "--json does nothing for the terminal app: it prints no result. "
                    + "Use list, activity, allow, remove, check or whoami with --json.")
        }
    }

    /// `check` and `activity` do not use this host's addresses: `--my-ip` and `--my-ip-url` would be ignored.
    static func withoutMyAddresses(_ global: GlobalOptions, command: String) throws {
        let given = (global.myIPs.isEmpty ? [] : ["--my-ip"]) + (global.myIPURL == nil ? [] : ["--my-ip-url"])
        guard let first = given.first else { return }
        throw ValidationError(
            "\(given.count == 1 ? first : given.joined(separator: " and ")) \(given.count == 1 ? "does" : "do") "
                + "nothing for `\(command)`, which does not use this host's address; "
                + "`sgaccess whoami` shows how the list covers it.")
    }

    /// `remove --dry-run --yes`: a dry run never asks and never removes.
    static func remove(dryRun: Bool, yes: Bool) throws {
        if dryRun && yes {
            throw ValidationError("--yes does nothing with --dry-run, which never asks and never removes anything.")
        }
    }

    /// `sim --traffic-interval` without `--traffic`: no traffic is generated.
    static func simulator(traffic: Bool, trafficInterval: String?) throws {
        if !traffic && trafficInterval != nil {
            throw ValidationError("--traffic-interval does nothing without --traffic, which generates the attempts.")
        }
    }
}
