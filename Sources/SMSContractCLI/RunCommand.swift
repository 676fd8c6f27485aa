import ContractHarness
import Foundation
import Providers
import Synchronization

/// `smscontract run`: runs specs and reports; exit 0 all passed (skips allowed), 1 any failed or
/// errored, nothing ran, a skip under `--fail-on-skip` or refused live credentials, 2 usage, spec or
/// live-configuration errors (a selection of no specs, a live provider's variables missing).
enum RunCommand {
    /// The options; `--provider`'s help names the providers `registry` has.
    static func options(_ registry: ProviderRegistry) -> [OptionDefinition] {
        [OptionDefinition("provider", value: "P", repeatable: true, help: "Only specs of provider P (\(registry.ids.joined(separator: ", "))).")] + otherOptions
    }

    /// The options besides `--provider`.
    static let otherOptions = [
        OptionDefinition("spec", value: "PATH", repeatable: true, help: "Only these spec files or folders (more paths may follow, as a shell glob gives them)."),
        OptionDefinition("target", value: "fake|live", help: "Where to run (default $SMSCONTRACT_TARGET, else fake)."),
        OptionDefinition("record", value: "MODE", help: "missing | all | never (default never when CI is set, else missing)."),
        OptionDefinition("report", value: "PATH", help: "Also write the results as JSON to PATH."),
        OptionDefinition("html", value: "PATH", help: "Also write a readable HTML report to PATH."),
        OptionDefinition("max-age", value: "DAYS", help: "Report cassettes older than DAYS as stale (default $SMSCONTRACT_CASSETTE_MAX_AGE_DAYS)."),
        OptionDefinition("specs", value: "DIR", help: "Spec folder (default ./Specs)."),
        OptionDefinition("recordings", value: "DIR", help: "Cassette folder (default ./Recordings)."),
        OptionDefinition("fail-on-skip", help: "Fail the run when any spec is skipped (default $SMSCONTRACT_FAIL_ON_SKIP=1)."),
    ] + RunConfiguration.selectionOptions

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(command: "run", synopsis: "[options]", summary: "Run specs against the built-in fake (default) or a live endpoint.", options: options(registry)))
            return 0
        }
        let configuration: RunConfiguration
        do {
            configuration = try RunConfiguration(try ArgumentParser.parse(arguments, options: options(registry), command: "run", allowsPositional: true),
                                                 environment: environment, registry: registry)
        } catch {
            console.err(error.description)
            return 2
        }
        let (specs, problems) = SpecCatalog.loadAll(configuration.specFiles, registry: registry)
        guard problems.isEmpty else {
            for problem in problems { console.err(problem.description) }
            console.err("\(Plural.count(problems.count, "problem")) in spec files; nothing was run (see `smscontract lint`)")
            return 2
        }
        let selected = configuration.selection.apply(specs)
        if let problem = RunPreflight.problem(selected: selected, loaded: specs, configuration: configuration, registry: registry) {
            console.err(problem.description)
            return 2
        }
        let report = ConsoleReport(colored: console.colored)
        let runner = SuiteRunner(runner: SpecRunner(
            target: configuration.target, recordMode: configuration.recordMode, cassettes: CassetteStore(root: configuration.recordingsDirectory),
            sendGuard: LiveSendGuard(environment: environment), maximumCassetteAge: configuration.maximumCassetteAge, registry: registry))
        console.out("Running \(Plural.count(selected.count, "spec")) on \(configuration.target.kind) (record mode: \(configuration.recordMode.rawValue))")
        let started = ContinuousClock.now
        let metadata = configuration.htmlPath.map { _ in RunMetadataReader.read(arguments: arguments, environment: environment, failOnSkip: configuration.failOnSkip) }
        let progress = RunProgress(total: selected.count, console: console, interactive: console.interactive, started: started)
        let printer = OrderedPrinter(count: selected.count) { result in progress.print(report.lines(for: result)) }
        progress.start()
        let indexByID = Dictionary(uniqueKeysWithValues: selected.enumerated().map { ($1.id, $0) })
        let results = runner.run(selected) { result in
            if let index = indexByID[result.spec] { printer.finished(index, result) }
            progress.finished(result)
        }
        progress.end()
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        report.recap(results).forEach(console.out)
        report.summary(results, seconds: seconds).forEach(console.out)
        do {
            try RunOutputs(configuration: configuration, environment: environment, console: console, registry: registry, metadata: metadata).write(results)
        } catch {
            console.err("error: \(error)")
            return 1
        }
        let stale = results.filter(\.stale).count
        if stale > 0 { console.out("\(Plural.count(stale, "cassette")) \(stale == 1 ? "is" : "are") stale; see the notes above") }
        let verdict = RunVerdict(results, failOnSkip: configuration.failOnSkip)
        report.headlines(verdict).forEach(console.out)
        if !verdict.succeeded, let unconfigured = RunPreflight.unconfiguredLive(selected: selected, configuration: configuration, registry: registry) {
            console.out("error: \(unconfigured)")
        }
        return verdict.succeeded ? 0 : 1
    }
}

/// Prints results in spec order as soon as every earlier one has finished.
private final class OrderedPrinter: Sendable {
    private struct State {
        var pending: [Int: SpecResult] = [:]
        var next = 0
    }

    private let state = Mutex(State())
    private let print: @Sendable (SpecResult) -> Void

    init(count: Int, print: @escaping @Sendable (SpecResult) -> Void) {
        self.print = print
    }

    func finished(_ index: Int, _ result: SpecResult) {
        state.withLock { state in
            state.pending[index] = result
            while let ready = state.pending.removeValue(forKey: state.next) {
                print(ready)
                state.next += 1
            }
        }
    }
}
