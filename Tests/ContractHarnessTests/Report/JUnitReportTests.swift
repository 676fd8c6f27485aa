import ContractHarness
import StructuredData
import Testing

@Suite struct JUnitReportTests {
    static let results = ReportTests.results + [
        SpecResult(spec: "iovox/a", provider: "iovox", sourcePath: "Specs/iovox/a.json", outcome: .passed, notes: ["recorded Recordings/iovox/a.json"], duration: 1.5),
    ]

    @Test func oneSuitePerProviderAndOneCasePerSpec() throws {
        let document = try XMLReader.parse(JUnitReport.bytes(Self.results))
        #expect(document.root.name == "testsuites")
        #expect(attribute(document.root, "tests") == "5" && attribute(document.root, "failures") == "1" && attribute(document.root, "errors") == "1")
        let suites = document.root.elements
        #expect(suites.map { attribute($0, "name") } == ["lox24", "iovox"])
        #expect(suites.map { attribute($0, "skipped") } == ["1", "0"])
        let cases = suites[0].elements
        #expect(cases.map { attribute($0, "name") } == ["lox24/a", "lox24/b", "lox24/c", "lox24/d"])
        #expect(cases.map { attribute($0, "file") } == ["Specs/lox24/a.json", "Specs/lox24/b.json", "Specs/lox24/c.json", "Specs/lox24/d.json"])
        #expect(attribute(cases[0], "time") == "0.004")
        #expect(cases[1].elements.first?.name == "failure")
        #expect(cases[1].elements.first?.text == #"send/body/$.phone [spec]: expected "+491", got "+492""#)
        #expect(attribute(cases[1].elements[0], "message") == "1 difference: send/body/$.phone")
        #expect(cases[2].elements.first?.name == "skipped")
        #expect(attribute(cases[2].elements[0], "message") == "SMSCONTRACT_LOX24_URL is not set")
        #expect(cases[3].elements.first?.name == "error")
        #expect(cases[3].elements.first?.text == "no cassette")
        #expect(suites[1].elements[0].elements.first?.name == "system-out")
        #expect(attribute(suites[1], "time") == "1.500")
    }

    @Test(arguments: [(0.0, "0.000"), (0.0004, "0.000"), (0.0125, "0.013"), (61.2, "61.200"), (-1.0, "0.000")])
    func secondsHaveMillisecondPrecision(_ value: Double, _ text: String) throws {
        let result = SpecResult(spec: "x/y", provider: "x", sourcePath: "y", outcome: .passed, duration: value)
        let document = try XMLReader.parse(JUnitReport.bytes([result]))
        #expect(attribute(document.root.elements[0].elements[0], "time") == text)
    }

    @Test func controlCharactersXMLCannotCarryAreReplaced() throws {
        let result = SpecResult(spec: "x/\u{1}y", provider: "x", sourcePath: "y", outcome: .failed,
                                differences: [Difference(source: .spec, path: "s/body", expected: "a\u{0}b", actual: "<&>\"")])
        let text = String(decoding: JUnitReport.bytes([result]), as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        let document = try XMLReader.parse(text)
        #expect(attribute(document.root.elements[0].elements[0], "name") == "x/\u{FFFD}y")
        #expect(document.root.elements[0].elements[0].elements[0].text.contains(#""<&>\"""#))
    }

    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes.first { $0.name == name }?.value
    }
}
