import ContractHarness
import Providers
import StructuredData
import Testing
import Wire

@Suite struct ShadowFakeTests {
    static let appToken = "4242424:0f1e2d3c4b5a69788796a5b4c3d2e1f0"

    @Test func theAppsCredentialsAreTheDefaultAccountsUnlessMapped() throws {
        let send = ProxyFixture.lox24Send(token: Self.appToken)
        #expect(try ShadowFake(provider: LOX24Provider.descriptor).predict(send).status == 201)
        // Mapped to an account without funds: the shadow answers as that account.
        let mapped = try ShadowFake(provider: LOX24Provider.descriptor, accounts: [["token": .string(Self.appToken), "balance": 0]])
        #expect(mapped.predict(send).status == 402)
    }

    @Test func aBadAccountDescriptionIsAnErrorNamingIt() {
        #expect(throws: ProxyError.self) {
            _ = try ShadowFake(provider: LOX24Provider.descriptor, accounts: [["balance": "lots"]])
        }
    }

    @Test func itsStateFollowsTheTrafficThroughTheIdsItLearns() throws {
        let shadow = try ShadowFake(provider: LOX24Provider.descriptor)
        let predicted = shadow.predict(ProxyFixture.lox24Send(token: Self.appToken))
        let real = HTTPResponse(status: 201, headers: predicted.headers, body: Array(#"{"uuid":"99999999-9999-4999-8999-999999999999"}"#.utf8))
        shadow.learn(real: real, predicted: predicted)
        let lookup = HTTPRequest(method: "GET", target: "/sms/99999999-9999-4999-8999-999999999999", headers: ["X-LOX24-AUTH-TOKEN": Self.appToken])
        #expect(shadow.predict(lookup).status == 200)
        let unknown = HTTPRequest(method: "GET", target: "/sms/88888888-8888-4888-8888-888888888888", headers: ["X-LOX24-AUTH-TOKEN": Self.appToken])
        #expect(shadow.predict(unknown).status == 404)
    }
}

