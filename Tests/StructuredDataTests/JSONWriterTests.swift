import Testing
@testable import StructuredData

struct JSONWriterTests {
    static let compact: [(JSONValue, String)] = [
        (nil, "null"),
        (true, "true"),
        (false, "false"),
        (201, "201"),
        (-600, "-600"),
        (201.0, "201"),
        (.number(-0.0), "0"),
        (0.056, "0.056"),
        (1.5, "1.5"),
        (-0.1, "-0.1"),
        (.number(9_007_199_254_740_992), "9007199254740992"),
        (.number(-9_007_199_254_740_992), "-9007199254740992"),
        (.number(9_007_199_254_740_994), "9.007199254740994e+15"),
        (1e20, "1e+20"),
        (1e-7, "1e-07"),
        (.number(.nan), "null"),
        (.number(.infinity), "null"),
        ("", #""""#),
        ("a\"b\\c", #""a\"b\\c""#),
        ("\n\r\t\u{8}\u{c}", #""\n\r\t\b\f""#),
        ("\u{0}\u{1f}\u{1}", #""\u0000\u001f\u0001""#),
        ("a/b", #""a/b""#),
        ("é😀\u{7f}", "\"é😀\u{7f}\""),
        ([], "[]"),
        ([:], "{}"),
        ([1, [2, []], [:]], "[1,[2,[]],{}]"),
        (["b": 1, "a": [nil, "x"]], #"{"b":1,"a":[null,"x"]}"#),
    ]

    @Test(arguments: compact)
    func writesCompact(value: JSONValue, expected: String) {
        #expect(JSONWriter.string(value) == expected)
        #expect(JSONWriter.bytes(value) == Array(expected.utf8))
    }

    static let pretty: [(JSONValue, String)] = [
        ([], "[]"),
        ([:], "{}"),
        ("x", #""x""#),
        ([1, 2], "[\n  1,\n  2\n]"),
        (
            ["b": ["c": nil], "a": [1, [:]], "d": []],
            """
            {
              "a": [
                1,
                {}
              ],
              "b": {
                "c": null
              },
              "d": []
            }
            """
        ),
    ]

    @Test(arguments: pretty)
    func writesPrettyWithSortedKeys(value: JSONValue, expected: String) {
        #expect(JSONWriter.string(value, style: .pretty, sortedKeys: true) == expected)
    }

    @Test func keepsInsertionOrderUnlessSorted() {
        let value: JSONValue = ["to": "+4917", "body": "Hi", "from": "Acme"]
        #expect(JSONWriter.string(value) == #"{"to":"+4917","body":"Hi","from":"Acme"}"#)
        #expect(JSONWriter.string(value, sortedKeys: true) == #"{"body":"Hi","from":"Acme","to":"+4917"}"#)
        #expect(JSONWriter.string(value, style: .pretty) == "{\n  \"to\": \"+4917\",\n  \"body\": \"Hi\",\n  \"from\": \"Acme\"\n}")
    }

    @Test func sortsKeysByUTF8Bytes() {
        let value: JSONValue = ["é": 1, "b": 2, "B": 3, "_": 4, "a": 5, "ab": 6]
        #expect(JSONWriter.string(value, sortedKeys: true) == #"{"B":3,"_":4,"a":5,"ab":6,"b":2,"é":1}"#)
    }

    static let roundTrips: [JSONValue] = [
        nil, 0, -600, 0.056, 1e-300, 123.456e10, "line\nbreak \"quoted\" \u{1} é 😀",
        ["a": [1, 2.5, ["b": nil]], "c": [:], "d": [], "e": true],
        [[[["deep"]]], ["k": ["k": ["k": "v"]]]],
    ]

    @Test(arguments: roundTrips)
    func parsesBackToTheSameValue(value: JSONValue) throws {
        #expect(try JSONParser.parse(JSONWriter.bytes(value)) == value)
        #expect(try JSONParser.parse(JSONWriter.bytes(value, style: .pretty, sortedKeys: true)) == value)
    }

    @Test func canonicalTextIsAFixedPoint() throws {
        let canonical = "{\n  \"a\": [\n    1,\n    0.5\n  ],\n  \"b\": \"x\"\n}"
        #expect(try JSONWriter.string(JSONParser.parse(canonical), style: .pretty, sortedKeys: true) == canonical)
    }

    @Test func quotesKeysAndPathText() {
        #expect(JSONWriter.quoted("a\"b\n") == #""a\"b\n""#)
    }
}
