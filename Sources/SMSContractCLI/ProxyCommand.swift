import ContractHarness
import Foundation
import Providers
import StructuredData

/// `smscontract proxy`: forwards the app's traffic to the provider (or the built-in fake), records it,
/// and reports every divergence from the shadow fake and every request the fake would refuse.
/// Exit 0 when everything agreed, 1 when anything drifted, did not conform or failed, 2 usage errors.
enum ProxyCommand {
    /// The options; `--provider`'s help names the providers `registry` has.
    static func options(_ registry: ProviderRegistry) -> [OptionDefinition] {
        [OptionDefinition("provider", value: "P", help: "The provider the app talks to (\(registry.ids.joined(separator: ", "))).")] + otherOptions
    }

    /// The options besides `--provider`.
    static let otherOptions = [
        OptionDefinition("upstream", value: "URL|fake", help: "Where to forward: the provider's base URL (http:// or https://; smtp://host:port for rox-email), or fake."),
        OptionDefinition("upstream-ca", value: "FILE", help: "Also trust this CA (PEM) for an https:// upstream with a private CA, e.g. a corporate or sandbox one."),
        OptionDefinition("host", value: "H", help: "Address to listen on (default 127.0.0.1)."),
        OptionDefinition("port", value: "N", help: "Port to listen on (default: any free port; the URL is printed)."),
        OptionDefinition("record", value: "DIR", help: "Write each exchange as a cassette under DIR/<provider>/, credentials redacted."),
        OptionDefinition("report", value: "PATH", help: "At exit, write the drift report as JSON (run's report shape)."),
        OptionDefinition("html", value: "PATH", help: "At exit, write the drift report as HTML."),
        OptionDefinition("max-sends", value: "N", help: "Forward at most N SMS; further sends get 403 without reaching the provider."),
        OptionDefinition("allow-numbers", value: "LIST", help: "Forward SMS only to these numbers (comma-separated, any spelling; * for any)."),
        OptionDefinition("shadow-accounts", value: "FILE", help: "JSON array of accounts (control-API form) for the shadow; requests with their credentials are not mapped to the default account."),
        OptionDefinition("no-shadow", help: "Forward and record only: no drift or conformance checks."),
    ]

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(command: "proxy", synopsis: "--provider P --upstream URL|fake [options]",
                                            summary: "Forward an app's traffic, record it, and report drift from the built-in fake.", options: options(registry)))
            return 0
        }
        let parsed: ParsedArguments
        let configuration: ProxyConfiguration
        do {
            parsed = try ArgumentParser.parse(arguments, options: options(registry), command: "proxy", allowsPositional: false)
            configuration = try self.configuration(parsed, environment: environment, registry: registry)
        } catch {
            console.err(error.description)
            return 2
        }
        let signals = ServeCommand.blockTerminationSignals()
        let line: @Sendable (String) -> Void = { console.out($0) }
        // The live ledger sees every exchange: the app's bad-credential answers and blocks count toward the
        // provider's abuse budget, as a live run's do (README "Runs that never lock the account out").
        let ledger = ProxyLedgerHook.make(provider: configuration.provider, target: configuration.upstream,
                                          environment: environment, line: line)
        let hooks: [@Sendable (ForwardedExchange) -> Void] = ledger.map { [$0] } ?? []
        let service: ProxyService
        do {
            service = try ProxyService.start(configuration, line: line, hooks: hooks)
        } catch {
            console.err("error: \(error.message)")
            return 1
        }
        console.out("proxy \(configuration.provider.id) \(service.url) → \(service.upstreamName)")
        ServeCommand.waitForTermination(signals)
        let (results, tally) = service.stop()
        console.out(tally.line)
        let target = "proxy → \(service.upstreamName)"
        do {
            if let path = parsed.value("report") {
                try AtomicFile.write(ProxyReport.bytes(results, tally: tally, target: target), to: path)
            }
            if let path = parsed.value("html") {
                try AtomicFile.write(Array(ProxyReport.html(results, tally: tally, target: target).utf8), to: path)
            }
            // JUnit (issue 13, branch ci-native): its writer takes `results` here, behind a --junit PATH option.
        } catch {
            console.err("error: \(error)")
            return 1
        }
        return tally.flagged == 0 && tally.errors == 0 ? 0 : 1
    }

    /// The configuration the options describe; a usage error names the option and what it needs.
    static func configuration(_ parsed: ParsedArguments, environment: [String: String], registry: ProviderRegistry = .builtIn) throws(UsageError) -> ProxyConfiguration {
        let hint = "run `smscontract proxy --help` for usage"
        guard let id = parsed.value("provider") else { throw UsageError(message: "--provider is required", hint: hint) }
        guard let provider = registry.descriptor(for: id) else {
            throw UsageError(message: "unknown provider \"\(id)\"; expected one of \(registry.ids.joined(separator: ", "))", hint: hint)
        }
        guard let upstream = parsed.value("upstream") else {
            throw UsageError(message: "--upstream is required: the provider's base URL, or fake for the built-in fake", hint: hint)
        }
        var configuration = ProxyConfiguration(provider: provider, upstream: upstream, environment: environment,
                                               eventLoops: min(2, ProcessInfo.processInfo.activeProcessorCount))
        configuration.host = parsed.value("host") ?? "127.0.0.1"
        if let file = parsed.value("upstream-ca") {
            guard upstream.lowercased().hasPrefix("https://") else {
                throw UsageError(message: "--upstream-ca \(file) applies to an https:// upstream only, not \(upstream)", hint: hint)
            }
            configuration.upstreamCertificateAuthority = file
        }
        if let text = parsed.value("port") {
            guard let port = UInt16(text) else { throw UsageError(message: "--port must be a number from 0 to 65535, got \"\(text)\"", hint: hint) }
            configuration.port = port
        }
        configuration.recordDirectory = parsed.value("record")
        if let text = parsed.value("max-sends") {
            guard let count = Int(text), count >= 0 else { throw UsageError(message: "--max-sends must be a whole number, got \"\(text)\"", hint: hint) }
            configuration.maxSends = count
        }
        if let text = parsed.value("allow-numbers") {
            let numbers = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !numbers.isEmpty else { throw UsageError(message: "--allow-numbers needs at least one number (or *)", hint: hint) }
            configuration.allowedNumbers = numbers
        }
        if let file = parsed.value("shadow-accounts") {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw UsageError(message: "--shadow-accounts \(file): cannot read the file", hint: hint)
            }
            do {
                guard case .array(let accounts) = try JSONParser.parse(Array(data)) else {
                    throw UsageError(message: "--shadow-accounts \(file): expected a JSON array of accounts", hint: hint)
                }
                configuration.shadowAccounts = accounts
            } catch let error as UsageError {
                throw error
            } catch {
                throw UsageError(message: "--shadow-accounts \(file): \(error)", hint: hint)
            }
        }
        configuration.shadow = !parsed.flags.contains("no-shadow")
        return configuration
    }
}
