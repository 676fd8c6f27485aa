import Foundation
import Providers
@testable import SMSContractCLI
import Synchronization
import Testing

/// `--help` and the `--provider` checks name the providers of the registry the tool was given, not
/// the built-in five only: a package's own tool (`SMSContractCommand.main(…, registry:)`) lists its own.
@Suite struct ProviderHelpTests {
    static let acme = ProviderDescriptor(
        id: "acme", name: "Acme SMS", seedFile: "acme.txt", transport: .http,
        credentials: [CredentialDescriptor(name: "key", environmentVariable: "SMSCONTRACT_ACME_KEY", fakeValue: "acme-key")],
        makeFake: { .http(LOX24Fake(environment: $0)) })

    /// Runs the command line in-process and returns its exit code, stdout and stderr.
    private func run(_ arguments: [String], registry: ProviderRegistry) -> (code: Int32, out: String, err: String) {
        let out = Mutex<[String]>([])
        let err = Mutex<[String]>([])
        let console = Console(out: { line in out.withLock { $0.append(line) } }, err: { line in err.withLock { $0.append(line) } })
        let code = SMSContractCommand.main(arguments: arguments, environment: [:], console: console, registry: registry)
        return (code, out.withLock { $0.joined(separator: "\n") }, err.withLock { $0.joined(separator: "\n") })
    }

    /// The `--provider` line of a command's help.
    private func providerLine(_ help: String) -> String? {
        help.split(separator: "\n").map(String.init).first { $0.hasPrefix("  --provider P") }
    }

    @Test(arguments: ["run", "coverage", "proxy", "specs", "export", "serve"])
    func helpListsTheProvidersOfTheRegistryInUse(command: String) throws {
        let registry = ProviderRegistry.builtIn.adding(Self.acme)
        let result = run([command, "--help"], registry: registry)
        #expect(result.code == 0)
        let line = try #require(providerLine(result.out), "no --provider line in `\(command) --help`:\n\(result.out)")
        #expect(line.contains("(" + registry.ids.joined(separator: ", ") + ")"))
    }

    @Test(arguments: ["run", "coverage", "proxy", "specs", "export", "serve"])
    func helpOfTheBuiltInRegistryNamesOnlyTheBuiltInProviders(command: String) throws {
        let result = run([command, "--help"], registry: .builtIn)
        let line = try #require(providerLine(result.out))
        #expect(line.contains("(" + ProviderRegistry.builtIn.ids.joined(separator: ", ") + ")"))
        #expect(!line.contains("acme"))
    }

    @Test func proxyTakesAProviderOfTheRegistryInUse() throws {
        let parsed = try ArgumentParser.parse(["--provider", "acme", "--upstream", "fake"], options: ProxyCommand.options(.builtIn),
                                              command: "proxy", allowsPositional: false)
        let configuration = try ProxyCommand.configuration(parsed, environment: [:], registry: ProviderRegistry.builtIn.adding(Self.acme))
        #expect(configuration.provider.id == "acme")
        #expect(throws: UsageError.self) { try ProxyCommand.configuration(parsed, environment: [:], registry: .builtIn) }
    }

    @Test func coverageRefusesAProviderTheRegistryLacksAndNamesThoseItHas() {
        let result = run(["coverage", "--provider", "acme"], registry: .builtIn)
        #expect(result.code == 2)
        #expect(result.err.contains("unknown provider \"acme\"; expected one of " + ProviderRegistry.builtIn.ids.joined(separator: ", ")))
    }

    @Test func coverageReadsTheDocumentItemsOfAProviderOfTheRegistryInUse() throws {
        let folder = NSTemporaryDirectory() + "coverage-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/Coverage", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/Specs", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #"{"provider": "acme", "seed": "acme.txt", "items": [{"id": "a", "kind": "field", "text": "t", "sections": ["Send"]}]}"#
            .write(toFile: folder + "/Coverage/acme.json", atomically: true, encoding: .utf8)
        let arguments = ["coverage", "--items", folder + "/Coverage", "--specs", folder + "/Specs"]
        let result = run(["coverage", "--provider", "acme"] + arguments.dropFirst(), registry: ProviderRegistry.builtIn.adding(Self.acme))
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("acme"), "\(result.out)")
        #expect(!result.err.contains("unknown provider"), "\(result.err)")
        let builtIn = run(arguments, registry: .builtIn)
        #expect(builtIn.code == 2)
        #expect(builtIn.err.contains("unknown provider \"acme\""), "\(builtIn.err)")
    }
}
