import ContractHarness
import StructuredData
import Testing

@Suite struct GitHubAnnotationsTests {
    static func annotation(_ index: Int, message: String = "m") -> GitHubAnnotations.Annotation {
        GitHubAnnotations.Annotation(file: "Specs/p/\(index).json", location: SourceLocation(line: index, column: 3), title: "p/\(index): send/status", message: message)
    }

    @Test func failuresAndErrorsAreAnnotatedPassesAndSkipsAreNot() {
        let spec = Array(SpecLineLocatorTests.spec.utf8)
        let annotations = GitHubAnnotations.annotations(for: ReportTests.results) { path in path == "Specs/lox24/b.json" ? spec : nil }
        #expect(annotations.map(\.file) == ["Specs/lox24/b.json", "Specs/lox24/d.json"])
        #expect(annotations[0].location == SourceLocation(line: 11, column: 11))
        #expect(annotations[0].title == "lox24/b: send/body/$.phone")
        #expect(annotations[1] == GitHubAnnotations.Annotation(file: "Specs/lox24/d.json", location: SourceLocation(line: 1, column: 1), title: "lox24/d: error", message: "no cassette"))
    }

    @Test func linesEscapeDataAndProperties() {
        let lines = GitHubAnnotations().lines([Self.annotation(4, message: "100% wrong\nsecond line\r")])
        #expect(lines == ["::error file=Specs/p/4.json,line=4,col=3,title=p/4%3A send/status::100%25 wrong%0Asecond line%0D"])
    }

    @Test(arguments: [(3, 3, false), (10, 10, false), (11, 10, true), (25, 10, true)])
    func atMostTenErrorsThenOneNotice(_ count: Int, _ errors: Int, _ notice: Bool) {
        let lines = GitHubAnnotations().lines((1...count).map { Self.annotation($0) })
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == errors)
        let notices = lines.filter { $0.hasPrefix("::notice ") }
        #expect(notices.count == (notice ? 1 : 0))
        if notice {
            #expect(notices[0].contains("::\(count - 10) more failures not annotated (GitHub shows 10 per step): Specs/p/11.json:11"))
        }
    }

    /// A limit set below 1 after `init` counts as 1 instead of trapping on a negative prefix.
    @Test(arguments: [0, -3, Int.min])
    func aLimitBelowOneCountsAsOne(_ limit: Int) {
        var annotations = GitHubAnnotations()
        annotations.limit = limit
        let lines = annotations.lines((1...3).map { Self.annotation($0) })
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 1)
        #expect(lines.last?.contains("2 more failures not annotated (GitHub shows 1 per step)") == true)
    }

    @Test func lintProblemsKeepFileLineAndColumn() {
        let problems = [SpecProblem(file: "Specs/x.json", location: SourceLocation(line: 4, column: 11), field: JSONPath.root.appending("live"), message: "bad"),
                        SpecProblem(file: "Specs/y.json", location: nil, field: .root, message: "cannot read")]
        let annotations = GitHubAnnotations.annotations(for: problems)
        #expect(annotations.map(\.location) == [SourceLocation(line: 4, column: 11), SourceLocation(line: 1, column: 1)])
        #expect(GitHubAnnotations().lines(annotations)[0] == "::error file=Specs/x.json,line=4,col=11,title=spec problem%3A $.live::bad")
    }

    @Test(arguments: [(["GITHUB_ACTIONS": "true"], true), (["GITHUB_ACTIONS": "false"], false), ([:], false)])
    func enabledOnlyOnGitHubActions(_ environment: [String: String], _ enabled: Bool) {
        #expect(GitHubAnnotations.isEnabled(environment: environment) == enabled)
    }
}
