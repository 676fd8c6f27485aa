import Foundation

/// The published schemas in `Tests/Fixtures/Schemas` and the external validators that check files
/// against them: `xmllint --schema` (Debian's libxml2-utils) for JUnit XML, Python's `jsonschema`
/// for SARIF. `.ci/run` installs both; a test whose validator is missing is disabled with a message
/// saying what to install (never passed silently).
enum SchemaValidator {
    static let schemas = CommandLineBinaryTests.root + "/Tests/Fixtures/Schemas"
    static let junitSchema = schemas + "/jenkins-junit-10.xsd"
    static let sarifSchema = schemas + "/sarif-schema-2.1.0.json"

    /// The result of one validation: whether it passed, and what the validator said.
    struct Verdict {
        let valid: Bool
        let output: String
    }

    /// `xmllint`'s path, when installed.
    static let xmllint: String? = executable("xmllint")

    /// `python3`'s path, when it can import `jsonschema`.
    static let pythonWithJSONSchema: String? = {
        guard let python = executable("python3") else { return nil }
        return (try? run(python, ["-c", "import jsonschema"]))?.valid == true ? python : nil
    }()

    /// Validates an XML file against the JUnit XSD.
    static func validateJUnit(_ file: String) throws -> Verdict {
        guard let xmllint else { return Verdict(valid: false, output: "xmllint is not installed") }
        return try run(xmllint, ["--noout", "--schema", junitSchema, file])
    }

    /// Validates a JSON file against the SARIF 2.1.0 schema (draft-04, as the schema declares).
    static func validateSARIF(_ file: String) throws -> Verdict {
        guard let python = pythonWithJSONSchema else { return Verdict(valid: false, output: "python3 with jsonschema is not installed") }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        log = json.load(open(sys.argv[2]))
        errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)
        for error in errors: print(list(error.absolute_path), error.message)
        sys.exit(1 if errors else 0)
        """
        return try run(python, ["-c", script, sarifSchema, file])
    }

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> Verdict {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Verdict(valid: process.terminationStatus == 0, output: String(decoding: data, as: UTF8.self))
    }
}
