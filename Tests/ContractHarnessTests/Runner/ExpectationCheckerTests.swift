@testable import ContractHarness
import StructuredData
import Testing
import Wire

/// A response checked against a step's expectation: every part (status, headers, each body format),
/// every matcher kind's mismatch message, and missing versus unexpected members — the whole list of
/// differences each time, with paths and messages.
@Suite struct ExpectationCheckerTests {
    /// One response, one expectation, and every difference the check must find (in order).
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        var status = 200
        var headers: HTTPHeaders = [:]
        var contentType: String?
        var body = ""
        /// Bytes that are not UTF-8, instead of `body`.
        var bytes: [UInt8]?
        let expectation: ResponseExpectation
        let differences: [Difference]
        var testDescription: String { label }

        /// The response as the runner reads it: the body decoded by its content type.
        func check() -> [Difference] {
            var fields = headers
            if let contentType { fields["Content-Type"] = contentType }
            let response = HTTPResponse(status: status, headers: fields, body: bytes ?? Array(body.utf8))
            return ExpectationChecker.differences(response, body: RecordedBody.decode(response.body, contentType: contentType),
                                                  expectation: expectation, step: "send")
        }
    }

    /// A difference from the spec; `message` nil when the standard wording applies.
    static func spec(_ path: String, _ expected: JSONValue?, _ actual: JSONValue?, _ message: String? = nil) -> Difference {
        Difference(source: .spec, path: path, expected: expected, actual: actual, message: message)
    }

    static let statusAndHeaders: [Case] = [
        Case(label: "status equal", status: 201, expectation: ResponseExpectation(status: 201), differences: []),
        Case(label: "status differs", status: 400, expectation: ResponseExpectation(status: 201),
             differences: [spec("send/status", 201, 400)]),
        Case(label: "no status expected: any status passes", status: 500, headers: ["X-A": "1"],
             expectation: ResponseExpectation(headers: [("X-A", "1")]), differences: []),
        Case(label: "header equal, name compared case-insensitively", headers: ["x-request-id": "abc"],
             expectation: ResponseExpectation(headers: [("X-Request-ID", "abc")]), differences: []),
        Case(label: "header differs", headers: ["X-A": "2"], expectation: ResponseExpectation(headers: [("X-A", "1")]),
             differences: [spec("send/headers/X-A", "1", "2", #"expected "1""#)]),
        Case(label: "header missing", expectation: ResponseExpectation(headers: [("X-A", "1")]),
             differences: [spec("send/headers/X-A", "1", .none, #"expected "1", but it is missing"#)]),
        Case(label: "header matcher accepts", headers: ["X-Id": "12345"],
             expectation: ResponseExpectation(headers: [("X-Id", ["$match": "regex", "pattern": "^[0-9]+$"])]), differences: []),
        Case(label: "header matcher refuses", headers: ["X-Id": "12a45"],
             expectation: ResponseExpectation(headers: [("X-Id", ["$match": "regex", "pattern": "^[0-9]+$"])]),
             differences: [spec("send/headers/X-Id", ["$match": "regex", "pattern": "^[0-9]+$"], "12a45", "expected a string matching /^[0-9]+$/")]),
        Case(label: "header matcher on a missing header", expectation: ResponseExpectation(headers: [("X-Id", ["$match": "uuid"])]),
             differences: [spec("send/headers/X-Id", ["$match": "uuid"], .none, #"expected {"$match":"uuid"}, but it is missing"#)]),
        Case(label: "an invalid matcher says so", headers: ["X-Id": "x"], expectation: ResponseExpectation(headers: [("X-Id", ["$match": "guid"])]),
             differences: [spec("send/headers/X-Id", ["$match": "guid"], "x",
                                #"invalid matcher: unknown matcher "guid"; did you mean "uuid"? Expected one of any, string, number, integer, boolean, uuid, iso8601, unix_time, regex, one_of"#)]),
        Case(label: "status, then headers in the expectation's order, then the body", status: 500, headers: ["X-B": "b"],
             contentType: "application/json", body: #"{"a": 2}"#,
             expectation: ResponseExpectation(status: 200, headers: [("X-B", "B"), ("X-A", "a")], body: .json(["a": 1], exact: false)),
             differences: [spec("send/status", 200, 500), spec("send/headers/X-B", "B", "b", #"expected "B""#),
                           spec("send/headers/X-A", "a", .none, #"expected "a", but it is missing"#), spec("send/body/$.a", 1, 2)]),
    ]

    @Test(arguments: statusAndHeaders)
    func statusAndHeadersAreCompared(_ check: Case) {
        #expect(check.check() == check.differences)
    }

    static let json = "application/json"

    static let bodies: [Case] = [
        // JSON
        Case(label: "JSON subset: more members pass", contentType: json, body: #"{"a": 1, "b": 2}"#,
             expectation: ResponseExpectation(body: .json(["a": 1], exact: false)), differences: []),
        Case(label: "JSON exact: a member not named is unexpected", contentType: json, body: #"{"a": 1, "b": 2}"#,
             expectation: ResponseExpectation(body: .json(["a": 1], exact: true)), differences: [spec("send/body/$.b", .none, 2)]),
        Case(label: "JSON: a member missing", contentType: json, body: #"{"b": 2}"#,
             expectation: ResponseExpectation(body: .json(["a": 1], exact: false)), differences: [spec("send/body/$.a", 1, .none)]),
        Case(label: "JSON: a value changed", contentType: json, body: #"{"a": "y"}"#,
             expectation: ResponseExpectation(body: .json(["a": "x"], exact: false)), differences: [spec("send/body/$.a", "x", "y")]),
        Case(label: "JSON: another type", contentType: json, body: #"{"count": "2"}"#,
             expectation: ResponseExpectation(body: .json(["count": 2], exact: false)), differences: [spec("send/body/$.count", 2, "2")]),
        Case(label: "JSON: numbers compare by value", contentType: json, body: #"{"n": 201.0}"#,
             expectation: ResponseExpectation(body: .json(["n": 201], exact: true)), differences: []),
        Case(label: "JSON: arrays compare element by element, even as a subset", contentType: json, body: #"{"l": [1, 3, 4]}"#,
             expectation: ResponseExpectation(body: .json(["l": [1, 2]], exact: false)),
             differences: [spec("send/body/$.l[1]", 2, 3), spec("send/body/$.l[2]", .none, 4)]),
        Case(label: "JSON: an expected element missing", contentType: json, body: "[1]",
             expectation: ResponseExpectation(body: .json([1, ["id": 2]], exact: false)), differences: [spec("send/body/$[1]", ["id": 2], .none)]),
        Case(label: "JSON: a matcher in a nested member", contentType: json, body: #"{"m": [{"id": "not-a-uuid"}]}"#,
             expectation: ResponseExpectation(body: .json(["m": [["id": ["$match": "uuid"]]]], exact: true)),
             differences: [spec("send/body/$.m[0].id", ["$match": "uuid"], "not-a-uuid", "expected a UUID")]),
        Case(label: "JSON: a member with a matcher may not be missing", contentType: json, body: "{}",
             expectation: ResponseExpectation(body: .json(["id": ["$match": "any"]], exact: false)),
             differences: [spec("send/body/$.id", ["$match": "any"], .none)]),
        Case(label: "JSON expected, text received", contentType: "text/plain", body: "OK",
             expectation: ResponseExpectation(body: .json(["a": 1], exact: false)),
             differences: [spec("send/body", ["a": 1], "OK", "expected a JSON body (text received)")]),
        Case(label: "JSON expected, broken JSON received as text", contentType: json, body: #"{"a": "#,
             expectation: ResponseExpectation(body: .json(["a": 1], exact: false)),
             differences: [spec("send/body", ["a": 1], #"{"a": "#, "expected a JSON body (text received)")]),
        Case(label: "JSON expected, no body received", contentType: json,
             expectation: ResponseExpectation(body: .json(["a": 1], exact: false)),
             differences: [spec("send/body", ["a": 1], .null, "expected a JSON body (no body received)")]),
        Case(label: "JSON expected, binary received", contentType: "application/octet-stream", bytes: [0xFF, 0x00, 0x10],
             expectation: ResponseExpectation(body: .json(["a": 1], exact: false)),
             differences: [spec("send/body", ["a": 1], "base64:/wAQ", "expected a JSON body (binary received)")]),
        // XML
        Case(label: "XML mapping equal", contentType: "application/xml", body: #"<r><id a="1">x</id></r>"#,
             expectation: ResponseExpectation(body: .xml(["r": ["id": ["@a": "1", "#text": "x"]]], exact: true)), differences: []),
        Case(label: "XML: an attribute differs", contentType: "text/xml", body: #"<r><id a="2">x</id></r>"#,
             expectation: ResponseExpectation(body: .xml(["r": ["id": ["@a": "1", "#text": "x"]]], exact: false)),
             differences: [spec(#"send/body/$.r.id["@a"]"#, "1", "2")]),
        Case(label: "XML exact: an element not named is unexpected", contentType: "application/xml", body: "<r><id>1</id><extra/></r>",
             expectation: ResponseExpectation(body: .xml(["r": ["id": "1"]], exact: true)), differences: [spec("send/body/$.r.extra", .none, .null)]),
        Case(label: "XML: a matcher in the mapping", contentType: "application/xml", body: "<r><id>abc</id></r>",
             expectation: ResponseExpectation(body: .xml(["r": ["id": ["$match": "regex", "pattern": "^[0-9]+$"]]], exact: false)),
             differences: [spec("send/body/$.r.id", ["$match": "regex", "pattern": "^[0-9]+$"], "abc", "expected a string matching /^[0-9]+$/")]),
        Case(label: "XML expected, JSON received", contentType: json, body: #"{"r": 1}"#,
             expectation: ResponseExpectation(body: .xml(["r": "1"], exact: false)),
             differences: [spec("send/body", ["r": "1"], ["r": 1], "expected an XML body (JSON received)")]),
        // Form
        Case(label: "form subset", contentType: "application/x-www-form-urlencoded", body: "a=1&b=%C3%A4",
             expectation: ResponseExpectation(body: .form(["b": "ä"], exact: false)), differences: []),
        Case(label: "form exact: a field not named is unexpected", contentType: "application/x-www-form-urlencoded", body: "a=1&b=2",
             expectation: ResponseExpectation(body: .form(["a": "1"], exact: true)), differences: [spec("send/body/$.b", .none, "2")]),
        Case(label: "form: a field differs and one is missing", contentType: "application/x-www-form-urlencoded", body: "a=2",
             expectation: ResponseExpectation(body: .form(["a": "1", "c": "3"], exact: false)),
             differences: [spec("send/body/$.a", "1", "2"), spec("send/body/$.c", "3", .none)]),
        Case(label: "form expected, no body received", contentType: "application/x-www-form-urlencoded",
             expectation: ResponseExpectation(body: .form(["a": "1"], exact: false)),
             differences: [spec("send/body", ["a": "1"], .null, "expected a form body (no body received)")]),
        // Text
        Case(label: "text equal", contentType: "text/plain", body: "OK", expectation: ResponseExpectation(body: .text("OK")), differences: []),
        Case(label: "text differs", contentType: "text/plain", body: "NO", expectation: ResponseExpectation(body: .text("OK")),
             differences: [spec("send/body", "OK", "NO", #"expected "OK""#)]),
        Case(label: "text compares the wire text, whatever the format", contentType: json, body: #"{"a":1}"#,
             expectation: ResponseExpectation(body: .text(#"{"a": 1}"#)),
             differences: [spec("send/body", #"{"a": 1}"#, #"{"a":1}"#, #"expected "{\"a\": 1}""#)]),
        Case(label: "text of an empty body is the empty string", expectation: ResponseExpectation(body: .text("OK")),
             differences: [spec("send/body", "OK", "", #"expected "OK""#)]),
        Case(label: "text matcher accepts", contentType: "text/html", body: "<RESULT>000</RESULT>",
             expectation: ResponseExpectation(body: .text(["$match": "regex", "pattern": "<RESULT>0+</RESULT>"])), differences: []),
        Case(label: "text matcher refuses", contentType: "text/html", body: "<RESULT>101</RESULT>",
             expectation: ResponseExpectation(body: .text(["$match": "string", "max_length": 5])),
             differences: [spec("send/body", ["$match": "string", "max_length": 5], "<RESULT>101</RESULT>", "expected a string of at most 5 characters, got 20")]),
    ]

    @Test(arguments: bodies)
    func bodiesAreComparedInTheirFormat(_ check: Case) {
        #expect(check.check() == check.differences)
    }

    /// One matcher kind, a value it refuses with its exact message, and a value it accepts.
    struct MatcherCase: Sendable, CustomTestStringConvertible {
        let matcher: JSONValue
        let refused: JSONValue
        let message: String
        let accepted: JSONValue
        var testDescription: String { JSONWriter.string(matcher) + " refuses " + JSONWriter.string(refused) }
    }

    static let matchers: [MatcherCase] = [
        MatcherCase(matcher: ["$match": "string"], refused: 1, message: "expected a string", accepted: ""),
        MatcherCase(matcher: ["$match": "string", "min_length": 2], refused: "é", message: "expected a string of at least 2 characters, got 1", accepted: "ab"),
        MatcherCase(matcher: ["$match": "string", "max_length": 2], refused: "abc", message: "expected a string of at most 2 characters, got 3", accepted: "ab"),
        MatcherCase(matcher: ["$match": "number"], refused: "1", message: "expected a number", accepted: 0.5),
        MatcherCase(matcher: ["$match": "number", "min": 0], refused: -0.5, message: "expected at least 0", accepted: 0),
        MatcherCase(matcher: ["$match": "number", "max": 1.5], refused: 2, message: "expected at most 1.5", accepted: 1.5),
        MatcherCase(matcher: ["$match": "integer"], refused: 2.5, message: "expected an integer", accepted: 2),
        MatcherCase(matcher: ["$match": "integer", "min": 1], refused: 0, message: "expected at least 1", accepted: 1),
        MatcherCase(matcher: ["$match": "integer", "max": 10], refused: 11, message: "expected at most 10", accepted: 10),
        MatcherCase(matcher: ["$match": "boolean"], refused: "true", message: "expected a boolean", accepted: false),
        MatcherCase(matcher: ["$match": "uuid"], refused: "11111111-2222-3333-4444-55555555555", message: "expected a UUID",
                    accepted: "11111111-2222-3333-4444-5555555555AA"),
        MatcherCase(matcher: ["$match": "iso8601"], refused: "2024-09-20 04:39:13Z", message: "expected an ISO 8601 date-time",
                    accepted: "2024-09-20T04:39:13.819+02:00"),
        MatcherCase(matcher: ["$match": "unix_time"], refused: 946_684_799, message: "expected a Unix time in seconds (an integer between 2000 and 2100)",
                    accepted: 946_684_800),
        MatcherCase(matcher: ["$match": "regex", "pattern": "^[A-Z]{2}$"], refused: "USA", message: "expected a string matching /^[A-Z]{2}$/", accepted: "US"),
        MatcherCase(matcher: ["$match": "regex", "pattern": "x"], refused: 1, message: "expected a string matching /x/", accepted: "axb"),
        MatcherCase(matcher: ["$match": "one_of", "values": [0, "a", nil]], refused: 1, message: #"expected one of 0, "a", null"#, accepted: .null),
    ]

    @Test(arguments: matchers)
    func everyMatcherKindExplainsAMismatch(_ matcher: MatcherCase) {
        let expectation = ResponseExpectation(body: .json(["v": matcher.matcher], exact: false))
        func check(_ value: JSONValue) -> [Difference] {
            let body = RecordedBody.json(["v": value])
            return ExpectationChecker.differences(HTTPResponse(status: 200), body: body, expectation: expectation, step: "send")
        }
        #expect(check(matcher.refused) == [Self.spec("send/body/$.v", matcher.matcher, matcher.refused, matcher.message)])
        #expect(check(matcher.accepted) == [])
    }

    @Test func anyAcceptsEveryValueEvenNull() {
        for value: JSONValue in [.null, 1, "x", [], [:], true] {
            #expect(ExpectationChecker.mismatch(expected: ["$match": "any"], actual: value) == nil)
        }
        #expect(ExpectationChecker.mismatch(expected: ["$match": "any"], actual: nil) == #"expected {"$match":"any"}, but it is missing"#)
    }

    /// The fake's outbox against the expected entries.
    struct OutboxCase: Sendable, CustomTestStringConvertible {
        let label: String
        let actual: [JSONValue]
        let expected: [JSONValue]
        let differences: [Difference]
        var testDescription: String { label }
    }

    static let outboxes: [OutboxCase] = [
        OutboxCase(label: "each entry a superset of its expectation", actual: [["to": "+1", "text": "a", "parts": 1]], expected: [["to": "+1"]],
                   differences: []),
        OutboxCase(label: "a field differs", actual: [["to": "+1", "parts": 2]], expected: [["parts": 1]],
                   differences: [spec("send/outbox/$[0].parts", 1, 2)]),
        OutboxCase(label: "an SMS more than expected", actual: [["to": "+1"], ["to": "+2"]], expected: [["to": "+1"]],
                   differences: [spec("send/outbox/$[1]", .none, ["to": "+2"])]),
        OutboxCase(label: "an SMS fewer than expected", actual: [], expected: [["to": "+1"]],
                   differences: [spec("send/outbox/$[0]", ["to": "+1"], .none)]),
        OutboxCase(label: "a matcher in an entry", actual: [["id": "x"]], expected: [["id": ["$match": "uuid"]]],
                   differences: [spec("send/outbox/$[0].id", ["$match": "uuid"], "x", "expected a UUID")]),
        OutboxCase(label: "nothing expected, nothing sent", actual: [], expected: [], differences: []),
    ]

    @Test(arguments: outboxes)
    func theOutboxIsComparedEntryByEntry(_ outbox: OutboxCase) {
        #expect(ExpectationChecker.outboxDifferences(actual: outbox.actual, expected: outbox.expected, step: "send") == outbox.differences)
    }

    @Test(arguments: [
        (JSONValue.object(["$match": "uuid"]), ["$"]),
        (["a": 1, "b": ["$match": "any"]], ["$.b"]),
        (["m": [["id": ["$match": "uuid"]], ["id": 2], ["at": ["$match": "iso8601"]]]], ["$.m[0].id", "$.m[2].at"]),
        (["a": ["b": "c"]], []),
        ("text", []),
    ] as [(JSONValue, [String])])
    func matcherPathsAreWhereTheVolatileValuesAre(expected: JSONValue, paths: [String]) {
        #expect(ExpectationChecker.matcherPaths(in: expected).map(\.description) == paths)
    }
}
