import Providers

/// The `smscontract` command line: dispatches to `run`, `serve`, `lint`, `scan`, `export`, `coverage`,
/// `report`, `proxy` and `specs` (see ``overview``).
public enum SMSContractCommand {
    /// The tool's version, shown by `--version` and in exported archives.
    public static let version = "0.1.0"

    static let overview = """
    USAGE: smscontract <command> [options]

    Contract tests and conformance fakes for SMS provider APIs.

    COMMANDS:
      run      Run specs against the built-in fake (default) or a live endpoint.
      serve    Run the provider fakes until interrupted.
      lint     Validate spec files; every problem with file, line and field.
      scan     Find credentials in cassettes and reports.
      export   Write HTTP cassettes as a HAR 1.2 archive (--har).
      coverage Show how much of each provider's document the specs encode.
      report   Merge the JSON reports of shards into one run's (report merge).
      proxy    Forward an app's traffic to the provider or the fake; record it; report drift.
      specs    Make spec files from recordings (from-recordings).

    Run `smscontract <command> --help` for a command's options.
    """

    /// Runs the command line and returns the exit code: 0 success, 1 failures, 2 usage or spec errors.
    /// `registry` has the providers specs, `serve` and `scan` know (a package's own tool adds its providers).
    public static func main(arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        guard let command = arguments.first else {
            console.err(overview)
            return 2
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "run": return RunCommand.main(rest, environment: environment, console: console, registry: registry)
        case "serve": return ServeCommand.main(rest, environment: environment, console: console, registry: registry)
        case "lint": return LintCommand.main(rest, environment: environment, console: console, registry: registry)
        case "scan": return ScanCommand.main(rest, environment: environment, console: console, registry: registry)
        case "export": return ExportCommand.main(rest, environment: environment, console: console, registry: registry)
        case "coverage": return CoverageCommand.main(rest, environment: environment, console: console, registry: registry)
        case "report": return ReportCommand.main(rest, environment: environment, console: console)
        case "proxy": return ProxyCommand.main(rest, environment: environment, console: console, registry: registry)
        case "specs": return SpecsCommand.main(rest, environment: environment, console: console, registry: registry)
        case "--version": 
            console.out(version)
            return 0
        case "--help", "-h", "help":
            console.out(overview)
            return 0
        default:
            var message = "error: unknown command \"\(command)\""
            if let suggestion = ArgumentParser.closest(to: command, in: ["run", "serve", "lint", "scan", "export", "coverage", "report", "proxy", "specs"]) { message += "; did you mean \(suggestion)?" }
            console.err(message)
            console.err("run `smscontract --help` for the commands")
            return 2
        }
    }

    /// Whether the arguments ask for help.
    static func wantsHelp(_ arguments: [String]) -> Bool {
        arguments.contains("--help") || arguments.contains("-h")
    }
}
