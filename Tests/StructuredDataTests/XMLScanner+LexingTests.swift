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

    /// Message, line and column as PHP 8.2's libxml2 2.9.14 reports them for the same input
    /// (`libxml_get_errors()[0]`), checked on Debian 12.
    static let errors: [(String, String, Int, Int)] = [
        ("<a>&foo;</a>", "Entity 'foo' not defined", 1, 9),
        ("<a>&;</a>", "xmlParseEntityRef: no name", 1, 5),
        ("<a>&amp</a>", "EntityRef: expecting ';'", 1, 8),
        ("<a>& b</a>", "xmlParseEntityRef: no name", 1, 5),
        ("<a>&#0;</a>", "xmlParseCharRef: invalid xmlChar value 0", 1, 8),
        ("<a>&#xD800;</a>", "xmlParseCharRef: invalid xmlChar value 55296", 1, 12),
        ("<a>&#x110000;</a>", "xmlParseCharRef: character reference out of bounds", 1, 14),
        ("<a>&#99999999999;</a>", "xmlParseCharRef: character reference out of bounds", 1, 18),
        ("<a>&#x;</a>", "xmlParseCharRef: invalid xmlChar value 0", 1, 8),
        ("<a>&#xZZ;</a>", "CharRef: invalid hexadecimal value", 1, 7),
        ("<a>&#12a;</a>", "CharRef: invalid decimal value", 1, 8),
        ("<a v='&bogus;'/>", "Entity 'bogus' not defined", 1, 14),
        ("<a><!-- x -- y --></a>", "Double hyphen within comment: <!-- x ", 1, 11),
        ("<a><!-- x", "Comment not terminated", 1, 10),
        ("<!-- x", "Comment not terminated", 1, 7),
        ("<a><![CDATA[x</a>", "CData section not finished", 1, 18),
        ("<a><?pi x", "ParsePI: PI pi never end ...", 1, 10),
        ("<a><? x?></a>", "xmlParsePI : no target name", 1, 6),
        ("<a><?XML x?></a>", "Invalid PI name", 1, 9),
    ]

    @Test(arguments: errors)
    func reportsErrors(text: String, message: String, line: Int, column: Int) {
        #expect(throws: XMLParseError(message: message, location: SourceLocation(line: line, column: column))) {
            try XMLReader.parse(text)
        }
    }
}
