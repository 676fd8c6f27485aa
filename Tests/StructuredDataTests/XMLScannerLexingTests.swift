import Testing
import StructuredData

/// References, comments, CDATA, processing instructions and line ends.
struct XMLScannerLexingTests {
    static let texts: [(String, String)] = [
        ("<a>&lt;&gt;&amp;&quot;&apos;</a>", "<>&\"'"),
        ("<a>&#65;&#x42;&#x1F600;&#233;</a>", "AB😀é"),
        ("<a><![CDATA[<b>&amp;</b> ]] ]]></a>", "<b>&amp;</b> ]] "),
        ("<a>x<![CDATA[]]>y</a>", "xy"),
        ("<a>x<!-- c - d -->y</a>", "xy"),
        ("<a>x<!---->y</a>", "xy"),
        ("<a>x<?pi some data?>y</a>", "xy"),
        ("<a>x\r\ny\rz\n</a>", "x\ny\nz\n"),
        ("<a><![CDATA[x\r\ny]]></a>", "x\ny"),
        ("<a>  keep  \n spaces </a>", "  keep  \n spaces "),
    ]

    @Test(arguments: texts)
    func resolvesText(text: String, expected: String) throws {
        let root = try XMLReader.parse(text).root
        #expect(root.children == [.text(expected)])
    }

    static let attributeValues: [(String, String)] = [
        ("<a v='1\n2\t3\r\n4'/>", "1 2 3 4"),
        ("<a v='&#10;&#9;&#13;'/>", "\n\t\r"),
        ("<a v='&lt;&amp;&gt;&quot;&apos;'/>", "<&>\"'"),
        ("<a v=''/>", ""),
        ("<a v='>'/>", ">"),
    ]

    @Test(arguments: attributeValues)
    func normalisesAttributeValues(text: String, expected: String) throws {
        #expect(try XMLReader.parse(text).root.attribute("v") == expected)
    }

    static let errors: [(String, String, Int, Int)] = [
        ("<a>&foo;</a>", "Entity 'foo' not defined", 1, 4),
        ("<a>&;</a>", "xmlParseEntityRef: no name", 1, 5),
        ("<a>&amp</a>", "EntityRef: expecting ';'", 1, 8),
        ("<a>& b</a>", "xmlParseEntityRef: no name", 1, 5),
        ("<a>&#0;</a>", "xmlParseCharRef: invalid xmlChar value 0", 1, 4),
        ("<a>&#xD800;</a>", "xmlParseCharRef: invalid xmlChar value 55296", 1, 4),
        ("<a>&#x110000;</a>", "xmlParseCharRef: invalid xmlChar value 1114112", 1, 4),
        ("<a>&#99999999999;</a>", "xmlParseCharRef: invalid xmlChar value 1114112", 1, 4),
        ("<a>&#x;</a>", "xmlParseCharRef: invalid hexadecimal value", 1, 4),
        ("<a>&#12a;</a>", "xmlParseCharRef: invalid decimal value", 1, 4),
        ("<a v='&bogus;'/>", "Entity 'bogus' not defined", 1, 7),
        ("<a><!-- x -- y --></a>", "Double hyphen within comment", 1, 11),
        ("<a><!-- x", "Comment not terminated", 1, 4),
        ("<!-- x", "Comment not terminated", 1, 1),
        ("<a><![CDATA[x</a>", "CData section not finished", 1, 4),
        ("<a><?pi x", "PI pi never end ...", 1, 4),
        ("<a><? x?></a>", "xmlParsePI : no target name", 1, 6),
        ("<a><?XML x?></a>", "XML declaration allowed only at the start of the document", 1, 4),
    ]

    @Test(arguments: errors)
    func reportsErrors(text: String, message: String, line: Int, column: Int) {
        #expect(throws: XMLParseError(message: message, location: SourceLocation(line: line, column: column))) {
            try XMLReader.parse(text)
        }
    }
}
