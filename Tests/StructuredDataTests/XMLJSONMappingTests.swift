import Testing
import StructuredData

struct XMLJSONMappingTests {
    static let toJSON: [(String, JSONValue)] = [
        (XMLReaderTests.iovoxRequest, ["request": [
            "origin": "447923221231",
            "destination": "447723443321",
            "message": "Hello there, my name is John",
        ]]),
        (XMLReaderTests.iovoxErrors, ["errors": ["error": [
            ["@status": "400", "#text": "Origin Empty"],
            ["@status": "400", "#text": "Message Empty"],
        ]]]),
        ("<response><sms_activity_id>x</sms_activity_id></response>", ["response": ["sms_activity_id": "x"]]),
        ("<error status=\"400\">Origin Empty</error>", ["error": ["@status": "400", "#text": "Origin Empty"]]),
        ("<a/>", ["a": nil]),
        ("<a></a>", ["a": nil]),
        ("<a> </a>", ["a": " "]),
        ("<a>201</a>", ["a": "201"]),
        ("<a b=\"1\"/>", ["a": ["@b": "1"]]),
        ("<a b=\"1\">  </a>", ["a": ["@b": "1", "#text": "  "]]),
        ("<a>x<b/>y</a>", ["a": ["b": nil, "#text": "xy"]]),
        ("<a>\n  <b>1</b>\n  <c/>\n  <b>2</b>\n</a>", ["a": ["b": ["1", "2"], "c": nil]]),
        ("<a><b><c>deep</c></b></a>", ["a": ["b": ["c": "deep"]]]),
        ("<p:a xmlns:p=\"urn:x\"><p:b>1</p:b></p:a>", ["p:a": ["@xmlns:p": "urn:x", "p:b": "1"]]),
    ]

    @Test(arguments: toJSON)
    func mapsXMLToJSON(text: String, expected: JSONValue) throws {
        let document = try XMLReader.parse(text)
        #expect(XMLJSONMapping.json(from: document.root) == expected)
        #expect(XMLJSONMapping.json(from: document) == expected)
    }

    @Test func mapsTheErrorsToCanonicalJSON() throws {
        let json = XMLJSONMapping.json(from: try XMLReader.parse(XMLReaderTests.iovoxErrors))
        #expect(JSONWriter.string(json, style: .pretty, sortedKeys: true) == """
            {
              "errors": {
                "error": [
                  {
                    "#text": "Origin Empty",
                    "@status": "400"
                  },
                  {
                    "#text": "Message Empty",
                    "@status": "400"
                  }
                ]
              }
            }
            """)
    }

    @Test func keepsAttributesFirstThenChildrenThenText() throws {
        let json = XMLJSONMapping.json(from: try XMLReader.parse("<a z='1'>t<y/><b/><y/></a>").root)
        #expect(json["a"]?.objectValue?.keys == ["@z", "y", "b", "#text"])
    }

    static let toXML: [(JSONValue, String)] = [
        (["a": nil], "<a/>"),
        (["a": ""], "<a/>"),
        (["a": "x < y"], "<a>x &lt; y</a>"),
        (["a": 201], "<a>201</a>"),
        (["a": 0.5], "<a>0.5</a>"),
        (["a": true], "<a>true</a>"),
        (["a": ["@id": 7, "@ok": false, "#text": "t", "b": ["1", nil], "c": ["d": "x"]]],
         "<a id=\"7\" ok=\"false\">t<b>1</b><b/><c><d>x</d></c></a>"),
        (["a": ["#text": nil]], "<a/>"),
        (["a": ["b": []]], "<a/>"),
        (["errors": ["error": [["@status": "400", "#text": "Origin Empty"], ["@status": "400", "#text": "Message Empty"]]]],
         XMLReaderTests.iovoxErrors),
    ]

    @Test(arguments: toXML)
    func mapsJSONToXML(json: JSONValue, expected: String) throws {
        #expect(XMLWriter.string(try XMLJSONMapping.element(from: json)) == expected)
    }

    static let refused: [(JSONValue, String, String)] = [
        ([], "$", "expected an object with exactly one member, the root element"),
        ("a", "$", "expected an object with exactly one member, the root element"),
        (["a": 1, "b": 2], "$", "expected an object with exactly one member, the root element"),
        (["a": [1]], "$.a", "the root element cannot be an array"),
        (["a": ["b": [[1]]]], "$.a.b[0]", "an array cannot directly contain an array"),
        (["a b": 1], #"$["a b"]"#, #""a b" is not a valid XML element name"#),
        (["a": ["1b": 1]], #"$.a["1b"]"#, #""1b" is not a valid XML element name"#),
        (["a": ["@1": "x"]], #"$.a["@1"]"#, #""1" is not a valid XML attribute name"#),
        (["a": ["@x": ["y": 1]]], #"$.a["@x"]"#, "an attribute value must be a string, number or boolean"),
        (["a": ["@x": nil]], #"$.a["@x"]"#, "an attribute value must be a string, number or boolean"),
        (["a": ["#text": [1]]], ##"$.a["#text"]"##, ##""#text" must be a string, number, boolean or null"##),
    ]

    @Test(arguments: refused)
    func refusesUnmappableJSON(json: JSONValue, path: String, message: String) throws {
        let expected = XMLMappingError(message: message, path: try JSONPath(parsing: path))
        #expect(throws: expected) { try XMLJSONMapping.element(from: json) }
    }

    static let roundTrips: [String] = [
        XMLReaderTests.iovoxRequest,
        XMLReaderTests.iovoxErrors,
        "<a x='1'><b>1</b><c/><b>2</b>mixed</a>",
        "<a><b><c y='2'> spaced </c></b></a>",
    ]

    @Test(arguments: roundTrips)
    func isStableThroughJSON(text: String) throws {
        let json = XMLJSONMapping.json(from: try XMLReader.parse(text))
        #expect(XMLJSONMapping.json(from: try XMLJSONMapping.element(from: json)) == json)
    }
}
