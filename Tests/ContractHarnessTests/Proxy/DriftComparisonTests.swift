import ContractHarness
import Providers
import StructuredData
import Testing
import Wire

@Suite struct DriftComparisonTests {
    static let predicted = HTTPResponse(status: 201, headers: ["Content-Type": "application/json", "X-LOX24-REQUEST-ID": "a", "Date": "x"],
                                        body: Array(#"{"uuid":"11111111-1111-1111-1111-111111111111","iso2":"US","parts_count":1}"#.utf8))

    @Test(arguments: [
        ("identical but for volatile values", HTTPResponse(status: 201, headers: ["Content-Type": "application/json", "X-LOX24-REQUEST-ID": "b", "Server": "real"],
                                                           body: Array(#"{"uuid":"22222222-2222-2222-2222-222222222222","iso2":"US","parts_count":1}"#.utf8)), [String]()),
        ("status", HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: predicted.body), ["status"]),
        ("a member", HTTPResponse(status: 201, headers: ["Content-Type": "application/json"],
                                  body: Array(#"{"uuid":"x","iso2":"CA","parts_count":1,"extra":true}"#.utf8)), ["body/$.extra", "body/$.iso2"]),
        ("a header", HTTPResponse(status: 201, headers: ["Content-Type": "text/plain"], body: Array("{}".utf8)), ["headers/Content-Type", "body"]),
    ])
    func reportsEachDivergenceByPathAndNothingVolatile(_ name: String, actual: HTTPResponse, paths: [String]) {
        let differences = DriftComparison(provider: LOX24Provider.descriptor).differences(predicted: Self.predicted, actual: actual)
        #expect(differences.map(\.path).sorted() == paths.sorted(), "\(name): \(differences)")
        #expect(differences.allSatisfy { $0.source == .shadow })
    }

    @Test(arguments: [
        ("text/plain", "{}", "predicted a JSON body, got a text body"),
        ("application/xml", "<a/>", "predicted a JSON body, got an XML body"),
    ])
    func aBodyOfAnotherKindSaysWhichKindsWithTheirArticles(_ contentType: String, body: String, message: String) {
        let actual = HTTPResponse(status: 201, headers: ["Content-Type": contentType], body: Array(body.utf8))
        let differences = DriftComparison(provider: LOX24Provider.descriptor).differences(predicted: Self.predicted, actual: actual)
        #expect(differences.first { $0.path == "body" }?.message == message, "\(differences)")
    }
}
