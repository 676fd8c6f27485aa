import ContractHarness
import Providers
import Foundation
import StructuredData

/// `smscontract scan [PATH]…`: looks for credentials in cassettes and reports (default `./Recordings`).
/// Exit 0 when clean, 1 when anything is found, 2 on usage errors.
enum ScanCommand {
    static let options = [OptionDefinition("sarif", value: "PATH", help: "Also write the findings as SARIF 2.1.0 to PATH (for code scanning uploads).")]

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(
                command: "scan", synopsis: "[PATH]…",
                summary: "Find credentials in cassettes and reports: the values of the SMSCONTRACT_* credential variables set now, the fakes' own credentials, and credential-shaped values where a provider carries credentials.",
                options: options))
            return 0
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, options: options, command: "scan", allowsPositional: true)
        } catch {
            console.err(error.description)
            return 2
        }
        var files: [String] = []
        for root in parsed.positional.isEmpty ? ["Recordings"] : parsed.positional {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
                console.err("\(root): no such file or folder")
                return 2
            }
            files += isDirectory.boolValue ? SpecCatalog.files(in: root) + otherReports(in: root) : [root]
        }
        let scanner = SecretScanner(knownSecrets: SecretScanner.knownSecrets(environment: environment, registry: registry), registry: registry)
        var findings: [SecretScanner.Finding] = []
        var documents: [String: JSONDocument] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                console.err("\(file): cannot read")
                return 2
            }
            let document = try? JSONParser.parseDocument(Array(data))
            documents[file] = document
            findings += scanner.scan(document?.root ?? .string(String(decoding: data, as: UTF8.self)), file: file)
        }
        for finding in findings { console.err(finding.description) }
        if let path = parsed.value("sarif") {
            let sarif = SARIFReport.bytes(findings, toolVersion: SMSContractCommand.version) { finding in
                documents[finding.file].map { $0.location(of: finding.path) ?? $0.nearestLocation(of: finding.path) } ?? SourceLocation(line: 1, column: 1)
            }
            do {
                try AtomicFile.write(sarif, to: path)
            } catch {
                console.err("error: cannot write \(path): \(error)")
                return 2
            }
        }
        console.out("scanned \(Plural.count(files.count, "file")): \(findings.isEmpty ? "no credentials found" : "\(Plural.count(findings.count, "credential")) found")")
        return findings.isEmpty ? 0 : 1
    }

    /// HAR and HTML reports beside the JSON files.
    private static func otherReports(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".har") || $0.hasSuffix(".html") }.map { directory + "/" + $0 }.sorted()
    }
}
