import ContractHarness
import Providers
import StructuredData
import Testing
import Wire

@Suite struct RequestCredentialsTests {
    static let cases: [(provider: String, request: HTTPRequest, values: [String: String])] = [
        ("lox24", HTTPRequest(method: "POST", target: "/sms", headers: ["x-lox24-auth-token": "1:abc"]), ["token": "1:abc"]),
        ("skycore", HTTPRequest(method: "POST", target: "/", headers: ["X-Api-Key": "k-123"]), ["api_key": "k-123"]),
        ("iovox", HTTPRequest(method: "POST", target: "/SMS", headers: ["username": "u1", "secureKey": "s1"]), ["username": "u1", "secure_key": "s1"]),
        ("rox", HTTPRequest(method: "POST", target: "/smsapi/send",
                            body: Array(#"{"Sender":{"AccountId":"CI9","Username":"me@x","Password":"pw"},"Messages":{}}"#.utf8)),
         ["account_id": "CI9", "username": "me@x", "password": "pw"]),
        ("rox", HTTPRequest(method: "POST", target: "/smsapi/send", body: Array("not json".utf8)), [:]),
    ]

    @Test(arguments: cases)
    func findsTheAppsCredentialsWhereTheProviderCarriesThem(provider: String, request: HTTPRequest, values: [String: String]) throws {
        let descriptor = try #require(ProviderRegistry.descriptor(for: provider))
        #expect(RequestCredentials.forProvider(descriptor).values(in: request) == values)
    }

    @Test(arguments: cases)
    func replacesThemWithTheDefaultAccountsAndNothingElse(provider: String, request: HTTPRequest, values: [String: String]) throws {
        let descriptor = try #require(ProviderRegistry.descriptor(for: provider))
        let defaults = Dictionary(uniqueKeysWithValues: descriptor.credentials.map { ($0.name, $0.fakeValue) })
        let credentials = RequestCredentials.forProvider(descriptor)
        let replaced = credentials.replacing(in: request, with: defaults)
        #expect(credentials.values(in: replaced) == defaults.filter { values[$0.key] != nil })
        if values.isEmpty { #expect(replaced == request) }
        #expect(replaced.method == request.method && replaced.target == request.target)
    }
}
