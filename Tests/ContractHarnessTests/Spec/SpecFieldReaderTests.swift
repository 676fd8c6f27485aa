@testable import ContractHarness
import StructuredData
import Testing

/// Typed reads out of a parsed document: each reader's value or its located problem, unknown keys
/// with their suggestion, and where a problem points (the value, the key, or the nearest parent).
@Suite struct SpecFieldReaderTests {
    /// The document every case reads, one member a line.
    static let document = """
        {
          "text": "a",
          "empty": "",
          "number": 7,
          "list": [1, "b"],
          "object": {"x": "1", "y": 2},
          "live": "sends"
        }
        """

    enum Field: String, Sendable {
        case objectRequired, objectOptional, string, emptyString, integer, array, stringPairs, oneOf
    }

    /// One read of one member, its value written out, and the problems it records (`line:column field: message`).
    struct Case: Sendable, CustomTestStringConvertible {
        let read: Field
        let member: String
        let value: String
        let problems: [String]
        var testDescription: String { "\(read.rawValue) of \(member)" }
    }

    static func read(_ check: Case) throws -> (String, [String]) {
        var reader = SpecFieldReader(document: try JSONParser.parseDocument(document), file: "f.json")
        let path = JSONPath.root.appending(check.member)
        let field = reader.document.root[check.member]
        let value: String = switch check.read {
        case .objectRequired: reader.object(field, at: path).map { "\($0.keys)" } ?? "nil"
        case .objectOptional: reader.object(field, at: path, required: false).map { "\($0.keys)" } ?? "nil"
        case .string: reader.string(field, at: path) ?? "nil"
        case .emptyString: reader.string(field, at: path, required: false, nonEmpty: false) ?? "nil"
        case .integer: reader.integer(field, at: path, in: 1...5).map(String.init) ?? "nil"
        case .array: reader.array(field, at: path).map { "\($0.count) elements" } ?? "nil"
        case .stringPairs: reader.stringPairs(field, at: path).map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        case .oneOf: reader.oneOf(field, at: path, as: LivePolicy.self, choices: ["safe", "sends", "never"])?.rawValue ?? "nil"
        }
        return (value, reader.problems.map { "\($0.location.map(\.description) ?? "?") \($0.field): \($0.message)" })
    }

    @Test(arguments: [
        Case(read: .objectRequired, member: "object", value: #"["x", "y"]"#, problems: []),
        Case(read: .objectRequired, member: "absent", value: "nil", problems: ["1:1 $.absent: required; expected an object"]),
        Case(read: .objectOptional, member: "absent", value: "nil", problems: []),
        Case(read: .objectOptional, member: "list", value: "nil", problems: ["5:11 $.list: expected an object, got array"]),
        Case(read: .string, member: "text", value: "a", problems: []),
        Case(read: .string, member: "number", value: "nil", problems: ["4:13 $.number: expected a string, got number"]),
        Case(read: .string, member: "empty", value: "nil", problems: ["3:12 $.empty: must not be empty"]),
        Case(read: .string, member: "absent", value: "nil", problems: ["1:1 $.absent: required; expected a string"]),
        Case(read: .emptyString, member: "empty", value: "", problems: []),
        Case(read: .emptyString, member: "absent", value: "nil", problems: []),
        Case(read: .integer, member: "number", value: "nil", problems: ["4:13 $.number: expected an integer from 1 to 5, got 7"]),
        Case(read: .integer, member: "text", value: "nil", problems: [#"2:11 $.text: expected an integer from 1 to 5, got "a""#]),
        Case(read: .integer, member: "absent", value: "nil", problems: []),
        Case(read: .array, member: "list", value: "2 elements", problems: []),
        Case(read: .array, member: "object", value: "nil", problems: ["6:13 $.object: expected an array, got object"]),
        Case(read: .array, member: "absent", value: "nil", problems: ["1:1 $.absent: required; expected an array"]),
        Case(read: .stringPairs, member: "object", value: "x=1", problems: ["6:29 $.object.y: expected a string, got number"]),
        Case(read: .stringPairs, member: "absent", value: "", problems: []),
        Case(read: .stringPairs, member: "text", value: "", problems: ["2:11 $.text: expected an object, got string"]),
        Case(read: .oneOf, member: "live", value: "sends", problems: []),
        Case(read: .oneOf, member: "text", value: "nil", problems: [#"2:11 $.text: "a" is not one of safe, sends, never"#]),
    ])
    func eachReaderGivesAValueOrALocatedProblem(_ check: Case) throws {
        let (value, problems) = try Self.read(check)
        #expect(value == check.value)
        #expect(problems == check.problems)
    }

    @Test(arguments: [
        (["text", "empty", "number", "list", "object", "live"], [String]()),
        (["txt", "empty", "number", "list", "object", "live"], [#"2:3 $.text: unknown field "text"; did you mean "txt"?"#]),
        (["a", "b"], ["2:3 $.text: unknown field \"text\"; expected one of a, b", "3:3 $.empty: unknown field \"empty\"; expected one of a, b",
                      "4:3 $.number: unknown field \"number\"; expected one of a, b", "5:3 $.list: unknown field \"list\"; expected one of a, b",
                      "6:3 $.object: unknown field \"object\"; expected one of a, b", "7:3 $.live: unknown field \"live\"; expected one of a, b"]),
    ] as [([String], [String])])
    func unknownKeysAreReportedAtTheKey(allowed: [String], problems: [String]) throws {
        let document = try JSONParser.parseDocument(Self.document)
        var reader = SpecFieldReader(document: document, file: "f.json")
        reader.rejectUnknownKeys(try #require(document.root.objectValue), at: .root, allowed: allowed)
        #expect(reader.problems.map { "\($0.location.map(\.description) ?? "?") \($0.field): \($0.message)" } == problems)
    }

    @Test(arguments: [
        ("$.list[1]", false, "5:15"),
        ("$.object.y", true, "6:24"),
        ("$.object.y", false, "6:29"),
        ("$.object.z.deep", false, "6:3"),
        ("$.absent", true, "1:1"),
    ] as [(String, Bool, String)])
    func aProblemPointsAtTheValueTheKeyOrTheNearestParent(path: String, atKey: Bool, location: String) throws {
        var reader = SpecFieldReader(document: try JSONParser.parseDocument(Self.document), file: "f.json")
        reader.report(try JSONPath(parsing: path), "here", atKey: atKey)
        #expect(reader.problems == [SpecProblem(file: "f.json", location: .init(line: Int(location.prefix { $0 != ":" }) ?? 0,
                                                                                 column: Int(location.drop { $0 != ":" }.dropFirst()) ?? 0),
                                                field: try JSONPath(parsing: path), message: "here")])
    }

    @Test func readThrowsEveryProblemOrTheSyntaxError() throws {
        #expect(throws: SpecLoadError(problems: [SpecProblem(file: "f.json", location: .init(line: 1, column: 1), field: .root, message: "required; expected a string"),
                                                 SpecProblem(file: "f.json", location: .init(line: 1, column: 1), field: .root, message: "second")])) {
            try SpecFieldReader.read(Array("{}".utf8), file: "f.json") { root, reader -> String? in
                let value = reader.string(root["id"], at: .root)
                reader.report(.root, "second")
                return value
            }
        }
        do {
            _ = try SpecFieldReader.read(Array("{\n  \"a\" 1\n}".utf8), file: "f.json") { _, _ -> String? in "unreached" }
            Issue.record("broken JSON was read")
        } catch {
            #expect(error.problems.map(\.description) == ["f.json:2:7: $: not valid JSON: expected ':' after object key"])
        }
        let value = try SpecFieldReader.read(Array(#"{"id": "x"}"#.utf8), file: "f.json") { root, reader in reader.string(root["id"], at: .root) }
        #expect(value == "x")
    }
}
