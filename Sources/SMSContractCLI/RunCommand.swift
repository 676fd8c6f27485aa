import ContractHarness
import Foundation
import Providers
import Synchronization

/// `smscontract run`: runs specs and reports; exit 0 all passed (skips allowed), 1 any failed or
/// errored, 2 usage or spec errors.
enum RunCommand {
    static let options = [
        OptionDefinition("provider", value: "P", repeatable: true, help: "Only specs of provider P (\(ProviderRegistry.ids.joined(separator: ", ")))."),
        OptionDefinition("spec", value: "PATH", repeatable: true, help: "Only these spec files."),
        OptionDefinition("target", value: "fake|live", help: "Where to run (default $SMSCONTRACT_TARGET, else fake)."),
        OptionDefinition("record", value: "MODE", help: "missing | all | never (default never when CI is set, else missing)."),
        OptionDefinition("report", value: "PATH", help: "Also write the results as JSON to PATH."),
        OptionDefinition("html", value: "PATH", help: "Also write a readable HTML report to PATH."),
        OptionDefinition("max-age", value: "DAYS", help: "Report cassettes older than DAYS as stale (default $SMSCONTRACT_CASSETTE_MAX_AGE_DAYS)."),
        OptionDefinition("specs", value: "DIR", help: "Spec folder (default ./Specs)."),
        OptionDefinition("recordings", value: "DIR", help: "Cassette folder (default ./Recordings)."),
    ]

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(command: "run", synopsis: "[options]", summary: "Run specs against the built-in fake (default) or a live endpoint.", options: options))
            return 0
        }
        let configuration: RunConfiguration
        do {
            configuration = try RunConfiguration(try ArgumentParser.parse(arguments, options: options, command: "run", allowsPositional: false),
                                                 environment: environment, registry: registry)
        } catch {
            console.err(error.description)
            return 2
        }
        let (specs, problems) = SpecCatalog.loadAll(configuration.specFiles, registry: registry)
        guard problems.isEmpty else {
            for problem in problems { console.err(problem.description) }
            console.err("\(problems.count) problems in spec files; nothing was run (see `smscontract lint`)")
            return 2
        }
        let selected = specs.filter { configuration.providers.isEmpty || configuration.providers.contains($0.provider) }
        let report = ConsoleReport(colored: console.colored)
        let runner = SuiteRunner(runner: SpecRunner(
            target: configuration.target, recordMode: configuration.recordMode, cassettes: CassetteStore(root: configuration.recordingsDirectory),
            sendGuard: LiveSendGuard(environment: environment), maximumCassetteAge: configuration.maximumCassetteAge, registry: registry))
        console.out("Running \(selected.count) specs on \(configuration.target.kind) (record mode: \(configuration.recordMode.rawValue))")
        let started = ContinuousClock.now
        let printer = OrderedPrinter(count: selected.count) { result in report.lines(for: result).forEach(console.out) }
        let indexByID = Dictionary(uniqueKeysWithValues: selected.enumerated().map { ($1.id, $0) })
        let results = runner.run(selected) { result in
            if let index = indexByID[result.spec] { printer.finished(index, result) }
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        report.summary(results, seconds: seconds).forEach(console.out)
        do {
            if let path = configuration.reportPath {
                try AtomicFile.write(JSONReport.bytes(results, target: configuration.target.kind.rawValue), to: path)
            }
            if let path = configuration.htmlPath {
                try AtomicFile.write(Array(HTMLReport.page(results, target: configuration.target.kind.rawValue).utf8), to: path)
            }
        } catch {
            console.err("error: \(error)")
            return 1
        }
        let stale = results.filter(\.stale).count
        if stale > 0 { console.out("\(stale) cassettes are stale; see the notes above") }
        return RunSummary(results).succeeded ? 0 : 1
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
